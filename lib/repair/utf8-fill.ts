/**
 * Byte arithmetic for UTF-8 that lost bytes on the way (read as GBK, an invalid pair became
 * U+FFFD or `?`): the bytes that survived fix most of each character — `E6 ?? ??` is one of
 * U+6000–U+6FFF, `E3 80 ??` one of U+3000–U+303F — and the neighbours choose among those: a
 * character that makes a dictionary word with the one before or after it (阶 + 段). Where no
 * candidate stands out the loss stays marked (U+FFFD).
 */
import { LOST_BYTE, type Piece } from './mojibake-decode';
import { unitScore, wordBigram } from './mojibake-score';

/** Longest lost stretch filled (three characters of three bytes). */
const MAX_FILL_BYTES = 9;
/** Most candidates looked at for one character (two unknown continuation bytes). */
const MAX_CANDIDATES = 4096;

const seqLength = (lead: number) => (lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : 0);

/** Code points a sequence with unknown bytes (LOST_BYTE) may stand for; [] when none. */
function candidates(seq: number[]): number[] {
  const out: number[] = [];
  const n = seq.length;
  const walk = (k: number, acc: number[]) => {
    if (out.length >= MAX_CANDIDATES) return;
    if (k === n) {
      const cp = n === 2 ? ((acc[0] & 0x1f) << 6) | (acc[1] & 0x3f) : ((acc[0] & 0x0f) << 12) | ((acc[1] & 0x3f) << 6) | (acc[2] & 0x3f);
      if (cp >= 0x80 && !(cp >= 0xd800 && cp <= 0xdfff)) out.push(cp);
      return;
    }
    const lo = k === 1 && acc[0] === 0xe0 ? 0xa0 : 0x80;
    const hi = k === 1 && acc[0] === 0xed ? 0x9f : 0xbf;
    if (seq[k] !== LOST_BYTE) {
      if (seq[k] >= lo && seq[k] <= hi) walk(k + 1, [...acc, seq[k]]);
      return;
    }
    for (let b = lo; b <= hi; b++) walk(k + 1, [...acc, b]);
  };
  if (seq[0] === LOST_BYTE) {
    // A lost lead: it set the length, which the segmentation chose.
    for (let lead = n === 2 ? 0xc2 : 0xe0; lead <= (n === 2 ? 0xdf : 0xef); lead++) walk(1, [lead]);
  } else if (seqLength(seq[0]) === n) walk(1, [seq[0]]);
  return out;
}

const SENTENCE_END = 0x3002; // 。
const isLineEnd = (c: string | undefined) => c === undefined || c === '\n' || c === '\r';

/** The candidate the neighbours single out, or -1. */
function choose(cands: number[], prev: number, next: number, nextChar: string | undefined): number {
  let best = -1;
  let bestScore = -Infinity;
  let tie = false;
  for (const cp of cands) {
    let score = unitScore(cp);
    let words = 0;
    if (prev >= 0 && wordBigram(prev, cp)) words++;
    if (next >= 0 && wordBigram(cp, next)) words++;
    score += 2 * words;
    // A lost mark at the end of a line ends the sentence.
    if (cp === SENTENCE_END && isLineEnd(nextChar)) score += 4;
    if (score > bestScore) {
      bestScore = score;
      best = cp;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  // Words on both sides, or a sentence end, are evidence; one word alone is a guess (random
  // neighbours make some word with one of sixty candidates), and so is a common character.
  return !tie && bestScore >= 4 ? best : -1;
}

/**
 * Fills the lost pieces of a UTF-8 decode where the surviving bytes and the neighbours decide.
 * `after` is the character following the decoded stretch in the text.
 */
export function fillLostUtf8(pieces: Piece[], bytes: Uint8Array, after: string | undefined): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    const width = p.to - p.from;
    if (!p.lost || !p.marked || width > MAX_FILL_BYTES || width < 2) {
      out.push(p);
      continue;
    }
    const seg = Array.from(bytes.subarray(p.from, p.to));
    // Nothing survived: no arithmetic to do.
    if (seg.every((b) => b === LOST_BYTE)) {
      out.push(p);
      continue;
    }
    const prevText = out.length ? out[out.length - 1].text : '';
    const prev = prevText ? prevText.charCodeAt(prevText.length - 1) : -1;
    const nextPiece = pieces[i + 1];
    const next = nextPiece && !nextPiece.lost ? nextPiece.text.charCodeAt(0) : -1;
    const nextChar = nextPiece ? nextPiece.text[0] : after;
    const filled = fillSegment(seg, prev, next, nextChar);
    if (filled === null) out.push(p);
    else {
      const complete = !filled.includes('\uFFFD');
      out.push({ ...p, text: filled, lost: !complete, marked: !complete });
    }
  }
  return out;
}

/** Split a lost segment into whole characters (3-byte first, then 2-byte) and choose each. */
function fillSegment(seg: number[], prev: number, next: number, nextChar: string | undefined): string | null {
  const lengths: number[] = [];
  let k = 0;
  while (k < seg.length) {
    const len = seg[k] === LOST_BYTE ? (seg.length - k >= 3 ? 3 : seg.length - k) : seqLength(seg[k]);
    if (len < 2 || k + len > seg.length) return null;
    lengths.push(len);
    k += len;
  }
  let text = '';
  let left = prev;
  k = 0;
  for (let c = 0; c < lengths.length; c++) {
    const cands = candidates(seg.slice(k, k + lengths[c]));
    const last = c === lengths.length - 1;
    const cp = choose(cands, left, last ? next : -1, last ? nextChar : undefined);
    text += cp < 0 ? '\uFFFD' : String.fromCharCode(cp);
    left = cp;
    k += lengths[c];
  }
  return text.replace(/\uFFFD/g, '') === '' ? null : text;
}
