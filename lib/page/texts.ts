/**
 * What crosses from the page to the text pipeline and back: plain strings and edits, no
 * nodes, so the text half can run anywhere (the CLI, the background, a test) and its input
 * can be validated as data.
 */
import type { Enrichment, StepResult } from '../types';

/** Metadata read from the page, before repair. */
export interface PageMeta {
  title: string;
  source: string | null;
  reporter: string | null;
  editor: string | null;
}

export interface PageTexts {
  /** The article's text, one block per line (lib/dom/text-map). */
  body: string;
  /** The page around the article ('' when the article is the whole page). */
  around: string;
  /** The tab title (document.title). */
  title: string;
  meta: PageMeta;
  /** Reader-facing attribute values inside the article (title, alt, placeholder, aria-label). */
  attributes: string[];
}

export interface PageEnrichment {
  /** The article: repaired, converted, entities and directives (offsets in `PageTexts.body`). */
  body: Enrichment;
  /** The page around: repaired and converted, nothing removed or tagged (offsets in `around`). */
  around: StepResult;
  /** The tab title, repaired and converted. */
  title: string;
  /** Metadata repaired and converted like the page around it. */
  meta: PageMeta;
  /** Attribute values converted to the target script, in the same order. */
  attributes: string[];
}
