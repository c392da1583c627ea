/**
 * Duplicated blocks: an article pasted twice, a paragraph repeated. The first copy stays;
 * every later line identical to an earlier one (blanks ignored) is removed. Short lines
 * (a one-word heading, 编辑：…) repeat legitimately and never count.
 */
import { applyEdits } from '../edits';
import type { Edit, StepResult } from '../types';
import { isBlank } from './chars';
import { forEachLine, pushLineRemoval } from './line-removal';

/** Minimum length (non-blank UTF-16 units) of a line that can be a duplicate. */
export const MIN_DUPLICATE_LINE = 16;

function lineKey(line: string): string {
  let key = '';
  for (let i = 0; i < line.length; i++) if (!isBlank(line[i]) && line[i] !== '\r') key += line[i];
  return key;
}

export function removeDuplicates(text: string): StepResult {
  const seen = new Set<string>();
  const edits: Edit[] = [];
  forEachLine(text, (start, end) => {
    const key = lineKey(text.slice(start, end));
    if (key.length < MIN_DUPLICATE_LINE) return;
    if (seen.has(key)) pushLineRemoval(edits, text, start, end, 'duplicate');
    else seen.add(key);
  });
  return { text: applyEdits(text, edits), edits };
}
