/**
 * Discuz! anti-scraping strings: the forum inserts, at line breaks of a post, a random string
 * of pairs "one character of 0x20–0x3B, a space, one character of 0x3F–0x7E" (its `jammer()`:
 * `3 ]7 x2 b( K9 Q* D`), hidden on the page but copied with the text, glued to the end of one
 * line or the start of the next. Five pairs or more of exactly that shape, with some
 * punctuation among them, at a line's edge next to non-ASCII text or making up a whole line,
 * are removed; real text does not alternate like that (`No. 5 A`, `GDP 5.2%` never make five
 * pairs).
 */
import { applyEdits } from '../edits';
import type { Edit, StepResult } from '../types';
import { forEachLine, pushLineRemoval } from './line-removal';

const MIN_PAIRS = 5;
/** Characters of the pairs that are neither letters nor digits nor the space. */
const MIN_SYMBOLS = 2;

const isFirst = (c: number) => c >= 0x20 && c <= 0x3b;
const isSecond = (c: number) => c >= 0x3f && c <= 0x7e;
const isSymbol = (c: number) => !((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x20);

/** Whether text[from, from + 3 * pairs) is made of jammer pairs with enough symbols. */
function symbolsIn(text: string, from: number, pairs: number): number {
  let symbols = 0;
  for (let k = 0; k < pairs; k++) {
    if (isSymbol(text.charCodeAt(from + 3 * k))) symbols++;
    if (isSymbol(text.charCodeAt(from + 3 * k + 2))) symbols++;
  }
  return symbols;
}

const isPair = (text: string, at: number) => isFirst(text.charCodeAt(at)) && text[at + 1] === ' ' && isSecond(text.charCodeAt(at + 2));

export function stripJammer(text: string): StepResult {
  const edits: Edit[] = [];
  forEachLine(text, (start, end) => {
    let tail = end;
    if (text[tail - 1] === '\r') tail--;
    // At the end: pairs read backwards from the line's end.
    let pairs = 0;
    while (tail - 3 * (pairs + 1) >= start && isPair(text, tail - 3 * (pairs + 1))) pairs++;
    let cutEnd = -1;
    if (pairs >= MIN_PAIRS && tail - 3 * pairs === start && symbolsIn(text, start, pairs) >= MIN_SYMBOLS) {
      // A line of jammer alone (a break or a tag stood between it and the text).
      pushLineRemoval(edits, text, start, end, 'junk');
      return;
    }
    if (pairs >= MIN_PAIRS) {
      const from = tail - 3 * pairs;
      if (from > start && text.charCodeAt(from - 1) >= 0x80 && symbolsIn(text, from, pairs) >= MIN_SYMBOLS) cutEnd = from;
    }
    // At the start: pairs read forwards.
    pairs = 0;
    while (start + 3 * (pairs + 1) <= tail && isPair(text, start + 3 * pairs)) pairs++;
    let cutStart = -1;
    if (pairs >= MIN_PAIRS && symbolsIn(text, start, pairs) >= MIN_SYMBOLS) {
      const to = start + 3 * pairs;
      // What follows is the line's text (non-ASCII), or markup the next steps read.
      if (to < (cutEnd >= 0 ? cutEnd : tail) && (text.charCodeAt(to) >= 0x80 || text[to] === '[' || text[to] === '<')) cutStart = to;
    }
    if (cutStart >= 0) edits.push({ kind: 'junk', start, end: cutStart, replacement: '' });
    if (cutEnd >= 0) edits.push({ kind: 'junk', start: cutEnd, end: tail, replacement: '' });
  });
  return edits.length ? { text: applyEdits(text, edits), edits } : { text, edits };
}
