/**
 * Text next to the article body: the "info line" between the title and the body (date,
 * source, editor) and the trailer right after the body (editor, source on gov sites).
 */

import { spacedText } from './spaced-text';

const HEAD_LIMIT = 600;
const TAIL_LIMIT = 400;

const text = (n: Node | null): string => spacedText(n);

/** Text after the title element and before the body, nearest the body last (≤ 600 chars). */
export function headZone(root: Element, titleEl: Element | null): string {
  if (titleEl && root.contains(titleEl)) {
    // Title inside the body container: the info line follows the title.
    const parts: string[] = [];
    for (let s = titleEl.nextElementSibling, i = 0; s && i < 3; s = s.nextElementSibling, i++) parts.push(text(s));
    return parts.join('\n').slice(0, HEAD_LIMIT);
  }
  const parts: string[] = [];
  let node: Element | null = root;
  for (let level = 0; node && level < 4; level++) {
    const seg: string[] = [];
    let stop = false;
    for (let s = node.previousElementSibling; s; s = s.previousElementSibling) {
      if (titleEl && (s === titleEl || s.contains(titleEl))) {
        if (s !== titleEl) seg.unshift(textAfter(s, titleEl));
        stop = true;
        break;
      }
      seg.unshift(text(s));
    }
    parts.unshift(seg.join('\n'));
    if (stop || !titleEl) {
      if (stop || level >= 1) break;
    }
    node = node.parentElement;
  }
  const all = parts.filter(Boolean).join('\n');
  return all.slice(Math.max(0, all.length - HEAD_LIMIT));
}

/** Text inside `container` that follows `el` in document order. */
function textAfter(container: Element, el: Element): string {
  const parts: string[] = [];
  let node: Element | null = el;
  while (node && node !== container) {
    for (let s = node.nextElementSibling; s; s = s.nextElementSibling) parts.push(text(s));
    node = node.parentElement;
  }
  return parts.join('\n');
}

/** The first few hundred characters after the body. */
export function tailZone(root: Element): string {
  const parts: string[] = [];
  let len = 0;
  let node: Element | null = root;
  for (let level = 0; node && level < 2 && len < TAIL_LIMIT; level++) {
    for (let s = node.nextElementSibling; s && len < TAIL_LIMIT; s = s.nextElementSibling) {
      const t = text(s);
      parts.push(t);
      len += t.length;
    }
    node = node.parentElement;
  }
  return parts.join('\n').slice(0, TAIL_LIMIT);
}
