/**
 * Reading a parenthesised pinyin gloss and matching it against the characters before it.
 * Mirrors write a gloss per character `區(qū)`, per word `區域(qū yù)` / `區域(qūyù)`, with erhua
 * folded in `一点儿(yī diǎnr)`, in full-width parentheses, sometimes with decomposed tone
 * marks (u + U+0304), v for ü, or tone numbers (`建(jian4)`, `务(wu5)`: 5 is the neutral tone),
 * or with the marked vowels dropped by an ASCII-only filter (`森林(sn ln)`).
 * Only lower-case Latin letters, tone marks, a tone digit closing a syllable and separators may
 * appear, so `(OLED)`, `(5)` or `(記者 劉鑫)` never parse.
 */
import { neutralReadingsOf, readingsOf } from './pinyin-data';

/** Longest gloss body read (six syllables with separators); bounds the work per `(`. */
const MAX_GLOSS = 40;
/** Longest syllable (zhuàng) plus erhua r. */
const MAX_SYLLABLE = 7;
/** Most characters one gloss may cover (a four-character idiom plus erhua slack). */
export const MAX_GLOSS_CHARS = 6;

const TONE_LETTERS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜḿńňǹüê';

const isCombiningMark = (c: string) => c >= '\u0300' && c <= '\u036f';
export const isSyllableChar = (c: string) => (c >= 'a' && c <= 'z') || TONE_LETTERS.includes(c) || isCombiningMark(c);
const isSeparator = (c: string) => c === ' ' || c === "'" || c === '’' || c === '-';

export const isOpen = (c: string | undefined) => c === '(' || c === '（';
export const isClose = (c: string | undefined) => c === ')' || c === '）';

const MARKED: Record<string, string> = { a: 'āáǎà', e: 'ēéěè', i: 'īíǐì', o: 'ōóǒò', u: 'ūúǔù', ü: 'ǖǘǚǜ' };

/** A tone digit written after a syllable: 1–4, or 5 / 0 for the neutral tone. */
export const isToneDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '5';

/**
 * `jian` + 4 → `jiàn`: the mark goes on a or e, on the o of ou, else on the last vowel
 * (the standard placement rule). A neutral tone (5, 0) adds no mark.
 */
export function withToneNumber(syllable: string, tone: number): string {
  const s = syllable.replace(/v/g, 'ü');
  if (tone < 1 || tone > 4) return s;
  let at = s.search(/[ae]/);
  if (at < 0) at = s.indexOf('ou');
  if (at < 0) for (let k = s.length - 1; k >= 0 && at < 0; k--) if (MARKED[s[k]]) at = k;
  if (at < 0) return s;
  return s.slice(0, at) + MARKED[s[at]][tone - 1] + s.slice(at + 1);
}

/** Canonical form of a written syllable: composed tone marks, ü for v. */
export function normaliseSyllable(s: string): string {
  let out = s.replace(/v/g, 'ü');
  for (let i = 0; i < out.length; i++) {
    if (isCombiningMark(out[i])) return out.normalize('NFC');
  }
  return out;
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

export function toneless(s: string): string {
  let out = '';
  for (const c of s) out += TONELESS[c] ?? c;
  return out;
}

/**
 * `strict`: the syllable is exactly one of the character's toned readings (to judge a page).
 * Otherwise any tone, or none, will do: sources disagree on tones (績 jì / jī) and write the
 * neutral tone without a mark (的 de, 们 men).
 */
export function isReadingOf(c: string, syllable: string, strict: boolean): boolean {
  const readings = readingsOf(c);
  if (readings.includes(syllable)) return true;
  if (strict) return false;
  const bare = toneless(syllable);
  // `森林(sn ln)`: an ASCII filter dropped the marked vowels (sēn lín) and kept the rest.
  return readings.some((r) => toneless(r) === bare || (r !== toneless(r) && asciiOnly(r) === syllable)) || neutralReadingsOf(c).includes(bare);
}

/** A toned reading as an ASCII-only filter leaves it: the marked letters dropped. */
const asciiOnly = (reading: string) => reading.replace(/[^a-z]/g, '');

/** The gloss `(…)` opening at `i`: its syllable tokens (split at separators) and its end. */
export function readGloss(text: string, i: number): { tokens: string[]; end: number } | null {
  if (!isOpen(text[i])) return null;
  const tokens: string[] = [];
  let token = ''; // the current token, tone numbers already turned into marks
  let start = i + 1; // start of the syllable letters not yet added to `token`
  for (let j = i + 1; j < text.length && j - i <= MAX_GLOSS; j++) {
    const c = text[j];
    if (isSyllableChar(c)) continue;
    if (isToneDigit(c) && j > start) {
      // `jian4`, `jian4she4`: the digit closes the syllable before it.
      token += withToneNumber(text.slice(start, j), Number(c));
      start = j + 1;
      continue;
    }
    if (!isClose(c) && !isSeparator(c)) return null;
    if (j > start) token += text.slice(start, j);
    if (token) tokens.push(normaliseSyllable(token));
    token = '';
    start = j + 1;
    if (isClose(c)) return tokens.length > 0 ? { tokens, end: j + 1 } : null;
  }
  return null;
}

/**
 * Number of characters at the end of `chars` (a run of ideographs, last one nearest the
 * gloss) that `tokens` spell, or 0. Each token is one or more whole syllables; a syllable
 * ending in r may cover a following 儿. The fewest characters that fit win.
 */
export function glossCoverage(tokens: readonly string[], chars: readonly string[], strict: boolean): number {
  let letters = 0;
  for (const t of tokens) letters += t.length;
  const maxK = Math.min(chars.length, MAX_GLOSS_CHARS, letters + 1);
  for (let k = Math.max(1, tokens.length); k <= maxK; k++) {
    if (spells(tokens, chars.slice(chars.length - k), strict)) return k;
  }
  return 0;
}

/** Whether the tokens spell exactly these characters. Memoised on (token, offset, char). */
function spells(tokens: readonly string[], chars: readonly string[], strict: boolean): boolean {
  const failed = new Set<number>();
  const go = (t: number, pos: number, ci: number): boolean => {
    if (t === tokens.length) return ci === chars.length;
    if (pos === tokens[t].length) return pos > 0 && go(t + 1, 0, ci);
    if (ci === chars.length) return false;
    const key = (t * 64 + pos) * 8 + ci;
    if (failed.has(key)) return false;
    const token = tokens[t];
    for (let len = 1; len <= MAX_SYLLABLE && pos + len <= token.length; len++) {
      const syllable = token.slice(pos, pos + len);
      if (isReadingOf(chars[ci], syllable, strict) && go(t, pos + len, ci + 1)) return true;
      // Erhua: `diǎnr` reads 点儿.
      if (
        chars[ci + 1] === '儿' &&
        syllable.length > 1 &&
        syllable.endsWith('r') &&
        isReadingOf(chars[ci], syllable.slice(0, -1), strict) &&
        go(t, pos + len, ci + 2)
      )
        return true;
    }
    failed.add(key);
    return false;
  };
  return go(0, 0, 0);
}
