/**
 * What is left of an HTML table after a copy: a lone `|` closing a line (`通告如下： |`), rows
 * written with bars (`| 蔬菜播种面积 | 万亩 | 60.2 |`). A row keeps its cells, set apart by an
 * ideographic space as Chinese tables on the page are; lines of bars alone are junk lines.
 */
import { applyEdits } from '../edits';
import type { Edit, StepResult } from '../types';
import { isBlank } from './chars';
import { forEachLine } from './line-removal';

const isBar = (c: string | undefined) => c === '|' || c === '｜';
const CELL_GAP = '\u3000';

/** `+-----+-----+`, `|---|:--|`: the border of a table drawn in text, kept as drawn. */
function isBorder(text: string, start: number, end: number): boolean {
  let dashes = 0;
  for (let k = start; k < end; k++) {
    const c = text[k];
    if (c === '-' || c === '=') dashes++;
    else if (!'+|:'.includes(c) && !isBlank(c) && c !== '\r') return false;
  }
  return dashes >= 3;
}

/** Cells padded to line up (`| CPU    | 4 核 |`): a table drawn in text, not a copy's remnant. */
function isPadded(text: string, start: number, end: number): boolean {
  for (let k = start + 2; k < end; k++) if (isBar(text[k]) && isBlank(text[k - 1]) && isBlank(text[k - 2])) return true;
  return false;
}

/** Non-blank cells of a row written with bars. */
function filledCells(text: string, start: number, end: number): number {
  const row = text.slice(start, end).trim();
  if (!isBar(row[0]) || !isBar(row[row.length - 1])) return -1;
  return row
    .slice(1, -1)
    .split(/[|｜]/)
    .filter((c) => c.trim().length > 0).length;
}

/**
 * Lines of markdown tables that lay out a page rather than hold data: a header, a `|---|`
 * border, and body rows of which none fills more than one cell (`| 正文段落 |  |  |  |`).
 */
function layoutTables(text: string, spans: readonly [number, number][], border: readonly boolean[]): Set<number> {
  const out = new Set<number>();
  border.forEach((isB, line) => {
    if (!isB || line === 0 || filledCells(text, ...spans[line - 1]) < 0) return;
    const body: number[] = [];
    for (let k = line + 1; k < spans.length; k++) {
      const filled = filledCells(text, ...spans[k]);
      if (filled < 0) break;
      if (filled > 1) return;
      body.push(k);
    }
    if (body.length === 0) return;
    for (const k of [line - 1, line, ...body]) out.add(k);
  });
  return out;
}

export function repairTableRemnants(text: string): StepResult {
  const edits: Edit[] = [];
  const spans: [number, number][] = [];
  forEachLine(text, (start, end) => {
    spans.push([start, end]);
  });
  const border = spans.map(([s, e]) => isBorder(text, s, e));
  // A page's layout copied as a table: its rows are the page's lines, its border goes.
  const layout = layoutTables(text, spans, border);
  spans.forEach(([start, end], line) => {
    if (layout.has(line) && border[line]) {
      edits.push({ kind: 'junk', start, end: Math.min(end + 1, text.length), replacement: '' });
      return;
    }
    if (!layout.has(line) && (border[line] || border[line - 1] || border[line + 1])) return;
    let a = start;
    while (a < end && isBlank(text[a])) a++;
    let b = end;
    while (b > a && (isBlank(text[b - 1]) || text[b - 1] === '\r')) b--;
    if (b - a < 2 || !isBar(text[b - 1])) return;
    let bars = 0;
    for (let k = a; k < b; k++) if (isBar(text[k])) bars++;
    if (isBar(text[a]) && bars >= 3) {
      if (!layout.has(line) && isPadded(text, a, b)) return;
      // A row: drop the outer bars, turn the inner ones into cell gaps.
      let k = a + 1;
      while (k < b && isBlank(text[k])) k++;
      edits.push({ kind: 'junk', start: a, end: k, replacement: '' });
      let cell = k;
      while (cell < b - 1) {
        if (!isBar(text[cell])) {
          cell++;
          continue;
        }
        let s = cell;
        while (s > k && isBlank(text[s - 1])) s--;
        let e = cell + 1;
        while (e < b && isBlank(text[e])) e++;
        edits.push({ kind: 'junk', start: s, end: e, replacement: e === b ? '' : CELL_GAP });
        cell = e;
      }
      let s = b - 1;
      while (s > k && isBlank(text[s - 1])) s--;
      // The closing bar (after empty cells, the gap before it is already taken).
      const from = Math.max(s, edits[edits.length - 1].end);
      if (from < b) edits.push({ kind: 'junk', start: from, end: b, replacement: '' });
      return;
    }
    if (bars !== 1) return;
    // A lone bar closing a line of text, after a blank.
    let s = b - 1;
    while (s > a && isBlank(text[s - 1])) s--;
    if (s === b - 1 || s === a) return;
    edits.push({ kind: 'junk', start: s, end: b, replacement: '' });
  });
  return edits.length ? { text: applyEdits(text, edits), edits } : { text, edits };
}
