/**
 * Removes pinyin annotations injected by mirror sites (`區(qū)域` → `區域`) and recovers the
 * character a mirror lost to `?` in front of an orphan annotation (`日?bào)社` → `日報社`).
 *
 * An annotation is removed only when it is a toned syllable that is a reading of the character
 * before it, and only on pages dense with such annotations: a lone human gloss (`犇(bēn)`)
 * stays. Real parentheses (`昨(5)日`, `(OLED)`, `(記者 劉鑫)`) never parse as readings.
 */
import { applyEdits } from '../edits';
import type { Edit, StepResult } from '../types';
import { isHan } from './chars';
import { charsWithReading, isKnownSyllable, isTraditionalChar, isWordBigram, readingsOf, toSimplifiedChar } from './pinyin-data';

/** A page is a mirror when it has at least this many annotations … */
export const MIN_ANNOTATIONS = 3;
/** … and at least this many per ideograph (mirrors annotate every few characters). */
export const MIN_DENSITY = 0.02;

const MAX_SYLLABLE = 7; // zhuàng + slack
const TONE_LETTERS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜḿńňǹüê';

function isSyllableChar(c: string): boolean {
  return (c >= 'a' && c <= 'z') || TONE_LETTERS.includes(c);
}

const isOpen = (c: string | undefined) => c === '(' || c === '（';
const isClose = (c: string | undefined) => c === ')' || c === '）';

/** Reads a syllable starting at `i`; returns its normalised form and end, or null. */
function readSyllable(text: string, i: number): { syllable: string; end: number } | null {
  let j = i;
  while (j < text.length && j - i <= MAX_SYLLABLE && isSyllableChar(text[j])) j++;
  if (j === i || j - i > MAX_SYLLABLE) return null;
  // Mirrors sometimes type ü as v.
  const syllable = text.slice(i, j).replace(/v/g, 'ü');
  return isKnownSyllable(syllable) ? { syllable, end: j } : null;
}

/** `(syllable)` at `i`: the syllable and the index after the closing parenthesis. */
function readAnnotation(text: string, i: number): { syllable: string; end: number } | null {
  if (!isOpen(text[i])) return null;
  const s = readSyllable(text, i + 1);
  if (!s || !isClose(text[s.end])) return null;
  return { syllable: s.syllable, end: s.end + 1 };
}

/** `?syllable)` or `?(syllable)` at `i`: a character lost to `?`, its reading kept. */
function readOrphan(text: string, i: number): { syllable: string; end: number } | null {
  if (text[i] !== '?') return null;
  const open = isOpen(text[i + 1]) ? 1 : 0;
  const s = readSyllable(text, i + 1 + open);
  if (!s || !isClose(text[s.end])) return null;
  return { syllable: s.syllable, end: s.end + 1 };
}

function isReadingOf(c: string, syllable: string): boolean {
  return readingsOf(c).includes(syllable);
}

const TONELESS: Record<string, string> = {};
for (const [plain, toned] of [
  ['a', 'āáǎà'],
  ['e', 'ēéěè'],
  ['i', 'īíǐì'],
  ['o', 'ōóǒò'],
  ['u', 'ūúǔù'],
  ['ü', 'ǖǘǚǜ'],
  ['m', 'ḿ'],
  ['n', 'ńňǹ'],
] as const)
  for (const t of toned) TONELESS[t] = plain;

function toneless(s: string): string {
  let out = '';
  for (const c of s) out += TONELESS[c] ?? c;
  return out;
}

/** On a mirror page, sources disagree on tones (績 jì / jī): match the syllable, any tone. */
function isLooseReadingOf(c: string, syllable: string): boolean {
  if (isReadingOf(c, syllable)) return true;
  const bare = toneless(syllable);
  return readingsOf(c).some((r) => toneless(r) === bare);
}

