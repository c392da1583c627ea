/**
 * Which parts of a page the extension reads and writes: the skip rules and block rules in one
 * place, so the text walker, the attribute converter and the mutation watcher agree.
 */

/** The user's opt-out class; pages and users can put it on any element. */
export const DEFAULT_SKIP_CLASS = 'zhengwen-skip';

/** Elements whose text is not prose: editable fields, code, scripts, embedded documents. */
const SKIPPED_TAGS = new Set([
  'input', 'textarea', 'select', 'option', 'button',
  'code', 'pre', 'kbd', 'samp', 'var',
  // Ruby annotations are the page's own pronunciation guide, not prose to repair.
  'rt', 'rp',
  'script', 'style', 'noscript', 'template',
  'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
]);

/** Elements that start a new line of text: each becomes one line for the pipeline. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details',
  'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main',
  'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Elements that show something even without text; a block holding one is never hidden. */
const MEDIA_SELECTOR = 'img,picture,video,audio,iframe,object,embed,canvas,svg,input,textarea,select,button';

export function tagOf(el: Element): string {
  return (el.localName || el.tagName || '').toLowerCase();
}

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(tagOf(el));
}

/** The user's or the page's explicit "leave this alone". */
export function isOptedOut(el: Element, skipClass: string = DEFAULT_SKIP_CLASS): boolean {
  return (
    (el.classList?.contains(skipClass) ?? false) ||
    el.getAttribute('translate') === 'no' ||
    // Pages that mark their own regions with the conventional no-translate class.
    (el.classList?.contains('notranslate') ?? false)
  );
}

function isEditable(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  return v !== null && v.toLowerCase() !== 'false';
}

/** True when the element's whole subtree must not be read or changed. */
export function isSkippedElement(el: Element, skipClass: string = DEFAULT_SKIP_CLASS): boolean {
  return SKIPPED_TAGS.has(tagOf(el)) || isEditable(el) || isOptedOut(el, skipClass);
}

/** True when `node` or one of its ancestors (up to the document) is skipped. With
 * `prosePre`, a <pre> counts as prose: mirrors paste whole articles into one. */
export function isInSkippedRegion(node: Node, skipClass: string = DEFAULT_SKIP_CLASS, prosePre = false): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType !== 1) continue;
    if (prosePre && tagOf(n as Element) === 'pre' && !isOptedOut(n as Element, skipClass)) continue;
    if (isSkippedElement(n as Element, skipClass)) return true;
  }
  return false;
}

/** The <pre> that `node` is in, if any. */
export function enclosingPre(node: Node): Element | null {
  for (let n: Node | null = node; n; n = n.parentNode) if (n.nodeType === 1 && tagOf(n as Element) === 'pre') return n as Element;
  return null;
}

/** A block whose text is gone and that shows nothing else (no images, media, fields). */
export function isVisuallyEmpty(el: Element): boolean {
  return (el.textContent ?? '').trim() === '' && !el.querySelector(MEDIA_SELECTOR);
}
