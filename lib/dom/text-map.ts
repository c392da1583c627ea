/**
 * The article as one string for the pipeline, with a map back to the Text nodes it came from.
 *
 * Each block element becomes one line; the '\n' between lines is virtual (no node owns it).
 * Whitespace at the edges of a line is left out of the string (the DOM keeps it untouched),
 * so the pipeline sees clean paragraphs; inside a line, HTML whitespace (\t \n \r \f) reads as
 * a space one-for-one, so offsets stay 1:1 with node data.
 */
import { DEFAULT_SKIP_CLASS, enclosingPre, isBlockElement, isInSkippedRegion, isSkippedElement } from './walker-skip';

/** Text node `node`'s data [offset, offset + (end - start)) is the joined text [start, end). */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
  /** Where the segment starts inside node.data (leading whitespace of a line is skipped). */
  offset: number;
  /** Which block line the node sits on (lines with no text add nothing to `text`). */
  line: number;
}

export interface TextMap {
  root: Element;
  text: string;
  /** In document order; zero-length segments are nodes that contribute nothing (whitespace). */
  segments: TextSegment[];
}

export interface CollectOptions {
  skipClass?: string;
  /** Subtrees left out (e.g. the article body, when collecting the page around it). */
  exclude?: readonly Element[];
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** HTML whitespace reads as a space; everything else as itself (same length). In a <pre>,
 * line breaks are the text's own and stay. */
function normalise(s: string, pre = false): string {
  return pre ? s.replace(/[\t\r\f]/g, ' ') : s.replace(/[\t\n\r\f]/g, ' ');
}

/** Document-order Text nodes of `root`, with `null` where a block boundary falls. Iterative:
 * a page nested ten thousand levels deep must not overflow the stack. */
function walk(root: Element, skipClass: string, exclude: readonly Element[] = []): (Text | null)[] {
  const out: (Text | null)[] = [];
  // The article itself may be a <pre> (a mirror's pasted source): read it as prose.
  if (isInSkippedRegion(root, skipClass, true)) return out;
  const excluded = new Set(exclude);
  /** Children still to visit, last first; BLOCK_END marks where a block's boundary goes. */
  const BLOCK_END = null;
  const stack: (Node | typeof BLOCK_END)[] = [];
  const pushChildren = (node: Node) => {
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  };
  pushChildren(root);
  while (stack.length) {
    const item = stack.pop()!;
    if (item === BLOCK_END) {
      out.push(null);
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      out.push(item as Text);
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE) continue;
    const el = item as Element;
    if (excluded.has(el)) {
      out.push(null);
      continue;
    }
    if (isSkippedElement(el, skipClass)) {
      // A skipped block (a <pre>, a form) still separates the text around it.
      if (isBlockElement(el) || el.localName === 'pre') out.push(null);
      continue;
    }
    if (isBlockElement(el)) {
      out.push(null);
      stack.push(BLOCK_END);
    }
    pushChildren(el);
  }
  return out;
}

/** Build a map from Text nodes grouped into lines. Edge whitespace of each line is dropped. */
export function textMapFromLines(root: Element, lines: readonly (readonly Text[])[]): TextMap {
  const pre = enclosingPre(root) !== null;
  const segments: TextSegment[] = [];
  let text = '';
  lines.forEach((nodes, line) => {
    const joined = nodes.map((n) => n.data).join('');
    const first = joined.search(/\S/);
    const last = first < 0 ? 0 : joined.length - (/\s*$/.exec(joined)?.[0].length ?? 0);
    let lineStart = text.length;
    if (first >= 0) {
      if (text.length > 0) text += '\n';
      lineStart = text.length;
      text += normalise(joined.slice(first, last), pre);
    }
    // Each node keeps the part of the line's [first, last) it holds; others get empty segments.
    let pos = 0;
    for (const node of nodes) {
      const len = node.data.length;
      const from = first < 0 ? 0 : Math.min(Math.max(first, pos), pos + len);
      const to = first < 0 ? 0 : Math.max(Math.min(last, pos + len), from);
      const start = lineStart + Math.min(Math.max(from - first, 0), last - Math.max(first, 0));
      segments.push({ node, start, end: start + (to - from), offset: from - pos, line });
      pos += len;
    }
  });
  return { root, text, segments };
}

/** Walk `root` and join its readable text, one block per line. */
export function collectText(root: Element, options: CollectOptions = {}): TextMap {
  const lines: Text[][] = [[]];
  for (const item of walk(root, options.skipClass ?? DEFAULT_SKIP_CLASS, options.exclude)) {
    if (item === null) {
      if (lines[lines.length - 1].length > 0) lines.push([]);
    } else lines[lines.length - 1].push(item);
  }
  return textMapFromLines(root, lines);
}

/** Re-read the same Text nodes on the same lines (after the page changed some of their data). */
export function recollectText(map: TextMap): TextMap {
  const lines: Text[][] = [];
  for (const seg of map.segments) (lines[seg.line] ??= []).push(seg.node);
  return textMapFromLines(map.root, lines.filter((l) => l.length > 0));
}

/** Filtered once per map (and again only when a split added segments): asked for per span and per event. */
const nonEmpty = new WeakMap<TextSegment[], { length: number; segments: TextSegment[] }>();

/** The segments with text in them, in order (what offsets map onto). */
export function textSegments(map: TextMap): TextSegment[] {
  const cached = nonEmpty.get(map.segments);
  if (cached && cached.length === map.segments.length) return cached.segments;
  const segments = map.segments.filter((s) => s.end > s.start);
  nonEmpty.set(map.segments, { length: map.segments.length, segments });
  return segments;
}

/** Index of the last non-empty segment with start <= pos (binary search), or -1. */
export function segmentIndexAt(segments: readonly TextSegment[], pos: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The joined-text position of a caret in `node` at `offset`, or -1 when the node is not mapped. */
export function positionOf(map: TextMap, node: Node, offset: number): number {
  for (const seg of map.segments) {
    if (seg.node !== node) continue;
    const pos = seg.start + (offset - seg.offset);
    if (pos >= seg.start && pos <= seg.end) return pos;
  }
  return -1;
}
