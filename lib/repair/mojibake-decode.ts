/**
 * Byte-level decoders that remember where each output character came from, so a repair can
 * be reported as edits in offsets of the damaged text. Both run in one linear pass.
 */
import { doubleByteTable, type Legacy } from './mojibake-tables';
import { unitScore } from './mojibake-score';

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

/**
 * Decode GBK or Big5 bytes choosing, by dynamic programming, the pairing that reads best:
 * a byte may be declared lost, which re-aligns the pairs after a dropped byte.
 */
export function decodeDoubleByte(bytes: Uint8Array, enc: Legacy): Piece[] {
  const { decode } = doubleByteTable(enc);
  const n = bytes.length;
  const best = new Float64Array(n + 1).fill(-Infinity);
  const step = new Uint8Array(n + 1); // 1 single, 2 pair, 3 skip: how position i was reached
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    const here = best[i];
    if (here === -Infinity) continue;
    const b = bytes[i];
    if (b < 0x80 || (b === 0x80 && enc === 'gbk')) {
      if (here > best[i + 1]) {
        best[i + 1] = here;
        step[i + 1] = 1;
      }
    } else {
      // Next to a loss the display already shows, a byte without partner is expected.
      const nearLoss = b === LOST_BYTE || bytes[i + 1] === LOST_BYTE || (i > 0 && bytes[i - 1] === LOST_BYTE);
      const v = here + (nearLoss ? NEAR_LOSS_SKIP_COST : SKIP_COST);
      if (v > best[i + 1]) {
        best[i + 1] = v;
        step[i + 1] = 3;
      }
    }
    if (i + 1 < n && b >= 0x81) {
      const c = decode[(b << 8) | bytes[i + 1]];
      if (c) {
        const v = here + unitScore(c);
        if (v > best[i + 2]) {
          best[i + 2] = v;
          step[i + 2] = 2;
        }
      }
    }
  }
  const rev: Piece[] = [];
  let i = n;
  while (i > 0) {
    const s = step[i];
    if (s === 1) {
      rev.push({ text: bytes[i - 1] === 0x80 ? '\u20ac' : String.fromCharCode(bytes[i - 1]), from: i - 1, to: i, lost: false, marked: false });
      i--;
    } else if (s === 2) {
      rev.push({ text: String.fromCharCode(decode[(bytes[i - 2] << 8) | bytes[i - 1]]), from: i - 2, to: i, lost: false, marked: false });
      i -= 2;
    } else {
      let j = i - 1;
      while (j > 0 && step[j] === 3) j--;
      rev.push({ text: '\uFFFD'.repeat(Math.ceil((i - j) / 2)), from: j, to: i, lost: true, marked: hasLostByte(bytes, j, i) });
      i = j;
    }
  }
  return rev.reverse();
}