/** Annotations that qualify, and the number of ideographs, to judge the page. */
function countAnnotations(text: string): { annotations: number; han: number } {
  let annotations = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (isHan(c)) han++;
    else if (isOpen(c) && isHan(text[i - 1])) {
      const a = readAnnotation(text, i);
      if (a && isReadingOf(text[i - 1], a.syllable)) annotations++;
    } else if (c === '?' && readOrphan(text, i)) annotations++;
  }
  return { annotations, han };
}

/** Whether the text is mostly traditional, to recover a character in the page's own script. */
function prefersTraditional(text: string): boolean {
  let trad = 0;
  let simp = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (!isHan(c)) continue;
    if (isTraditionalChar(c)) trad++;
    else if (hasTraditionalForm(c)) simp++;
  }
  return trad > simp;
}

/** A simplified character that some traditional character maps to (区, 调 …). */
function hasTraditionalForm(c: string): boolean {
  return toSimplifiedChar(c) === c && simplifiedSet().has(c);
}

let simpSet: Set<string> | null = null;
function simplifiedSet(): Set<string> {
  if (!simpSet) {
    simpSet = new Set();
    // Every simplified target of a traditional character.
    for (let cp = 0x4e00; cp <= 0x9fff; cp++) {
      const c = String.fromCharCode(cp);
      const s = toSimplifiedChar(c);
      if (s !== c) simpSet.add(s);
    }
  }
  return simpSet;
}

/**
 * The character with `syllable` that makes a word with its neighbours, or '' when the
 * neighbours do not single one out.
 */
export function recoverLostChar(
  syllable: string,
  left: string | undefined,
  right: string | undefined,
  traditional: boolean,
): string {
  const groups = new Map<string, string[]>(); // simplified form → characters with the reading
  for (const c of charsWithReading(syllable)) {
    const s = toSimplifiedChar(c);
    const g = groups.get(s);
    if (g) g.push(c);
    else groups.set(s, [c]);
  }
  let best = 0;
  let winners: string[] = [];
  for (const [s, members] of groups) {
    const score = (left && isHan(left) && isWordBigram(left, s) ? 1 : 0) + (right && isHan(right) && isWordBigram(s, right) ? 1 : 0);
    if (score > best) {
      best = score;
      winners = [s];
    } else if (score === best && score > 0) winners.push(s);
  }
  if (best === 0 || winners.length !== 1) return '';
  const s = winners[0];
  if (!traditional) return s;
  return groups.get(s)!.find((c) => c !== s && isTraditionalChar(c)) ?? s;
}

/**
 * `mirror`: the caller already knows the page is a pinyin mirror (its article body was), so a
 * short piece of it (a headline, a navigation bar) is repaired without the density test.
 */
export function repairPinyin(text: string, mirror = false): StepResult {
  const { annotations, han } = countAnnotations(text);
  if (!mirror && (annotations < MIN_ANNOTATIONS || annotations < MIN_DENSITY * han)) return { text, edits: [] };

  const edits: Edit[] = [];
  let traditional: boolean | null = null;
  let base: string | undefined; // last character of the output so far
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (isOpen(c) && base !== undefined && isHan(base)) {
      const a = readAnnotation(text, i);
      if (a && isLooseReadingOf(base, a.syllable)) {
        edits.push({ kind: 'pinyin', start: i, end: a.end, replacement: '' });
        i = a.end;
        continue;
      }
    } else if (c === '?') {
      const o = readOrphan(text, i);
      if (o) {
        // The right neighbour is unknown when another lost character follows.
        const right = readOrphan(text, o.end) ? undefined : text[o.end];
        traditional ??= prefersTraditional(text);
        const recovered = recoverLostChar(o.syllable, base, right, traditional);
        edits.push({ kind: 'pinyin', start: i, end: o.end, replacement: recovered });
        if (recovered) base = recovered;
        i = o.end;
        continue;
      }
    }
    base = c;
    i++;
  }
  return { text: applyEdits(text, edits), edits };
}
