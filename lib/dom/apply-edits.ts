/**
 * Apply the pipeline's edits (offsets in a TextMap's text) back to the page, node by node,
 * by changing Text.data in place: markup, listeners and the selection survive, and page text
 * only ever reaches the page as text.
 */
import { sortEdits } from '../edits';
import type { Edit, EditKind } from '../types';
import { segmentIndexAt, textSegments, type TextMap, type TextSegment } from './text-map';
import type { UndoLog } from './undo-log';
import { isBlockElement, isVisuallyEmpty } from './walker-skip';

export interface ApplyOptions {
  /** Hide a block whose whole text a junk/duplicate edit removed (recorded, restorable). */
  hideEmptiedBlocks?: boolean;
}

export interface ApplyResult {
  /** Edits written to at least one node. */
  applied: number;
  /** Edits that only removed a virtual line break: the block structure stays, nothing to write. */
  separatorOnly: number;
  /** Edits that found no node to write to (empty map). */
  skipped: number;
  nodesChanged: number;
  blocksHidden: number;
  /** The map of the page after the edits: its text is exactly applyEdits(map.text, edits). */
  map: TextMap;
}

/** A piece of one edit that lands in one segment, in joined-text offsets. */
interface Op {
  start: number;
  end: number;
  replacement: string;
}

const HIDING_KINDS: ReadonlySet<EditKind> = new Set(['junk', 'duplicate']);

/** The segment an insertion at `pos` joins: the one it ends (append), else the one it starts. */
function insertionTarget(segs: readonly TextSegment[], pos: number): TextSegment | undefined {
  const i = segmentIndexAt(segs, pos - 1);
  if (i >= 0 && segs[i].end >= pos) return segs[i];
  if (segs[i + 1]?.start === pos) return segs[i + 1];
  return i >= 0 ? segs[i] : segs[0];
}

/** Clamp an insertion position to the segment it was assigned to. */
function clampTo(seg: TextSegment, pos: number): number {
  return Math.min(Math.max(pos, seg.start), seg.end);
}

export function applyEditsToDom(
  map: TextMap,
  edits: readonly Edit[],
  undo: UndoLog,
  options: ApplyOptions = {},
): ApplyResult {
  const segs = textSegments(map);
  const ops = new Map<TextSegment, Op[]>();
  const addOp = (seg: TextSegment, op: Op): void => {
    const list = ops.get(seg);
    if (list) list.push(op);
    else ops.set(seg, [op]);
  };
  // A text position no segment covers is a virtual line break.
  const isSeparator = new Uint8Array(map.text.length).fill(1);
  for (const s of segs) isSeparator.fill(0, s.start, s.end);
  const deletedSeparator = new Uint8Array(map.text.length);
  const hideCandidates = new Set<Text>();
  const result = { applied: 0, separatorOnly: 0, skipped: 0, nodesChanged: 0, blocksHidden: 0 };

  for (const edit of sortEdits([...edits])) {
    for (let k = edit.start; k < edit.end; k++) if (isSeparator[k]) deletedSeparator[k] = 1;
    let i = Math.max(segmentIndexAt(segs, edit.start), 0);
    if (segs[i] && segs[i].end <= edit.start && edit.start < edit.end) i++;
    const touched: TextSegment[] = [];
    for (; i < segs.length && segs[i].start < edit.end; i++) {
      if (segs[i].end > edit.start) touched.push(segs[i]);
    }
    if (touched.length === 0) {
      if (edit.start < edit.end && edit.replacement === '') {
        result.separatorOnly++;
        continue;
      }
      const target = insertionTarget(segs, edit.start);
      if (!target) {
        result.skipped++;
        continue;
      }
      const at = clampTo(target, edit.start);
      addOp(target, { start: at, end: at, replacement: edit.replacement });
      result.applied++;
      continue;
    }
    // The replacement goes into the first node's part; the other parts are deleted.
    touched.forEach((seg, n) => {
      addOp(seg, {
        start: Math.max(edit.start, seg.start),
        end: Math.min(edit.end, seg.end),
        replacement: n === 0 ? edit.replacement : '',
      });
      if (HIDING_KINDS.has(edit.kind)) hideCandidates.add(seg.node);
    });
    result.applied++;
  }

  // Write each node once, and lay out the map of the result as we go.
  const newSegments: TextSegment[] = [];
  let newText = '';
  let oldPos = 0;
  const emptied = new Set<Text>();
  for (const seg of map.segments) {
    for (; oldPos < seg.start; oldPos++) if (!deletedSeparator[oldPos]) newText += map.text[oldPos];
    const segOps = ops.get(seg);
    if (!segOps) {
      newSegments.push({ ...seg, start: newText.length, end: newText.length + (seg.end - seg.start) });
      newText += map.text.slice(seg.start, seg.end);
      oldPos = Math.max(oldPos, seg.end);
      continue;
    }
    const data = seg.node.data;
    const local = (pos: number): number => seg.offset + (pos - seg.start);
    let newData = data.slice(0, seg.offset);
    let content = '';
    let cursor = seg.start;
    for (const op of segOps) {
      newData += data.slice(local(cursor), local(op.start)) + op.replacement;
      content += map.text.slice(cursor, op.start) + op.replacement;
      cursor = op.end;
    }
    newData += data.slice(local(cursor));
    content += map.text.slice(cursor, seg.end);
    if (newData !== data) {
      undo.setData(seg.node, newData);
      result.nodesChanged++;
    }
    if (content.trim() === '') emptied.add(seg.node);
    newSegments.push({ ...seg, start: newText.length, end: newText.length + content.length });
    newText += content;
    oldPos = Math.max(oldPos, seg.end);
  }
  for (; oldPos < map.text.length; oldPos++) if (!deletedSeparator[oldPos]) newText += map.text[oldPos];

  if (options.hideEmptiedBlocks !== false) {
    for (const node of hideCandidates) {
      if (emptied.has(node) && hideEmptyBlock(node, map.root, undo)) result.blocksHidden++;
    }
  }
  return { ...result, map: { root: map.root, text: newText, segments: newSegments } };
}

/** Hide the outermost empty block around `node` inside `root` (never root itself). */
function hideEmptyBlock(node: Text, root: Element, undo: UndoLog): boolean {
  let block: Element | null = null;
  for (let el = node.parentElement; el && el !== root && root.contains(el); el = el.parentElement) {
    if (!isBlockElement(el) || el.localName === 'br') continue;
    if (!isVisuallyEmpty(el)) break;
    block = el;
  }
  if (!block || block.hasAttribute('hidden')) return false;
  undo.setAttribute(block, 'hidden', '');
  return true;
}
