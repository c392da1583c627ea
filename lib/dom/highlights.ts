/**
 * Mark entity mentions (spans in a TextMap's text) on the page.
 * Preferred: the CSS Custom Highlight API — Ranges registered in CSS.highlights, the page's
 * DOM untouched. Fallback: <mark> elements the extension creates around split-off Text nodes,
 * recorded in the undo log so restore puts the original nodes back exactly.
 */
import { segmentIndexAt, textSegments, type TextMap, type TextSegment } from './text-map';
import type { UndoLog } from './undo-log';
import { MARKS } from '../palette';

export type HighlightKind = 'official' | 'enterprise' | 'directive';

export interface HighlightSpan {
  start: number;
  end: number;
  kind: HighlightKind;
  /** The entity's canonical name, shown as data-zhengwen-name on wrapped marks. */
  name?: string;
}

/** The parts of a window the highlighter uses (taken from root.ownerDocument.defaultView). */
export interface HighlightWindow {
  CSS?: { highlights?: { set(name: string, h: unknown): unknown; delete(name: string): unknown } };
  Highlight?: new (...ranges: Range[]) => unknown;
}

export interface HighlightOptions {
  /** Records the wrap fallback's changes. Use a log for highlights only, restored first. */
  undo: UndoLog;
  /** 'auto' (default): CSS highlights when the window has them, else wrap. */
  mode?: 'auto' | 'css' | 'wrap';
  window?: HighlightWindow | null;
  /** Class and highlight-name prefix (default 'zhengwen'): zhengwen-official … */
  prefix?: string;
}

export interface HighlightHandle {
  mode: 'css' | 'wrap';
  /** Spans highlighted (in wrap mode, overlapping spans are dropped). */
  count: number;
  /** Remove the highlights (wrap mode: restores the undo log given in the options). */
  clear(): void;
}

export interface SpanBoundaries {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/** Where a span of map.text starts and ends in the page; virtual line breaks are skipped. */
export function spanBoundaries(map: TextMap, start: number, end: number): SpanBoundaries | null {
  if (start >= end) return null;
  const segs = textSegments(map);
  let first = Math.max(segmentIndexAt(segs, start), 0);
  if (segs[first] && segs[first].end <= start) first++;
  const last = segmentIndexAt(segs, end - 1);
  if (first >= segs.length || last < first) return null;
  const a = segs[first];
  const b = segs[last];
  return {
    startNode: a.node,
    startOffset: a.offset + Math.max(start - a.start, 0),
    endNode: b.node,
    endOffset: b.offset + Math.min(end, b.end) - b.start,
  };
}

/** A live Range over a span (to scroll to, select or flash a directive's place). */
export function rangeForSpan(map: TextMap, start: number, end: number): Range | null {
  const b = spanBoundaries(map, start, end);
  if (!b) return null;
  const range = map.root.ownerDocument.createRange();
  range.setStart(b.startNode, b.startOffset);
  range.setEnd(b.endNode, b.endOffset);
  return range;
}

/**
 * As `highlightSpans`, with the CSS highlights' ranges added in batches of `batch` and `pause`
 * between batches, so a long article's thousands of mentions never make one long task.
 */
export async function highlightSpansInSlices(
  map: TextMap,
  spans: readonly HighlightSpan[],
  options: HighlightOptions & { pause: () => Promise<void>; batch?: number },
): Promise<HighlightHandle> {
  const prefix = options.prefix ?? 'zhengwen';
  const win = options.window === undefined ? (map.root.ownerDocument.defaultView as unknown as HighlightWindow | null) : options.window;
  const canCss = !!(win?.CSS?.highlights && win.Highlight);
  if (options.mode === 'wrap' || !canCss) return highlightSpans(map, spans, options);
  const registry = win!.CSS!.highlights!;
  const highlights = new Map<HighlightKind, { add(r: Range): unknown }>();
  const handle: HighlightHandle = {
    mode: 'css',
    count: 0,
    clear: () => {
      for (const kind of highlights.keys()) registry.delete(`${prefix}-${kind}`);
    },
  };
  const batch = options.batch ?? 500;
  for (let i = 0; i < spans.length; i++) {
    if (i > 0 && i % batch === 0) await options.pause();
    const span = spans[i];
    const range = rangeForSpan(map, span.start, span.end);
    if (!range) continue;
    let h = highlights.get(span.kind);
    if (!h) {
      h = new win!.Highlight!() as { add(r: Range): unknown };
      highlights.set(span.kind, h);
      registry.set(`${prefix}-${span.kind}`, h);
    }
    h.add(range);
    handle.count++;
  }
  return handle;
}

export function highlightSpans(map: TextMap, spans: readonly HighlightSpan[], options: HighlightOptions): HighlightHandle {
  const prefix = options.prefix ?? 'zhengwen';
  const win = options.window === undefined ? (map.root.ownerDocument.defaultView as unknown as HighlightWindow | null) : options.window;
  const canCss = !!(win?.CSS?.highlights && win.Highlight);
  const mode = options.mode === 'wrap' || (options.mode !== 'css' && !canCss) ? 'wrap' : 'css';
  if (mode === 'css') {
    if (!canCss) throw new Error('CSS Custom Highlight API not available');
    return highlightWithCss(map, spans, win!, prefix);
  }
  const count = wrapSpans(map, spans, options.undo, prefix);
  return { mode, count, clear: () => options.undo.restore() };
}

function highlightWithCss(map: TextMap, spans: readonly HighlightSpan[], win: HighlightWindow, prefix: string): HighlightHandle {
  const byKind = new Map<HighlightKind, Range[]>();
  for (const span of spans) {
    const range = rangeForSpan(map, span.start, span.end);
    if (!range) continue;
    const list = byKind.get(span.kind);
    if (list) list.push(range);
    else byKind.set(span.kind, [range]);
  }
  const registry = win.CSS!.highlights!;
  let count = 0;
  for (const [kind, ranges] of byKind) {
    registry.set(`${prefix}-${kind}`, new win.Highlight!(...ranges));
    count += ranges.length;
  }
  return {
    mode: 'css',
    count,
    clear: () => {
      for (const kind of byKind.keys()) registry.delete(`${prefix}-${kind}`);
    },
  };
}

const KIND_PRIORITY: Record<HighlightKind, number> = { official: 0, enterprise: 1, directive: 2 };

/** Non-overlapping spans, entity mentions first, then earlier and longer ones (positions claimed in a bitmap). */
function chooseSpans(spans: readonly HighlightSpan[]): HighlightSpan[] {
  const sorted = spans
    .filter((s) => s.end > s.start)
    .sort((a, b) => KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind] || a.start - b.start || b.end - a.end);
  const taken = new Uint8Array(sorted.reduce((m, s) => Math.max(m, s.end), 0));
  const chosen: HighlightSpan[] = [];
  for (const s of sorted) {
    let free = true;
    for (let k = s.start; k < s.end && free; k++) if (taken[k]) free = false;
    if (!free) continue;
    taken.fill(1, s.start, s.end);
    chosen.push(s);
  }
  return chosen;
}

