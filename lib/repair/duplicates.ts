/**
 * Duplicated blocks: an article pasted twice, a paragraph repeated, a summary (摘要/导读) that
 * repeats the lead. Lines are compared on their words only (simplified script, no blanks, no
 * punctuation), so a second copy converted to traditional script or with other punctuation is
 * still recognised; a long line may also be a damaged copy of another (`near-copy.ts`: lost
 * characters, a dropped dateline — never other figures, names or places).
 * Short lines (a headline, 编辑：…) repeat legitimately: a repeated short line goes only when
 * it is part of a removed block — its neighbour line is a removed duplicate — as the headline
 * and byline of a whole second copy are.
 */
import { applyEdits } from '../edits';
import type { Edit, StepResult } from '../types';
import { isAsciiLetter, isDigit, isHan } from './chars';
import { forEachLine, pushLineRemoval } from './line-removal';
import { compareCopies } from './near-copy';
import { hanPairCounts, summaryIsKeptElsewhere } from './summary-block';
import { comparableChar } from './pinyin-data';

/** Minimum length (ideographs, letters and digits) of a line that can be a duplicate alone. */
export const MIN_DUPLICATE_LINE = 16;

/** A label that marks a line as a summary of the article (摘要：, 【导读】): not part of its words. */
const SUMMARY_LABEL = /^\s*[【\[［(（]?\s*(?:内容摘要|内容提要|核心提示|摘要|导读|提要|导语)\s*[】\]］)）]?\s*[：:]?/;

/**
 * The words of a line: ideographs in simplified form (one of each script-variant pair), letters lower-cased, digits, and the
 * point or per cent sign inside a figure (8.2% and 82 are different facts).
 */
export function lineKey(line: string): string {
  const label = SUMMARY_LABEL.exec(line);
  const from = label ? label[0].length : 0;
  let key = '';
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (isHan(c)) key += comparableChar(c);
    else if (isAsciiLetter(c)) key += c.toLowerCase();
    else if (isDigit(c)) key += c;
    else if ((c === '.' || c === '．') && isDigit(line[i - 1]) && isDigit(line[i + 1])) key += '.';
    else if ((c === '%' || c === '％') && isDigit(line[i - 1])) key += '%';
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

/** Earlier lines compared per bucket, so a page of similar lines stays linear. */
const MAX_CANDIDATES = 8;
const EDGE = 6;

/** Long earlier lines by their first or last words: a copy keeps one of its ends. */
class NearIndex {
  private buckets = new Map<string, number[]>();
  private names(key: string): string[] {
    return [`<${key.slice(0, EDGE)}`, `>${key.slice(-EDGE)}`];
  }
  candidates(key: string): number[] {
    const out = new Set<number>();
    for (const n of this.names(key)) for (const k of this.buckets.get(n) ?? []) out.add(k);
    return [...out].sort((a, b) => a - b);
  }
  add(key: string, line: number): void {
    for (const n of this.names(key)) {
      const b = this.buckets.get(n);
      if (!b) this.buckets.set(n, [line]);
      else {
        b.push(line);
        if (b.length > MAX_CANDIDATES) b.shift();
      }
    }
  }
}

export function removeDuplicates(text: string): StepResult {
  const seen = new Set<string>();
  const near = new NearIndex();
  const lines: Line[] = [];
  /** Summary lines by their words, so a later lead they repeat can take their place. */
  const summaries = new Map<string, number>();
  forEachLine(text, (start, end) => {
    const key = lineKey(text.slice(start, end));
    const long = key.length >= MIN_DUPLICATE_LINE;
    const line: Line = { start, end, key, repeat: key.length > 0 && seen.has(key), remove: false };
    line.remove = line.repeat && long;
    // An exact repeat of a summary line: the summary goes, the lead stays.
    const isSummary = SUMMARY_LABEL.test(text.slice(start, end));
    const summary = line.remove && !isSummary ? summaries.get(key) : undefined;
    if (summary !== undefined && !lines[summary].remove) {
      lines[summary].remove = lines[summary].repeat = true;
      line.remove = line.repeat = false;
    }
    if (isSummary && long && !summaries.has(key)) summaries.set(key, lines.length);
    if (long && !line.repeat) {
      for (const k of near.candidates(key)) {
        const earlier = lines[k];
        if (earlier.remove) continue;
        let verdict = compareCopies(earlier.key, key);
        if (verdict === 'different') continue;
        // A summary (摘要：, 【导读】) is the copy, whichever comes first.
        if (verdict === 'drop-later' && SUMMARY_LABEL.test(text.slice(earlier.start, earlier.end))) verdict = 'drop-earlier';
        if (verdict === 'drop-later') line.remove = line.repeat = true;
        else earlier.remove = earlier.repeat = true;
        break;
      }
    }
    if (key.length > 0) seen.add(key);
    if (long) near.add(key, lines.length);
    lines.push(line);
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

  // A summary in other words (【导读】…) goes when the article keeps all it says.
  let pairs: Map<string, number> | null = null;
  for (const l of lines) {
    if (l.remove || !SUMMARY_LABEL.test(text.slice(l.start, l.end))) continue;
    pairs ??= hanPairCounts(text);
    if (summaryIsKeptElsewhere(text, l.start, l.end, pairs)) l.remove = true;
  }

  const edits: Edit[] = [];
  for (const l of lines) if (l.remove) pushLineRemoval(edits, text, l.start, l.end, 'duplicate');
  return { text: applyEdits(text, edits), edits };
}
