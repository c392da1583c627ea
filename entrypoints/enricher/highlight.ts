/**
 * Entity highlights and the "flash" that shows a directive's place. Spans are offsets in the
 * post-edit text map; styles come from a stylesheet we create (never from page content).
 */
import { highlightCss, highlightSpansInSlices, rangeForSpan, UndoLog, type HighlightHandle, type HighlightSpan, type HighlightWindow, type TextMap } from '../../lib/dom';
import { MARKS } from '../../lib/palette';
import type { HighlightStyle } from '../../lib/settings';
import type { Enrichment } from '../../lib/types';

const STYLE_ID = 'zhengwen-style';
let current: { handle: HighlightHandle; undo: UndoLog } | null = null;

function styleText(style: HighlightStyle): string {
  const { official, enterprise, flash } = MARKS;
  const underline = `
::highlight(zhengwen-official) { text-decoration: underline 2px ${official.line}; text-underline-offset: 3px; background-color: transparent; }
::highlight(zhengwen-enterprise) { text-decoration: underline 2px dotted ${enterprise.line}; text-underline-offset: 3px; background-color: transparent; }
mark.zhengwen-official { background: none; color: inherit; text-decoration: underline 2px ${official.line}; text-underline-offset: 3px; }
mark.zhengwen-enterprise { background: none; color: inherit; text-decoration: underline 2px dotted ${enterprise.line}; text-underline-offset: 3px; }`;
  const flashCss = `
::highlight(zhengwen-flash) { background-color: ${flash.fill}; color: inherit; }
.zhengwen-flash-block { outline: 3px solid ${flash.line}; outline-offset: 2px; transition: outline-color 1.5s; }`;
  return (style === 'background' ? highlightCss() : underline) + flashCss;
}

function ensureStyle(doc: Document, style: HighlightStyle): void {
  let el = doc.getElementById(STYLE_ID);
  if (!el) {
    el = doc.createElement('style');
    el.id = STYLE_ID;
    (doc.head ?? doc.documentElement).append(el);
  }
  el.textContent = styleText(style);
}

/** Highlight the mentions, in batches with `pause` between them (a long article has thousands). */
export async function showHighlights(doc: Document, map: TextMap, result: Enrichment, style: HighlightStyle, pause: () => Promise<void>): Promise<void> {
  clearHighlights(doc);
  ensureStyle(doc, style);
  if (style === 'none') return;
  const spans: HighlightSpan[] = [
    ...result.officials.flatMap((o) => o.spans.map((s) => ({ ...s, kind: 'official' as const, name: o.name }))),
    ...result.enterprises.flatMap((e) => e.spans.map((s) => ({ ...s, kind: 'enterprise' as const, name: e.name }))),
  ];
  const undo = new UndoLog();
  const handle = await highlightSpansInSlices(map, spans, { undo, window: doc.defaultView as unknown as HighlightWindow, pause });
  current = { handle, undo };
}

/** Remove highlights; must run before the edits' undo log is restored. */
export function clearHighlights(doc: Document): void {
  current?.handle.clear();
  current = null;
  const win = doc.defaultView as unknown as HighlightWindow | null;
  win?.CSS?.highlights?.delete('zhengwen-flash');
}

/** Scroll a span into view and flash it. */
export function flashRange(doc: Document, map: TextMap, start: number, end: number): boolean {
  const range = rangeForSpan(map, start, end);
  if (!range) return false;
  const node = range.startContainer;
  const block = (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest('p, div, li, section, article, td, blockquote, h1, h2, h3') ?? node.parentElement;
  block?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const win = doc.defaultView as unknown as (HighlightWindow & { setTimeout: typeof setTimeout }) | null;
  if (win?.CSS?.highlights && win.Highlight) {
    win.CSS.highlights.set('zhengwen-flash', new win.Highlight(range));
    win.setTimeout(() => win.CSS?.highlights?.delete('zhengwen-flash'), 2500);
  } else if (block) {
    block.classList.add('zhengwen-flash-block');
    win?.setTimeout(() => block.classList.remove('zhengwen-flash-block'), 2500);
  }
  return true;
}