/** Index of the segment holding position `a` (start ≤ a < end), by binary search; -1 when none. */
function segmentContaining(segments: readonly TextSegment[], a: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].start <= a) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Zero-length segments share a start with their neighbour: step back to the one that holds a.
  for (let i = found; i >= 0 && segments[i].start <= a; i--) if (a < segments[i].end) return i;
  return -1;
}

/** Split `node` at `offset` like Text.splitText (which some DOMs lack); records both halves. */
function splitTextNode(node: Text, offset: number, undo: UndoLog): Text {
  let rest!: Text;
  undo.changeData(node, () => {
    if (typeof node.splitText === 'function') rest = node.splitText(offset);
    else {
      rest = node.ownerDocument.createTextNode(node.data.slice(offset));
      node.data = node.data.slice(0, offset);
      node.parentNode!.insertBefore(rest, node.nextSibling);
    }
  });
  undo.recordInserted(rest);
  return rest;
}

/** Split segment i's node at text position `pos`, keeping the map true. True if it split. */
function splitSegment(map: TextMap, i: number, pos: number, undo: UndoLog): boolean {
  const seg = map.segments[i];
  const local = seg.offset + (pos - seg.start);
  if (local <= 0 || local >= seg.node.data.length) return false;
  const rest = splitTextNode(seg.node, local, undo);
  const tail: TextSegment = { node: rest, start: pos, end: seg.end, offset: 0, line: seg.line };
  seg.end = pos;
  map.segments.splice(i + 1, 0, tail);
  return true;
}

/** Wrap each chosen span's pieces in <mark>; the map is updated to the split nodes. */
function wrapSpans(map: TextMap, spans: readonly HighlightSpan[], undo: UndoLog, prefix: string): number {
  const doc = map.root.ownerDocument;
  const chosen = chooseSpans(spans);
  // Right to left, so positions to the left stay in the nodes the map names.
  const pieces: { a: number; b: number; span: HighlightSpan }[] = [];
  const segs = textSegments(map);
  for (const span of chosen) {
    for (let i = Math.max(segmentIndexAt(segs, span.start), 0); i < segs.length && segs[i].start < span.end; i++) {
      const seg = segs[i];
      const a = Math.max(span.start, seg.start);
      const b = Math.min(span.end, seg.end);
      if (a < b) pieces.push({ a, b, span });
    }
  }
  pieces.sort((x, y) => y.a - x.a);
  for (const { a, b, span } of pieces) {
    let i = segmentContaining(map.segments, a);
    if (i < 0) continue;
    splitSegment(map, i, b, undo);
    if (splitSegment(map, i, a, undo)) i++;
    const node = map.segments[i].node;
    const mark = doc.createElement('mark');
    mark.className = `${prefix}-${span.kind}`;
    if (span.name) mark.setAttribute(`data-${prefix}-name`, span.name);
    node.parentNode!.insertBefore(mark, node);
    mark.appendChild(node);
    undo.recordWrapper(mark);
  }
  return chosen.length;
}

/** Styles for both modes; the content script adopts them (never page-supplied CSS). */
export function highlightCss(prefix = 'zhengwen'): string {
  const colours: Record<HighlightKind, string> = {
    official: MARKS.official.fill,
    enterprise: MARKS.enterprise.fill,
    directive: MARKS.directive.fill,
  };
  return (Object.keys(colours) as HighlightKind[])
    // Separate rules: a browser without ::highlight() drops the whole rule it appears in.
    .flatMap((k) => [
      `::highlight(${prefix}-${k}) { background-color: ${colours[k]}; }`,
      `mark.${prefix}-${k} { background-color: ${colours[k]}; color: inherit; }`,
    ])
    .join('\n');
}
