/**
 * How much a string reads like real text: a per-character score summed over the string.
 * Common Han characters and Chinese punctuation earn points; rare Han, private-use,
 * replacement characters, stray symbols and Latin-1 clusters (the look of mojibake) cost.
 * The same function scores the damaged run and each candidate repair, so gains compare.
 */
import { CharClass, charClasses } from './mojibake-tables';
import { isWordBigram } from './pinyin-data';

export const SCORE_REPLACEMENT = -2;

/**
 * Score of an ASCII byte 0x40–0x7E standing alone between two CJK characters (U+3000 up, loss marks excepted): odd in
 * Chinese text (A股 and 首页|新闻 exist, but rarely), typical of Big5 resynchronising.
 */
export const LONE_TRAIL_SCORE = -3;

const CJK_PUNCT = new Set('，。、；：？！“”‘’（）《》〈〉【】「」『』—…·～％＋－．／０１２３４５６７８９');

function isLatin1Letter(c: number): boolean {
  return c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7;
}
function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** Score of s[i] given its neighbours (Latin-1 letters inside Latin words are fine). */
function charScore(s: string, i: number, cls: Uint8Array): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) {
    // A lone letter or symbol in the trail-byte range between two CJK characters is rare in
    // Chinese text and typical of a Big5/GBK decoder resynchronising after a lost byte.
    const cjk = (x: number) => x >= 0x3000 && x !== 0xfffd;
    const lone = c >= 0x40 && c <= 0x7e && i > 0 && cjk(s.charCodeAt(i - 1)) && cjk(s.charCodeAt(i + 1));
    return lone ? LONE_TRAIL_SCORE : 0;
  }
  if (c === 0xfffd) return SCORE_REPLACEMENT;
  // 锟斤拷 is the GBK reading of UTF-8 U+FFFD: a loss marker, never real text.
  if ((c === 0x951f && s[i + 1] === '斤') || (s[i] === '斤' && s[i - 1] === '锟') || (s[i] === '拷' && s[i - 1] === '斤' && s[i - 2] === '锟')) return SCORE_REPLACEMENT;
  if (isHan(c)) {
    const k = cls[c];
    return k === CharClass.CommonHan ? 1 : k === CharClass.KnownHan ? -0.3 : -1.2;
  }
  if (CJK_PUNCT.has(s[i])) return 0.5;
  if (c < 0xa0) return -3; // C1 controls
  if (c <= 0xff) {
    if (!isLatin1Letter(c)) return c === 0xb7 || c === 0xb0 ? -0.2 : -1;
    // An accented letter next to ASCII letters is a word (café, Müller); next to other
    // Latin-1 high characters it is the classic mojibake cluster.
    const prev = i > 0 ? s.charCodeAt(i - 1) : 0x20;
    const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0x20;
    const wordish = (x: number) => isAsciiLetter(x) || x === 0x20 || x === 0x2d || x === 0x27 || x === 0x2e || x === 0x2c;
    return wordish(prev) && wordish(next) && (isAsciiLetter(prev) || isAsciiLetter(next)) ? 0 : -1;
  }
  if (c >= 0xe000 && c <= 0xf8ff) return -3; // private use: GBK user-defined areas
  if (c >= 0xff01 && c <= 0xff5e) return 0.2; // full-width forms
  if (c >= 0x3000 && c <= 0x303f) return 0.2;
  if (c >= 0x2010 && c <= 0x2027) return 0; // general punctuation (curly quotes, dashes)
  return -1.5; // kana, Hangul, Greek, Cyrillic, box drawing, symbols: odd in Chinese text
}

/**
 * Bonus for two Han characters that occur together inside a dictionary word. Common
 * characters alone cannot tell a realigned reading from a misaligned one (both are mostly
 * common Han); only real text strings them into words, about one pair in three.
 */
export const BIGRAM_BONUS = 0.6;

/** Whether code units a, b are two Han characters forming part of a word (either script). */
export function wordBigram(a: number, b: number): boolean {
  return isHan(a) && isHan(b) && isWordBigram(String.fromCharCode(a), String.fromCharCode(b));
}

/** Sum of character scores of s[from, to), neighbours outside the range giving context; word
 * bigrams count on every pair touching the range, so both edges are judged alike. */
export function textScore(s: string, from = 0, to = s.length): number {
  const cls = charClasses();
  let total = 0;
  for (let i = from; i < to; i++) total += charScore(s, i, cls);
  for (let i = Math.max(from, 1); i <= to && i < s.length; i++) {
    if (wordBigram(s.charCodeAt(i - 1), s.charCodeAt(i))) total += BIGRAM_BONUS;
  }
  return total;
}

let unitScores: Float32Array | undefined;

/** Score of a single code unit with no context (used inside the byte-level decoders). */
export function unitScore(c: number): number {
  if (c < 0x80) return 0;
  unitScores ??= new Float32Array(65536).fill(NaN);
  let v = unitScores[c];
  if (Number.isNaN(v)) v = unitScores[c] = charScore(String.fromCharCode(c), 0, charClasses());
  return v;
}

/** Share of "good" characters (common Han, Chinese punctuation, ASCII) among non-space ones. */
export function goodShare(s: string): number {
  const cls = charClasses();
  let good = 0;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c === 0xfffd) continue;
    total++;
    if (c < 0x80 || CJK_PUNCT.has(s[i]) || cls[c] === CharClass.CommonHan || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff5e)) good++;
    else if (isLatin1Letter(c) && charScore(s, i, cls) === 0) good++;
  }
  return total === 0 ? 1 : good / total;
}

/**
 * Share of adjacent ideograph pairs that are dictionary word pairs: about a third in real
 * text, a few in a misreading (which is mostly common characters too, but strung at random).
 * NaN when there are fewer than `minPairs` pairs to judge.
 */
export function wordPairShare(s: string, minPairs = 4): number {
  let pairs = 0;
  let words = 0;
  for (let i = 1; i < s.length; i++) {
    const a = s.charCodeAt(i - 1);
    const b = s.charCodeAt(i);
    if (!isHan(a) || !isHan(b)) continue;
    pairs++;
    if (wordBigram(a, b)) words++;
  }
  return pairs < minPairs ? NaN : words / pairs;
}
