/**
 * Applying a long article's edits in slices: the map is cut at line starts that no edit
 * crosses, each slice is applied with `applyEditsToDom` on its own, and `pause` gives the page
 * its turn in between (input, rendering, its own scripts), so no single task of ours grows
 * with the article. The result is the same as one `applyEditsToDom` over the whole map.
 */
import { sortEdits } from '../edits';
import type { Edit } from '../types';
import { applyEditsToDom, type ApplyOptions, type ApplyResult } from './apply-edits';
import type { TextMap, TextSegment } from './text-map';
import type { UndoLog } from './undo-log';

export interface SliceOptions extends ApplyOptions {
  /** About this many characters of text per slice. */
  sliceChars?: number;
  /** Called between slices; resolve to go on. */
  pause: () => Promise<void>;
}

const DEFAULT_SLICE_CHARS = 20_000;

/** Segment indexes where a slice may start: a line's first text at position p with no edit spanning p. */
function cutPoints(map: TextMap, edits: readonly Edit[], sliceChars: number): number[] {
  const cuts: number[] = [0];
  let k = 0;
  let maxEnd = 0;
  let lastCutPos = 0;
  const segs = map.segments;
  for (let i = 1; i < segs.length; i++) {
    const seg = segs[i];
    if (seg.end === seg.start || seg.line === segs[i - 1].line || seg.start - lastCutPos < sliceChars) continue;
    const p = seg.start;
    // Edits starting before p: the cut is safe when none of them reaches past it.
    while (k < edits.length && edits[k].start < p) maxEnd = Math.max(maxEnd, edits[k++].end);
    const insertionAtP = k < edits.length && edits[k].start === p && edits[k].end === p;
    if (maxEnd > p || insertionAtP) continue;
    cuts.push(i);
    lastCutPos = p;
  }
  return cuts;
}

export async function applyEditsInSlices(map: TextMap, edits: readonly Edit[], undo: UndoLog, options: SliceOptions): Promise<ApplyResult> {
  const sorted = sortEdits([...edits]);
  const cuts = map.segments.length ? cutPoints(map, sorted, options.sliceChars ?? DEFAULT_SLICE_CHARS) : [0];
  if (cuts.length === 1) return applyEditsToDom(map, sorted, undo, options);
  const total: ApplyResult = { applied: 0, separatorOnly: 0, skipped: 0, nodesChanged: 0, blocksHidden: 0, map: { root: map.root, text: '', segments: [] } };
  const segments: TextSegment[] = [];
  let text = '';
  let k = 0;
  for (let c = 0; c < cuts.length; c++) {
    if (c > 0) await options.pause();
    const from = c === 0 ? 0 : map.segments[cuts[c]].start;
    const to = c + 1 < cuts.length ? map.segments[cuts[c + 1]].start : map.text.length;
    const own = map.segments.slice(cuts[c], c + 1 < cuts.length ? cuts[c + 1] : map.segments.length);
    const slice: TextMap = { root: map.root, text: map.text.slice(from, to), segments: own.map((s) => ({ ...s, start: s.start - from, end: s.end - from })) };
    const sliceEdits: Edit[] = [];
    for (; k < sorted.length && sorted[k].start < to; k++) sliceEdits.push({ ...sorted[k], start: sorted[k].start - from, end: sorted[k].end - from });
    const r = applyEditsToDom(slice, sliceEdits, undo, options);
    for (const key of ['applied', 'separatorOnly', 'skipped', 'nodesChanged', 'blocksHidden'] as const) total[key] += r[key];
    for (const s of r.map.segments) segments.push({ ...s, start: s.start + text.length, end: s.end + text.length });
    text += r.map.text;
  }
  total.map = { root: map.root, text, segments };
  return total;
}
