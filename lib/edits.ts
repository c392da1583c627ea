/**
 * Edits are the contract between layers: every step reports what it replaced in offsets of
 * its own input. These helpers apply edits, chain steps, and map spans between texts.
 */
import type { Edit, StepResult } from './types';

/** Apply sorted, non-overlapping edits to `text`. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let pos = 0;
  for (const e of edits) {
    out += text.slice(pos, e.start) + e.replacement;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/** Sort by start (insertions before replacements at the same point), keep order otherwise. */
export function sortEdits(edits: Edit[]): Edit[] {
  return edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i)
    .map((x) => x.e);
}

interface Placed {
  edit: Edit;
  /** Span of the replacement in the step's output. */
  outStart: number;
  outEnd: number;
}

function place(edits: readonly Edit[]): Placed[] {
  let shift = 0;
  return edits.map((edit) => {
    const outStart = edit.start + shift;
    shift += edit.replacement.length - (edit.end - edit.start);
    return { edit, outStart, outEnd: outStart + edit.replacement.length };
  });
}

/** Index of the last placed edit whose outStart <= pos (binary search), or -1. */
function lastAtOrBefore(placed: readonly Placed[], pos: number): number {
  let lo = 0;
  let hi = placed.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (placed[mid].outStart <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Map a span of a step's output back to its input. A boundary that falls inside a replacement
 * widens to the whole replaced input span, so the result always covers what produced the span.
 */
export function mapSpanToInput(
  edits: readonly Edit[],
  start: number,
  end: number,
  placedCache?: Placed[],
): { start: number; end: number } {
  const placed = placedCache ?? place(edits);
  const toInput = (pos: number, side: 'start' | 'end'): number => {
    // Look at the edits that could contain pos: the last one starting at or before it and,
    // for deletions placed at pos, the ones just before.
    let i = lastAtOrBefore(placed, pos);
    while (i >= 0) {
      const p = placed[i];
      if (side === 'start' && p.outStart <= pos && pos < p.outEnd) return p.edit.start;
      if (side === 'end' && p.outStart < pos && pos <= p.outEnd) return p.edit.end;
      if (p.outEnd <= pos) {
        // pos is in copied text after edit i.
        return pos - p.outEnd + p.edit.end;
      }
      i--;
    }
    return pos;
  };
  let s = toInput(start, 'start');
  let e = toInput(end, 'end');
  if (e < s) [s, e] = [e, s];
  return { start: s, end: e };
}

/**
 * Chain two steps: `first` maps X → Y, `second` maps Y → Z (its edits in Y offsets).
 * Returns edits in X offsets that turn X into Z. Overlapping edits merge; a merged edit
 * takes the kind of its widest constituent (ties: the earlier step), the repair a reader
 * would name.
 */
export function composeEdits(first: readonly Edit[], second: readonly Edit[], z: string): Edit[] {
  if (second.length === 0) return [...first];
  if (first.length === 0) return [...second];
  const placedA = place(first);
  // `weight` is the input span of the constituent that named the merged edit; `delta` sums
  // the length changes of the constituents of each step, so spans map without rescanning.
  type Interval = { start: number; end: number; kind: Edit['kind']; weight: number; deltaA: number; deltaB: number };
  const intervals: Interval[] = first.map((e) => ({
    start: e.start,
    end: e.end,
    kind: e.kind,
    weight: e.end - e.start,
    deltaA: e.replacement.length - (e.end - e.start),
    deltaB: 0,
  }));
  for (const b of second) {
    const m = mapSpanToInput(first, b.start, b.end, placedA);
    // A later step's edit counts by its own span: a block deleted as a duplicate after its
    // punctuation was fixed is a duplicate, not a punctuation fix.
    intervals.push({ start: m.start, end: m.end, kind: b.kind, weight: b.end - b.start, deltaA: 0, deltaB: b.replacement.length - (b.end - b.start) });
  }
  // Both inputs are sorted, so this sort is a merge of two sorted runs (near-linear in practice).
  intervals.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Interval[] = [];
  for (const iv of intervals) {
    const last = merged[merged.length - 1];
    const overlaps =
      last &&
      (iv.start < last.end ||
        (iv.start === last.end && (iv.start === iv.end || last.start === last.end)));
    if (overlaps) {
      last.end = Math.max(last.end, iv.end);
      last.deltaA += iv.deltaA;
      last.deltaB += iv.deltaB;
      if (iv.weight > last.weight) {
        last.kind = iv.kind;
        last.weight = iv.weight;
      }
    } else merged.push({ ...iv });
  }
  // One sweep: each merged X interval holds whole edits of both steps, so its Y and Z spans
  // follow from the length changes of the intervals before it.
  const out: Edit[] = [];
  let shiftA = 0;
  let shiftB = 0;
  for (const iv of merged) {
    const ys = iv.start + shiftA;
    const ye = ys + (iv.end - iv.start) + iv.deltaA;
    const zs = ys + shiftB;
    const ze = zs + (ye - ys) + iv.deltaB;
    shiftA += iv.deltaA;
    shiftB += iv.deltaB;
    out.push({ kind: iv.kind, start: iv.start, end: iv.end, replacement: z.slice(zs, ze) });
  }
  return out;
}

/** Run steps in order, composing their edits into offsets of the first input. */
export function chainSteps(text: string, steps: ReadonlyArray<(t: string) => StepResult>): StepResult {
  let current = text;
  let edits: Edit[] = [];
  for (const step of steps) {
    const r = step(current);
    if (r.edits.length === 0) continue;
    edits = composeEdits(edits, r.edits, r.text);
    current = r.text;
  }
  return { text: current, edits };
}

/** Build minimal edits turning `a` into `b` when both are aligned except in a few places:
 * per-character differences when the lengths match, else one edit around the changed middle. */
export function diffEdits(a: string, b: string, kind: Edit['kind']): Edit[] {
  if (a === b) return [];
  if (a.length === b.length) {
    const edits: Edit[] = [];
    let i = 0;
    while (i < a.length) {
      if (a[i] === b[i]) {
        i++;
        continue;
      }
      const s = i;
      while (i < a.length && a[i] !== b[i]) i++;
      edits.push({ kind, start: s, end: i, replacement: b.slice(s, i) });
    }
    return edits;
  }
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return [{ kind, start: p, end: a.length - s, replacement: b.slice(p, b.length - s) }];
}
