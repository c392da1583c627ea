/**
 * One page pipeline for the CLI and the enricher: read the page (DOM), enrich its texts
 * (text only — in the background for a live page), write back (the enricher only).
 */
export { readPage, type PageRead } from './read';
export { enrichPage, enrichFragment, surroundingsOptions } from './enrich';
export type { PageTexts, PageEnrichment, PageMeta } from './texts';
export { enrichOptionsFrom } from './options';
export { encodeEdits, decodeEdits, toWire, fromWire, withBodyText, type WirePageEnrichment } from './wire';
