/**
 * Characters that are not text: C0 and C1 control characters (tab and line breaks aside), DEL,
 * and zero-width characters inside Chinese text (王\u200b建军 must read as one name). They run
 * after the mojibake step, which needs C1 bytes to rebuild mis-decoded text. A zero-width
 * joiner between symbols (emoji sequences) is left alone.
 */
import type { Edit, StepResult } from '../types';
import { applyEdits } from '../edits';
import { isCjkPunct, isHan } from './chars';

const isControl = (c: number) => (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);
const isZeroWidth = (c: number) => c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff;

/** A neighbour that makes a zero-width character plain junk: Chinese text or the text's edge. */
const isTextNeighbour = (ch: string | undefined) => ch === undefined || ch === '\n' || isHan(ch) || isCjkPunct(ch) || /[\w\s]/.test(ch);

export function removeInvisible(text: string): StepResult {
  const edits: Edit[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (!isControl(c) && !isZeroWidth(c)) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && (isControl(text.charCodeAt(j)) || isZeroWidth(text.charCodeAt(j)))) j++;
    const onlyZeroWidth = !/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/.test(text.slice(i, j));
    if (!onlyZeroWidth || (isTextNeighbour(text[i - 1]) && isTextNeighbour(text[j]))) {
      edits.push({ kind: 'junk', start: i, end: j, replacement: '' });
    }
    i = j;
  }
  return edits.length ? { text: applyEdits(text, edits), edits } : { text, edits };
}
