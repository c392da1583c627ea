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
import { isCjkPunct, isHan } from './chars';
import { charsWithAnyTone, charsWithReading, isKnownSyllable, isTraditionalChar, isWordBigram, toSimplifiedChar } from './pinyin-data';
import { MAX_GLOSS_CHARS, glossCoverage, isClose, isOpen, isSyllableChar, normaliseSyllable, readGloss } from './pinyin-gloss';

/** A page is a mirror when it has at least this many annotations … */
export const MIN_ANNOTATIONS = 3;
/** … and at least this many per ideograph (mirrors annotate every few characters). */
export const MIN_DENSITY = 0.02;
/** Glosses of whole words that make a sparse page a mirror. */
const MIN_WORD_GLOSSES = 5;

const MAX_SYLLABLE = 7; // zhuàng + slack

/** Reads one syllable starting at `i` (tone marks possibly decomposed); null when unknown. */
function readSyllable(text: string, i: number, strict = true): { syllable: string; end: number } | null {
  let j = i;
  while (j < text.length && j - i <= MAX_SYLLABLE + 2 && isSyllableChar(text[j])) j++;
  if (j === i || j - i > MAX_SYLLABLE + 2) return null;
  const syllable = normaliseSyllable(text.slice(i, j));
  if (syllable.length > MAX_SYLLABLE) return null;
  return isKnownSyllable(syllable) || (!strict && charsWithAnyTone(syllable) !== '') ? { syllable, end: j } : null;
}

/** `?syllable)` or `?(syllable)` at `i`: a character lost to `?`, its reading kept. */
function readOrphan(text: string, i: number, strict = true): { syllable: string; end: number } | null {
  if (text[i] !== '?') return null;
  const open = isOpen(text[i + 1]) ? 1 : 0;
  const s = readSyllable(text, i + 1 + open, strict);
  if (!s || !isClose(text[s.end])) return null;
  return { syllable: s.syllable, end: s.end + 1 };
}

/** The ideographs just before `i` in the raw text, nearest last (at most MAX_GLOSS_CHARS). */
function hanRunBefore(text: string, i: number): string[] {
  const run: string[] = [];
  for (let j = i - 1; j >= 0 && run.length < MAX_GLOSS_CHARS && isHan(text[j]); j--) run.unshift(text[j]);
  return run;
}

/** Annotations that qualify, and the number of ideographs, to judge the page. */
function countAnnotations(text: string): { annotations: number; han: number; words: number } {
  let annotations = 0;
  let words = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (isHan(c)) han++;
    else if (isOpen(c) && isHan(text[i - 1])) {
      const g = readGloss(text, i);
      // Exact toned readings; or two or more syllables spelling the characters before them in
      // a looser form (toneless, or with marked vowels dropped: 森林防火(sn ln fng hu)).
      const run = g ? hanRunBefore(text, i) : [];
      const covered = g && g.tokens.length >= 2 ? glossCoverage(g.tokens, run, false) : 0;
      if (g && (covered > 0 || glossCoverage(g.tokens, run, true) > 0)) annotations++;
      if (covered > 0) words++;
    } else if (c === '?' && readOrphan(text, i)) annotations++;
  }
  return { annotations, han, words };
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
  // An unmarked syllable (neutral tone, or marks dropped) may be any tone.
  for (const c of isKnownSyllable(syllable) ? charsWithReading(syllable) : charsWithAnyTone(syllable)) {
    const s = toSimplifiedChar(c);
    const g = groups.get(s);
    if (g) g.push(c);
    else groups.set(s, [c]);
  }
  let best = 0;
  let winners: string[] = [];
  for (const s of groups.keys()) {
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
 * `区?的(de)`: on a mirror page a `?` right before a character that carries its own reading
 * stands for nothing (an unmappable character the mirror sprinkled in, not a lost one, whose
 * reading would follow the `?`).
 */
function isStrayMark(text: string, i: number): boolean {
  const before = text[i - 1];
  if (!isHan(text[i + 1]) || !(before === undefined || isHan(before) || isClose(before) || isCjkPunct(before) || before === '\n')) return false;
  const g = readGloss(text, i + 2);
  return g !== null && glossCoverage(g.tokens, [text[i + 1]], false) === 1;
}

/** `西?江`, `去?年`: on a mirror page a bare `?` between two characters that make a word
 * hides no character (one missing there would break the word). */
function isMarkInsideWord(text: string, i: number): boolean {
  const a = text[i - 1];
  const b = text[i + 1];
  return isHan(a) && isHan(b) && isWordBigram(a, b);
}

/**
 * `mirror`: the caller already knows the page is a pinyin mirror (its article body was), so a
 * short piece of it (a headline, a navigation bar) is repaired without the density test.
 */
export function repairPinyin(text: string, mirror = false): StepResult {
  const { annotations, han, words } = countAnnotations(text);
  // Glosses of whole words are evidence enough in numbers: a site that annotates only some
  // words (森林防火(sēn lín fáng huǒ)) is sparse, and chance never spells words; a writer
  // glossing a few rare words (饕餮(tāo tiè)) glosses fewer.
  if (!mirror && (annotations < MIN_ANNOTATIONS || (annotations < MIN_DENSITY * han && words < MIN_WORD_GLOSSES))) return { text, edits: [] };

  const edits: Edit[] = [];
  let traditional: boolean | null = null;
  let base: string | undefined; // last character of the output so far
  let run: string[] = []; // the ideographs ending the output so far, nearest last
  const emit = (ch: string) => {
    base = ch;
    if (!isHan(ch)) run = [];
    else {
      run.push(ch);
      if (run.length > MAX_GLOSS_CHARS) run.shift();
    }
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (isOpen(c) && run.length > 0) {
      const g = readGloss(text, i);
      if (g && glossCoverage(g.tokens, run, false) > 0) {
        edits.push({ kind: 'pinyin', start: i, end: g.end, replacement: '' });
        i = g.end;
        continue;
      }
    } else if (c === '?') {
      const o = readOrphan(text, i, false);
      if (o) {
        // The right neighbour is unknown when another lost character follows.
        const right = readOrphan(text, o.end, false) ? undefined : text[o.end];
        traditional ??= prefersTraditional(text);
        const recovered = recoverLostChar(o.syllable, base, right, traditional);
        edits.push({ kind: 'pinyin', start: i, end: o.end, replacement: recovered });
        if (recovered) emit(recovered);
        else run = [];
        i = o.end;
        continue;
      }
      if (isStrayMark(text, i) || isMarkInsideWord(text, i)) {
        edits.push({ kind: 'junk', start: i, end: i + 1, replacement: '' });
        i++;
        continue;
      }
    }
    emit(c);
    i++;
  }
  return { text: applyEdits(text, edits), edits };
}
