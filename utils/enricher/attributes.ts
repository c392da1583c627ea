/** Reader-facing text outside the article's text nodes: attributes, the tab title, `lang`. */
import { convertAttributes, convertDocumentTitle, setLang, type UndoLog } from '../../lib/dom';
import type { TargetScript } from '../../lib/types';

export function convertPageAttributes(
  doc: Document,
  root: Element,
  convert: (s: string) => string,
  target: Exclude<TargetScript, 'off'>,
  undo: UndoLog,
): void {
  convertAttributes(root, convert, undo);
  convertDocumentTitle(doc, convert, undo);
  setLang(doc.documentElement, target, undo);
}
