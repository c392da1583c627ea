/**
 * Byte-level decoders that remember where each output character came from, so a repair can
 * be reported as edits in offsets of the damaged text. Both run in one linear pass.
 */
import { doubleByteTable, type Legacy } from './mojibake-tables';
import { BIGRAM_BONUS, LONE_TRAIL_SCORE, unitScore, wordBigram } from './mojibake-score';

/** Byte value standing for bytes the display already lost (a U+FFFD in the damaged text). */
export const LOST_BYTE = 0xff;

/** One output piece: its text, the byte span it came from, and whether it is a loss marker. */
export interface Piece {
  text: string;
  from: number;
  to: number;
  lost: boolean;
  /** The lost bytes include a U+FFFD of the damaged text (the loss is not ours). */
  marked: boolean;
}

function hasLostByte(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (bytes[i] === LOST_BYTE) return true;
  return false;
}

/** Length of the valid UTF-8 sequence at i (0 when invalid). */
function utf8Length(b: Uint8Array, i: number): number {
  const x = b[i];
  if (x < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
  if (x >= 0xc2 && x <= 0xdf) return cont(1) ? 2 : 0;
  if (x >= 0xe0 && x <= 0xef) {
    const lo = x === 0xe0 ? 0xa0 : 0x80;
    const hi = x === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (x >= 0xf0 && x <= 0xf4) {
    const lo = x === 0xf0 ? 0x90 : 0x80;
    const hi = x === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * UTF-8 decode. A stretch of invalid bytes becomes one piece of ⌈n/3⌉ U+FFFD (a lost Han
 * character is three bytes), and so does a decoded U+FFFD: both are losses.
 */
export function decodeUtf8(bytes: Uint8Array): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  let bad = -1;
  let sawLost = false;
  const flush = (end: number) => {
    if (bad < 0) return;
    out.push({ text: '\uFFFD'.repeat(Math.ceil((end - bad) / 3)), from: bad, to: end, lost: true, marked: hasLostByte(bytes, bad, end) });
    bad = -1;
  };
  while (i < bytes.length) {
    const n = utf8Length(bytes, i);
    if (n === 0) {
      if (bad < 0) bad = i;
      i++;
      if (bytes[i - 1] === LOST_BYTE) sawLost = true;
      // After a loss the display already shows, only the continuation bytes of the character
      // it broke belong to it; a new lead byte starts another matter.
      const next = bytes[i];
      if (sawLost && i < bytes.length && next !== LOST_BYTE && (next < 0x80 || next > 0xbf)) {
        flush(i);
        sawLost = false;
      }
      continue;
    }
    flush(i);
    sawLost = false;
    let cp: number;
    const x = bytes[i];
    if (n === 1) cp = x;
    else if (n === 2) cp = ((x & 0x1f) << 6) | (bytes[i + 1] & 0x3f);
    else if (n === 3) cp = ((x & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f);
    else cp = ((x & 0x07) << 18) | ((bytes[i + 1] & 0x3f) << 12) | ((bytes[i + 2] & 0x3f) << 6) | (bytes[i + 3] & 0x3f);
    const lost = cp === 0xfffd;
    out.push({ text: String.fromCodePoint(cp), from: i, to: i + n, lost, marked: lost });
    i += n;
  }
  flush(i);
  return out;
}

/** Cost of declaring one byte lost; a realignment must pay for itself over a few characters. */
const SKIP_COST = -4;
const NEAR_LOSS_SKIP_COST = -0.5;
/** A lone trail byte shows a loss in the few bytes before it (Big5 resyncs within a pair or
 * two), so a skip there is cheaper: the realignment needs fewer characters to pay for it. */
const LONE_REACH = 6;
const BEFORE_LONE_SKIP_COST = -2;

/**
 * Decode GBK or Big5 bytes choosing, by dynamic programming, the pairing that reads best:
 * a byte may be declared lost, which re-aligns the pairs after a dropped byte. Two states per
 * position (last step a pair or not) let a pair that continues a word with the previous pair
 * earn the bigram bonus: after a loss, a misaligned pair is often a common character too, and
 * only fluency tells on which side of it the gap belongs. `loneTrail` marks the bytes that were
 * a lone ASCII character between double-byte characters in the text (see isLoneTrail).
 */
export function decodeDoubleByte(bytes: Uint8Array, enc: Legacy, loneTrail?: Uint8Array): Piece[] {
  const { decode } = doubleByteTable(enc);
  const n = bytes.length;
  // plain[i]: best score reaching i by a single byte, a skip, or the start; paired[i]: by a pair.
  const plain = new Float64Array(n + 1).fill(-Infinity);
  const paired = new Float64Array(n + 1).fill(-Infinity);
  const plainStep = new Uint8Array(n + 1); // 1 single, 3 skip
  const plainFrom = new Uint8Array(n + 1); // 0 plain, 1 paired: state at i - 1
  const pairedFrom = new Uint8Array(n + 1); // state at i - 2
  plain[0] = 0;
  // nextLone[i]: the first lone trail byte at or after i (n + LONE_REACH + 1 when none).
  const nextLone = new Int32Array(n + 1).fill(n + LONE_REACH + 1);
  if (loneTrail) for (let i = n - 1; i >= 0; i--) nextLone[i] = loneTrail[i] === 1 ? i : nextLone[i + 1];
  const pairAt = (i: number) => decode[(bytes[i] << 8) | bytes[i + 1]];
  const relax = (to: number, v: number, state: 0 | 1, step: number, from: number) => {
    if (state === 0) {
      if (v > plain[to]) {
        plain[to] = v;
        plainStep[to] = step;
        plainFrom[to] = from;
      }
    } else if (v > paired[to]) {
      paired[to] = v;
      pairedFrom[to] = from;
    }
  };
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    const c = i + 1 < n && b >= 0x81 ? pairAt(i) : 0;
    // The paired state first: on a tie the path that realigned earlier (and kept pairing) wins,
    // which puts the loss at the first byte where the reading went wrong.
    for (const from of [1, 0] as const) {
      const here = from === 0 ? plain[i] : paired[i];
      if (here === -Infinity) continue;
      if (b < 0x80 || (b === 0x80 && enc === 'gbk')) {
        // A trail-range ASCII byte alone between double-byte characters reads as odd: it is
        // usually what is left of a character whose lead byte was lost.
        const lone = loneTrail !== undefined && loneTrail[i] === 1;
        // Never declared lost by itself (it may be a real letter or separator: A股, 首页|新闻);
        // it matters as the trail byte of a realigned pair.
        relax(i + 1, here + (lone ? LONE_TRAIL_SCORE : 0), 0, 1, from);
      }
      else {
        // Next to a loss the display already shows, a byte without partner is expected.
        const nearLoss = b === LOST_BYTE || bytes[i + 1] === LOST_BYTE || (i > 0 && bytes[i - 1] === LOST_BYTE);
        const cost = nearLoss ? NEAR_LOSS_SKIP_COST : nextLone[i] - i <= LONE_REACH ? BEFORE_LONE_SKIP_COST : SKIP_COST;
        relax(i + 1, here + cost, 0, 3, from);
      }
      if (c) {
        const word = from === 1 && wordBigram(pairAt(i - 2), c) ? BIGRAM_BONUS : 0;
        relax(i + 2, here + unitScore(c) + word, 1, 2, from);
      }
    }
  }
  const rev: Piece[] = [];
  let i = n;
  let state = paired[n] > plain[n] ? 1 : 0;
  while (i > 0) {
    if (state === 1) {
      rev.push({ text: String.fromCharCode(pairAt(i - 2)), from: i - 2, to: i, lost: false, marked: false });
      state = pairedFrom[i];
      i -= 2;
    } else if (plainStep[i] === 1) {
      rev.push({ text: bytes[i - 1] === 0x80 ? '\u20ac' : String.fromCharCode(bytes[i - 1]), from: i - 1, to: i, lost: false, marked: false });
      state = plainFrom[i];
      i--;
    } else {
      // A stretch of skipped bytes becomes one loss piece.
      let j = i;
      while (j > 0 && state === 0 && plainStep[j] === 3) {
        state = plainFrom[j];
        j--;
      }
      rev.push({ text: '\uFFFD'.repeat(Math.ceil((i - j) / 2)), from: j, to: i, lost: true, marked: hasLostByte(bytes, j, i) });
      i = j;
    }
  }
  return rev.reverse();
}
