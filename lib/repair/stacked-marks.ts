/**
 * Stacked clause marks (`，，` `，、` `，。` `。，` `；；`): a copy that doubled a mark or left a
 * stray comma next to the real one. Chinese never writes two of these marks in a row, so a
 * run collapses to the one the sentence needs: a stray comma gives way to any other mark, and
 * of two other marks the stronger stays (。 over ； over ： over 、). Only full-width marks
 * count: ASCII runs (`,,` in code, `...` leaders) are not prose. `？！` and `！！` are
 * emphasis, and `。。。` is an ellipsis the punctuation step has already rewritten.
 */
import { applyEdits } from '../edits';
import type { Edit, StepResult } from '../types';

/** Clause marks that never stack, weakest first. */
const RANK = '，、：；。';
const rank = (c: string) => RANK.indexOf(c);

export function collapseStackedMarks(text: string): StepResult {
  const edits: Edit[] = [];
  let i = 0;
  while (i < text.length) {
    if (rank(text[i]) < 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && rank(text[j]) >= 0) j++;
    // Three or more 。 are an ellipsis written with periods, not a stack.
    const ellipsis = j - i >= 3 && text[i] === '。' && text.slice(i, j) === '。'.repeat(j - i);
    if (j - i >= 2 && !ellipsis) {
      // Keep the strongest mark of the run (its first occurrence); delete the others.
      let keep = i;
      for (let k = i + 1; k < j; k++) if (rank(text[k]) > rank(text[keep])) keep = k;
      if (keep > i) edits.push({ kind: 'punctuation', start: i, end: keep, replacement: '' });
      if (keep + 1 < j) edits.push({ kind: 'punctuation', start: keep + 1, end: j, replacement: '' });
    }
    i = j;
  }
  return edits.length ? { text: applyEdits(text, edits), edits } : { text, edits };
}
