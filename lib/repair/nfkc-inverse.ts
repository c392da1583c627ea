/**
 * Undoing Unicode NFKC on mojibake. A mis-decoded page that later went through NFKC has its
 * compatibility characters folded (`º`→`o`, `½`→`1⁄2`, `¨`→` ̈`, `…`→`...`, `Ŀ`→`L·`, `ﬁ`→`fi`)
 * and a letter followed by a combining mark composed (`e`+U+0301 → `é`). This table maps each
 * folded or composed string back to the characters that produce it, so a decoder can read
 * `1⁄2` as the byte of `½`. Built once, on first need, from the platform's own
 * String.prototype.normalize: no data is shipped.
 */

/** Folded string → source strings (one character, or a letter and a combining mark). */
let inverse: Map<string, string[]> | null = null;
/** Longest folded string in the table (`...`, `1⁄4`, ` ̈`, `ǈ`→`Lj`). */
export const MAX_FOLDED = 4;

const isCombining = (c: number) => c >= 0x300 && c <= 0x36f;

function add(map: Map<string, string[]>, folded: string, source: string): void {
  if (folded.length === 0 || folded.length > MAX_FOLDED || folded === source) return;
  const list = map.get(folded);
  if (!list) map.set(folded, [source]);
  else if (!list.includes(source)) list.push(source);
}

function build(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  // Characters a wrong decoder shows: Latin-1 and windows-1252 (one byte), and the two- and
  // three-byte UTF-8 range a tolerant decoder reads (surrogates excluded).
  for (let cp = 0xa0; cp <= 0xffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    if (cp >= 0x3400 && cp <= 0x9fff) continue; // ideographs fold to nothing else
    const c = String.fromCharCode(cp);
    add(map, c.normalize('NFKC'), c);
  }
  // A letter (ASCII or from a Latin-1 byte) followed by a combining mark read as UTF-8: NFKC
  // composes the pair into one precomposed letter.
  for (let base = 0x41; base <= 0xff; base++) {
    if (base > 0x7a && base < 0xc0) continue;
    for (let mark = 0x300; mark <= 0x36f; mark++) {
      const pair = String.fromCharCode(base, mark);
      const composed = pair.normalize('NFKC');
      if (composed.length === 1 && !isCombining(composed.charCodeAt(0))) add(map, composed, pair);
    }
  }
  return map;
}

/** The sources of a folded string, or undefined. */
export function nfkcSources(folded: string): readonly string[] | undefined {
  inverse ??= build();
  return inverse.get(folded);
}

/**
 * Whether the text went through NFKC: it shows what NFKC leaves of Latin-1 mojibake (a
 * fraction slash `1⁄4`, a combining mark after a space ` ̈`) and holds no character NFKC
 * would have folded (`²`, `º`, `…`, a non-breaking space). Only then may a digit or letter be
 * read as a fold: `13` next to mojibake is otherwise just 13.
 */
export function showsNfkcFolding(text: string): boolean {
  let trace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2044 || (isCombining(c) && i > 0 && text.charCodeAt(i - 1) === 0x20)) trace = true;
    else if (c >= 0xa0 && c < 0x3000 && !isCombining(c) && text[i].normalize('NFKC') !== text[i]) return false;
  }
  return trace;
}
