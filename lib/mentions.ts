/**
 * Entity mentions in article order, for the hover card and keyboard navigation: which mention
 * a position falls in, and which comes next. Pure: spans are offsets in the enriched text.
 */
import type { Enrichment } from './types';

export interface Mention {
  kind: 'official' | 'enterprise';
  name: string;
  start: number;
  end: number;
  /** Titles (officials) or aliases (enterprises). */
  details: string[];
  /** How many times this entity is mentioned, and which one this is (0-based). */
  total: number;
  nth: number;
}

export function listMentions(result: Pick<Enrichment, 'officials' | 'enterprises'>): Mention[] {
  const out: Mention[] = [];
  for (const o of result.officials) {
    o.spans.forEach((s, nth) => out.push({ kind: 'official', name: o.name, start: s.start, end: s.end, details: o.titles, total: o.spans.length, nth }));
  }
  for (const e of result.enterprises) {
    e.spans.forEach((s, nth) => out.push({ kind: 'enterprise', name: e.name, start: s.start, end: s.end, details: e.aliases, total: e.spans.length, nth }));
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function mentionAt(mentions: readonly Mention[], pos: number): Mention | undefined {
  return mentions.find((m) => m.start <= pos && pos < m.end);
}

/** The next mention after `current` in article order (wrapping), optionally of the same entity. */
export function nextMention(mentions: readonly Mention[], current: Mention | null, sameEntity = false): Mention | undefined {
  const pool = sameEntity && current ? mentions.filter((m) => m.kind === current.kind && m.name === current.name) : mentions;
  if (pool.length === 0) return undefined;
  if (!current) return pool[0];
  return pool.find((m) => m.start > current.start) ?? pool[0];
}

/** Search sites; their names are interface text (locales: card.site.*). */
export type SearchSite = 'baike' | 'wikipedia' | 'gsxt' | 'qcc';

/** Search pages for a name: encyclopedias for officials, company registries for enterprises. */
export function searchLinks(m: Pick<Mention, 'kind' | 'name'>): { site: SearchSite; url: string }[] {
  const q = encodeURIComponent(m.name);
  return m.kind === 'official'
    ? [
        { site: 'baike', url: `https://baike.baidu.com/search?word=${q}` },
        { site: 'wikipedia', url: `https://zh.wikipedia.org/w/index.php?search=${q}` },
      ]
    : [
        { site: 'gsxt', url: `https://www.gsxt.gov.cn/corp-query-search-1.html?searchword=${q}` },
        { site: 'qcc', url: `https://www.qcc.com/web/search?key=${q}` },
      ];
}
