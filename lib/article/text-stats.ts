/**
 * Character counts that survive damaged text: we never read words, only count Chinese
 * characters and sentence punctuation, so pinyin injections (`區(qū)`), half-width
 * punctuation and mojibake still measure as prose. Mojibake that decodes to CJK or U+FFFD
 * counts as it is; Chinese bytes shown as Latin-1/windows-1252 (`ÏûÏ¢£º` for 消息：, no Han
 * character at all) count as one Chinese character per two such characters, and their
 * punctuation (`£¬` for ，, `¡£` for 。, UTF-8's `ï¼`/`ã€`) as sentence marks.
 */

export interface TextCounts {
  /** Chinese characters (CJK ideographs, plus U+FFFD which stands for a lost one). */
  cjk: number;
  /** Sentence punctuation: 。，、；！？ and half-width , ; ! ? (and . right after a Chinese character). */
  punct: number;
}

function isCjkCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xd840 && c <= 0xd87f) || // high surrogate of an extension-B+ ideograph: count the pair once
    c === 0xfffd
  );
}

function isSentenceMark(c: number, prevIsCjk: boolean): boolean {
  switch (c) {
    case 0x3002: // 。
    case 0xff0c: // ，
    case 0x3001: // 、
    case 0xff1b: // ；
    case 0xff01: // ！
    case 0xff1f: // ？
    case 0x2c: // ,
    case 0x3b: // ;
    case 0x21: // !
    case 0x3f: // ?
      return true;
    case 0x2e: // . ends a sentence only after Chinese text (not in numbers or URLs)
      return prevIsCjk;
    default:
      return false;
  }
}

/**
 * Full-width punctuation in UTF-8 text misread as GBK becomes one of a few rare characters:
 * 锛 (EF BC: ，；：！？), 紝 (the same bytes one byte off) and 銆 (E3 80: 。、).
 * They still mark sentences.
 */
function isMojibakeMark(c: number): boolean {
  return c === 0x951b || c === 0x7d1d || c === 0x9286;
}

/** A character a legacy Chinese byte shows as under windows-1252 (Latin-1 letters and signs, C1, cp1252's extras). */
function isHighByteChar(c: number): boolean {
  return (c >= 0x80 && c <= 0xff && c !== 0xa0) || c === 0x152 || c === 0x153 || c === 0x160 || c === 0x161 || c === 0x178 || c === 0x17d || c === 0x17e || c === 0x192 || c === 0x2c6 || c === 0x2dc || c === 0x20ac || c === 0x2122;
}

/** Chinese punctuation as windows-1252 shows its bytes: GBK ，；：！？ (A3 xx), 。、 (A1 xx), UTF-8 ，。 (ï¼ / ã€). */
function isLatinMark(c: number, next: number): boolean {
  if (c === 0xa3) return next === 0xac || next === 0xbb || next === 0xba || next === 0xa1 || next === 0xbf;
  if (c === 0xa1) return next === 0xa3 || next === 0xa2;
  if (c === 0xef) return next === 0xbc;
  if (c === 0xe3) return next === 0x20ac;
  return false;
}

/** One pass over the string; no regular expressions, no allocation. */
export function countText(s: string): TextCounts {
  let cjk = 0;
  let punct = 0;
  let prevCjk = false;
  let highRun = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isMojibakeMark(c)) punct++;
    if (isHighByteChar(c)) {
      // Runs of two or more: an accented letter between ASCII letters (Müller) is a word.
      highRun++;
      if (isLatinMark(c, s.charCodeAt(i + 1))) punct++;
      continue;
    }
    if (highRun >= 2) cjk += highRun >> 1;
    highRun = 0;
    if (isCjkCode(c)) {
      cjk++;
      prevCjk = true;
    } else {
      if (isSentenceMark(c, prevCjk)) punct++;
      if (c !== 0x20) prevCjk = false;
    }
  }
  if (highRun >= 2) cjk += highRun >> 1;
  return { cjk, punct };
}

/** Chinese characters only (cheap, for link text); shown-as-Latin-1 Chinese counts too. */
export function countCjk(s: string): number {
  let n = 0;
  let highRun = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isHighByteChar(c)) {
      highRun++;
      continue;
    }
    if (highRun >= 2) n += highRun >> 1;
    highRun = 0;
    if (isCjkCode(c)) n++;
  }
  if (highRun >= 2) n += highRun >> 1;
  return n;
}
