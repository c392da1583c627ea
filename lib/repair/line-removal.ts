/** Removing whole lines as edits, so no empty line is left where a line was. */
import type { Edit, EditKind } from '../types';

/**
 * Appends an edit removing the line text[start, end) (end is the index of its '\n' or the text
 * length). A line is removed with its own break; the last line takes the break before it,
 * merged with an adjacent removal so the previous line's break goes too.
 */
export function pushLineRemoval(edits: Edit[], text: string, start: number, end: number, kind: EditKind): void {
  if (end < text.length) {
    edits.push({ kind, start, end: end + 1, replacement: '' });
    return;
  }
  // The last line: merge with the run of removals just before it, and take the break that
  // precedes the run, so the text does not end in an empty line.
  let from = start;
  let k = edits.length;
  while (k > 0 && edits[k - 1].end === from && edits[k - 1].replacement === '') from = edits[--k].start;
  const runKind = k < edits.length ? edits[k].kind : kind;
  edits.length = k;
  if (from > 0 && text[from - 1] === '\n' && !(k > 0 && edits[k - 1].end === from)) from--;
  edits.push({ kind: runKind, start: from, end, replacement: '' });
}

/** Calls `visit(start, end)` for every line; end is the index of its '\n' or the text length. */
export function forEachLine(text: string, visit: (start: number, end: number) => void): void {
  let start = 0;
  for (;;) {
    let end = text.indexOf('\n', start);
    const last = end < 0;
    if (last) end = text.length;
    visit(start, end);
    if (last) return;
    start = end + 1;
  }
}
