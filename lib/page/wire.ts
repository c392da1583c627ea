/**
 * The page's enrichment as it travels from the background to the page. A long article has
 * tens of thousands of edits; as JSON objects they take hundreds of milliseconds to parse on
 * the page's main thread. Here edits are one string (a kind letter, the start as a delta, the
 * lengths in base 36, then the replacement), and a directive's text is left out when it is
 * exactly its span of the enriched text, which the page has after applying the edits.
 */
import type { Edit, EditKind } from '../types';
import type { PageEnrichment } from './texts';

const KIND_CODES: Record<EditKind, string> = { pinyin: 'p', mojibake: 'm', lossy: 'l', punctuation: 'u', junk: 'j', duplicate: 'd', script: 's' };
const KINDS = Object.fromEntries(Object.entries(KIND_CODES).map(([k, v]) => [v, k])) as Record<string, EditKind>;

export function encodeEdits(edits: readonly Edit[]): string {
  const parts: string[] = [];
  let last = 0;
  for (const e of edits) {
    parts.push(`${KIND_CODES[e.kind]}${(e.start - last).toString(36)},${(e.end - e.start).toString(36)},${e.replacement.length.toString(36)};${e.replacement}`);
    last = e.start;
  }
  return parts.join('');
}

export function decodeEdits(s: string): Edit[] {
  const edits: Edit[] = [];
  let i = 0;
  let last = 0;
  const num = (stop: string) => {
    const j = s.indexOf(stop, i);
    if (j < 0) throw new Error('malformed edits');
    const n = parseInt(s.slice(i, j), 36);
    i = j + 1;
    return n;
  };
  while (i < s.length) {
    const kind = KINDS[s[i++]];
    if (!kind) throw new Error('malformed edits');
    const start = last + num(',');
    const length = num(',');
    const replacementLength = num(';');
    edits.push({ kind, start, end: start + length, replacement: s.slice(i, i + replacementLength) });
    i += replacementLength;
    last = start;
  }
  return edits;
}

/** What the background sends: PageEnrichment with its edit lists encoded and derivable texts left out. */
export interface WirePageEnrichment extends Omit<PageEnrichment, 'body' | 'around'> {
  body: Omit<PageEnrichment['body'], 'edits' | 'text'> & { edits: string };
  around: { edits: string };
}

export function toWire(e: PageEnrichment): WirePageEnrichment {
  const text = e.body.text;
  return {
    ...e,
    body: {
      officials: e.body.officials,
      enterprises: e.body.enterprises,
      script: e.body.script,
      edits: encodeEdits(e.body.edits),
      directives: e.body.directives.map((d) => (text.slice(d.start, d.end) === d.text ? { ...d, text: '' } : d)),
    },
    around: { edits: encodeEdits(e.around.edits) },
  };
}

/** The page's side: edits decoded. The body's text is not known yet ('' until `withBodyText`). */
export function fromWire(w: WirePageEnrichment): PageEnrichment {
  return {
    ...w,
    body: { ...w.body, edits: decodeEdits(w.body.edits), text: '' },
    around: { text: '', edits: decodeEdits(w.around.edits) },
  };
}

/** Once the page has applied the edits it knows the enriched text: directives' texts come from it. */
export function withBodyText(e: PageEnrichment['body'], text: string): PageEnrichment['body'] {
  return { ...e, text, directives: e.directives.map((d) => (d.text ? d : { ...d, text: text.slice(d.start, d.end) })) };
}
