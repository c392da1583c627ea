/** Reader-facing text outside the article's text nodes: attributes and the declared language. */
import { convertAttributes, setLang, type UndoLog } from '../../lib/dom';
import type { TargetScript } from '../../lib/types';

export function convertPageAttributes(
  root: Element,
  convert: (s: string) => string,
  target: Exclude<TargetScript, 'off'>,
  undo: UndoLog,
): void {
  convertAttributes(root, convert, undo);
  setLang(root.ownerDocument.documentElement, target, undo);
}
