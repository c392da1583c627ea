/**
 * Declare the language the text is now in (e.g. 'zh-CN'), so fonts and screen readers follow.
 *
 * Changing `lang` on <html> makes the browser restyle and lay out the whole document in one
 * task: on a 1 MiB article that was a ~90 ms task (Chromium), the only long task of the
 * enrichment, and it stays one even when every element below already declares the language.
 * On a long page we therefore declare it on pieces of the body (each at most PIECE_CHARS of
 * text, with `pause` between batches, so each frame lays out one batch) and leave <html> as
 * the page declared it.
 */
import type { UndoLog } from './undo-log';

/** Below this much text one change on <html> is cheap. */
export const LANG_IN_PIECES_ABOVE = 60_000;
const PIECE_CHARS = 8_000;
/** Text laid out between pauses. */
const BATCH_CHARS = 64_000;
/** How far down we look for pieces (each level costs one pass over the text). */
const MAX_DEPTH = 6;

/**
 * Elements under `root`, in document order, each holding at most `maxChars` of text (or found
 * at `MAX_DEPTH`), that between them hold the text of `root`'s element children. Elements
 * that declare their own `lang` are left out: their text keeps its language.
 */
export function langPieces(root: Element, maxChars = PIECE_CHARS): Element[] {
  return sizedPieces(root, maxChars).map((p) => p.el);
}

/** The pieces with the length of their text, measured once. */
function sizedPieces(root: Element, maxChars: number): { el: Element; chars: number }[] {
  const out: { el: Element; chars: number }[] = [];
  const stack: { el: Element; depth: number }[] = [];
  const pushChildren = (el: Element, depth: number) => {
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push({ el: c, depth });
  };
  pushChildren(root, 1);
  while (stack.length) {
    const { el, depth } = stack.pop()!;
    if (el.hasAttribute('lang')) continue;
    const chars = el.textContent?.length ?? 0;
    if (chars === 0) continue;
    if (chars <= maxChars || depth >= MAX_DEPTH || !el.firstElementChild) out.push({ el, chars });
    else pushChildren(el, depth + 1);
  }
  return out;
}

/**
 * Set `lang` on the document; on a long page, on the pieces of its body instead, in batches
 * with `pause` (a frame) between them.
 */
export async function declareLang(doc: Document, lang: string, undo: UndoLog, pause: () => Promise<void>): Promise<void> {
  const html = doc.documentElement;
  if (html.getAttribute('lang') === lang) return;
  const body = doc.body;
  if (!body || (body.textContent?.length ?? 0) <= LANG_IN_PIECES_ABOVE) {
    undo.setAttribute(html, 'lang', lang);
    return;
  }
  let batch = 0;
  for (const piece of sizedPieces(body, PIECE_CHARS)) {
    undo.setAttribute(piece.el, 'lang', lang);
    batch += piece.chars;
    if (batch >= BATCH_CHARS) {
      batch = 0;
      await pause();
    }
  }
}
