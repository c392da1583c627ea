/**
 * Character counts that survive damaged text: we never read words, only count Chinese
 * characters and sentence punctuation, so pinyin injections (`區(qū)`), half-width
 * punctuation and mojibake (which decodes to CJK or U+FFFD) still measure as prose.
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

/** One pass over the string; no regular expressions, no allocation. */
export function countText(s: string): TextCounts {
  let cjk = 0;
  let punct = 0;
  let prevCjk = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isMojibakeMark(c)) punct++;
    if (isCjkCode(c)) {
      cjk++;
      prevCjk = true;
    } else {
      if (isSentenceMark(c, prevCjk)) punct++;
      if (c !== 0x20) prevCjk = false;
    }
  }
  return { cjk, punct };
}

/** Chinese characters only (cheap, for link text). */
export function countCjk(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (isCjkCode(s.charCodeAt(i))) n++;
  return n;
}
