/**
 * A summary block (摘要：…, 【导读】…) that a site put above the article says again what the
 * article says, often in other words and cut off with ……. It is removed when the article
 * keeps everything it carries: every figure in it stands elsewhere in the text, and nearly
 * all of its two-character runs of Chinese do too. A summary with a fact of its own stays.
 */
import { isDigit, isHan } from './chars';

/** Share of a summary's two-character runs the rest of the text must hold. */
const MIN_COVERED = 0.8;
/** A summary shorter than this (in ideographs) is left alone: too little to judge. */
const MIN_SUMMARY_HAN = 16;

/** Counts of every two-ideograph run in `text`, built once. */
export function hanPairCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    if (!isHan(text[i]) || !isHan(text[i + 1])) continue;
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Does the rest of `text` keep everything the summary text[start, end) carries? */
export function summaryIsKeptElsewhere(text: string, start: number, end: number, counts: ReadonlyMap<string, number>): boolean {
  const own = hanPairCounts(text.slice(start, end));
  let total = 0;
  let covered = 0;
  for (const [pair, n] of own) {
    total += n;
    if ((counts.get(pair) ?? 0) > n) covered += n;
  }
  if (total + 1 < MIN_SUMMARY_HAN || covered < MIN_COVERED * total) return false;
  // Every figure (3月7日, 2023, 11.2) must stand outside the summary too.
  for (let i = start; i < end; i++) {
    if (!isDigit(text[i]) || isDigit(text[i - 1])) continue;
    let j = i;
    while (j < end && (isDigit(text[j]) || ((text[j] === '.' || text[j] === ',') && isDigit(text[j + 1])))) j++;
    const figure = text.slice(i, j);
    if (!outside(text, figure, start, end)) return false;
    i = j;
  }
  return true;
}

function outside(text: string, needle: string, start: number, end: number): boolean {
  const before = text.lastIndexOf(needle, start - needle.length);
  if (before >= 0 && before + needle.length <= start) return true;
  return text.indexOf(needle, end) >= 0;
}
