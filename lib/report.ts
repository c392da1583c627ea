/**
 * The per-tab report: what the content side found, as the background stores it and the popup
 * shows it. Built from an Enrichment by a pure function so the CLI and tests can use it too.
 */
import type { DirectiveForce, EditKind, Enrichment, ScriptInfo } from './types';

export type PageState = 'enriched' | 'not-article' | 'disabled' | 'error' | 'working';

export interface ArticleMeta {
  title: string;
  date: string | null;
  source: string | null;
  reporter?: string | null;
  editor?: string | null;
}

export interface TabReport {
  state: PageState;
  url: string;
  error?: string;
  /** Why the page was taken for an article, and which signal decided (the content; a site profile only refines). */
  detection?: { reason: string; decidedBy: string };
  article: ArticleMeta | null;
  view: 'enriched' | 'original';
  repairs: Partial<Record<EditKind, number>>;
  script: ScriptInfo | null;
  officials: { name: string; titles: string[]; mentions: number }[];
  enterprises: { name: string; aliases: string[]; mentions: number }[];
  directives: { index: number; speaker: string | null; body: string | null; force: DirectiveForce; text: string; target: string | null }[];
}

export function countEdits(edits: Enrichment['edits']): Partial<Record<EditKind, number>> {
  const counts: Partial<Record<EditKind, number>> = {};
  for (const e of edits) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
  return counts;
}

export function buildReport(url: string, article: ArticleMeta | null, enrichment: Enrichment): TabReport {
  return {
    state: 'enriched',
    url,
    article,
    view: 'enriched',
    repairs: countEdits(enrichment.edits),
    script: enrichment.script,
    officials: enrichment.officials.map((o) => ({ name: o.name, titles: o.titles, mentions: o.spans.length })),
    enterprises: enrichment.enterprises.map((e) => ({ name: e.name, aliases: e.aliases, mentions: e.spans.length })),
    directives: enrichment.directives.map((d, index) => ({
      index,
      speaker: d.speaker,
      body: d.body ?? null,
      force: d.force,
      text: d.text,
      target: d.target ?? null,
    })),
  };
}

/** Do two URLs name the same document (the fragment aside)? */
export function sameDocument(a: string, b: string): boolean {
  const strip = (u: string) => u.replace(/#.*$/, '');
  return strip(a) === strip(b);
}

export function emptyReport(url: string, state: PageState, error?: string): TabReport {
  return { state, url, error, article: null, view: 'enriched', repairs: {}, script: null, officials: [], enterprises: [], directives: [] };
}
