/** Character classes shared by the repair steps. Plain comparisons: no regex backtracking. */

/** A CJK ideograph (BMP blocks; surrogate pairs of the supplementary planes count too). */
export function isHan(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    code === 0x3007 ||
    (code >= 0xd840 && code <= 0xd87f) // high surrogate of CJK extension B–F
  );
}

/** Full-width and CJK punctuation: a neighbour that marks Chinese running text. */
export function isCjkPunct(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  return (
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff01 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20) ||
    (code >= 0xff3b && code <= 0xff40) ||
    (code >= 0xff5b && code <= 0xff65) ||
    c === '“' ||
    c === '”' ||
    c === '‘' ||
    c === '’' ||
    c === '…' ||
    c === '—' ||
    c === '·' ||
    c === '●' ||
    c === '◎'
  );
}

export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

export function isAsciiLetter(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

/** Space or tab (not a line break). */
export function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u3000' || c === '\u00a0';
}

/** Count ideographs in a text. */
export function countHan(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isHan(text[i])) n++;
  return n;
}
