/**
 * Duplicated blocks: an article pasted twice, a paragraph repeated. The first copy stays;
 * every later line that reads the same as an earlier one is removed. Lines are compared on
 * their words only (simplified script, no blanks, no punctuation), so a second copy converted
 * to traditional script or with other punctuation is still recognised, and a long line may
 * differ from its first copy in a few characters.
 * Short lines (a headline, 编辑：…) repeat legitimately: a repeated short line goes only when
 * it is part of a removed block — its neighbour line is a removed duplicate — as the headline
 * and byline of a whole second copy are.
 */
import { applyEdits } from '../edits';
import type { Edit, StepResult } from '../types';
import { isAsciiLetter, isDigit, isHan } from './chars';
import { forEachLine, pushLineRemoval } from './line-removal';
import { toSimplifiedChar } from './pinyin-data';

/** Minimum length (ideographs, letters and digits) of a line that can be a duplicate alone. */
export const MIN_DUPLICATE_LINE = 16;

/** The words of a line: ideographs in simplified form, letters lower-cased, digits. */
export function lineKey(line: string): string {
  let key = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (isHan(c)) key += toSimplifiedChar(c);
    else if (isAsciiLetter(c)) key += c.toLowerCase();
    else if (isDigit(c)) key += c;
  }
  return key;
}

interface Line {
  start: number;
  end: number;
  key: string;
  /** The same words occurred on an earlier line. */
  repeat: boolean;
  remove: boolean;
}

/** Characters of a key that may differ between copies: one in 16 (了解 / 瞭解 after a script
 * round trip, a typo fixed in one copy). */
const MISMATCH_PER_CHAR = 1 / 16;
/** Earlier lines compared per bucket, so a page of similar lines stays linear. */
const MAX_CANDIDATES = 8;
const EDGE = 8;

/** Same length, at most `limit` differing positions. */
function nearlyEqual(a: string, b: string, limit: number): boolean {
  if (a.length !== b.length) return false;
  let miss = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++miss > limit) return false;
  return true;
}

/** Long earlier lines grouped by length and first or last words, to find near copies. */
class NearIndex {
  private buckets = new Map<string, string[]>();
  private names(key: string): string[] {
    return [`${key.length}<${key.slice(0, EDGE)}`, `${key.length}>${key.slice(-EDGE)}`];
  }
  has(key: string): boolean {
    const limit = Math.floor(key.length * MISMATCH_PER_CHAR);
    return this.names(key).some((n) => (this.buckets.get(n) ?? []).some((k) => nearlyEqual(k, key, limit)));
  }
  add(key: string): void {
    for (const n of this.names(key)) {
      const b = this.buckets.get(n);
      if (!b) this.buckets.set(n, [key]);
      else if (b.length < MAX_CANDIDATES) b.push(key);
    }
  }
}

export function removeDuplicates(text: string): StepResult {
  const seen = new Set<string>();
  const near = new NearIndex();
  const lines: Line[] = [];
  forEachLine(text, (start, end) => {
    const key = lineKey(text.slice(start, end));
    const long = key.length >= MIN_DUPLICATE_LINE;
    const repeat = key.length > 0 && (seen.has(key) || (long && near.has(key)));
    if (key.length > 0 && !seen.has(key)) {
      seen.add(key);
      if (long) near.add(key);
    }
    lines.push({ start, end, key, repeat, remove: repeat && long });
  });
  // A repeated short line next to a removed line (blank lines skipped) belongs to the removed
  // block: sweep forward, then backward, so runs on either side are taken.
  const spread = (order: number[]) => {
    let prevRemoved = false;
    for (const k of order) {
      const l = lines[k];
      if (l.key.length === 0) continue;
      if (!l.remove && l.repeat && prevRemoved) l.remove = true;
      prevRemoved = l.remove;
    }
  };
  const forward = lines.map((_, k) => k);
  spread(forward);
  spread(forward.reverse());

  const edits: Edit[] = [];
  for (const l of lines) if (l.remove) pushLineRemoval(edits, text, l.start, l.end, 'duplicate');
  return { text: applyEdits(text, edits), edits };
}
