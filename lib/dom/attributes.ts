/**
 * Text the reader sees outside text nodes — tooltips, alt text, placeholders, accessible
 * labels, the tab title — converted through the same function as the article, all recorded
 * in the undo log. (The declared language: declare-lang.ts.)
 */
import type { UndoLog } from './undo-log';
import { DEFAULT_SKIP_CLASS, isOptedOut, tagOf } from './walker-skip';

export const CONVERTED_ATTRIBUTES = ['title', 'alt', 'placeholder', 'aria-label'] as const;

/** Attributes inside these are code or data, not reader-facing text. */
const NON_PROSE = new Set(['script', 'style', 'template', 'code', 'pre', 'kbd', 'samp']);

function isExcluded(el: Element, root: Element, skipClass: string): boolean {
  for (let n: Element | null = el; n; n = n === root ? null : n.parentElement) {
    if (isOptedOut(n, skipClass) || NON_PROSE.has(tagOf(n))) return true;
  }
  return false;
}

/** One reader-facing attribute and the value it had when read. */
export interface AttributeSlot {
  el: Element;
  name: string;
  value: string;
}

/** The reader-facing attributes of `root` and its descendants (code and opted-out regions skipped). */
export function readerAttributes(root: Element, options: { skipClass?: string } = {}): AttributeSlot[] {
  const skipClass = options.skipClass ?? DEFAULT_SKIP_CLASS;
  const selector = CONVERTED_ATTRIBUTES.map((a) => `[${a}]`).join(',');
  const slots: AttributeSlot[] = [];
  for (const el of [root, ...Array.from(root.querySelectorAll(selector))]) {
    if (isExcluded(el, root, skipClass)) continue;
    for (const name of CONVERTED_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value) slots.push({ el, name, value });
    }
  }
  return slots;
}

/** Write new values into the slots (recorded in the undo log); a slot the page changed since is left. Returns how many changed. */
export function writeAttributes(slots: readonly AttributeSlot[], values: readonly string[], undo: UndoLog): number {
  let changed = 0;
  slots.forEach((slot, k) => {
    const next = values[k];
    if (next === undefined || next === slot.value || slot.el.getAttribute(slot.name) !== slot.value) return;
    undo.setAttribute(slot.el, slot.name, next);
    changed++;
  });
  return changed;
}

/** Convert the reader-facing attributes of `root` and its descendants; returns how many changed. */
export function convertAttributes(
  root: Element,
  convert: (s: string) => string,
  undo: UndoLog,
  options: { skipClass?: string } = {},
): number {
  const slots = readerAttributes(root, options);
  return writeAttributes(slots, slots.map((s) => convert(s.value)), undo);
}

/** Convert the document's title in place (its <title> text node). Returns true when changed. */
export function convertDocumentTitle(doc: Document, convert: (s: string) => string, undo: UndoLog): boolean {
  const title = doc.querySelector('title');
  if (!title) return false;
  let changed = false;
  for (let n = title.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 3) continue;
    const text = n as Text;
    const next = convert(text.data);
    if (next !== text.data) {
      undo.setData(text, next);
      changed = true;
    }
  }
  return changed;
}
