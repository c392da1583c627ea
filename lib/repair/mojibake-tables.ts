/**
 * Byte tables for the legacy encodings mojibake comes from, built from the platform's own
 * TextDecoder (no encoding library shipped). Each table is built once, lazily, on first need,
 * by decoding every byte pair in one bulk call.
 */

export type Legacy = 'gbk' | 'big5';

export interface DoubleByteTable {
  /** (lead << 8 | trail) → UTF-16 code unit, 0 when the pair decodes to nothing useful. */
  decode: Uint16Array;
  /** code unit → (lead << 8 | trail), 0 when the character has no double-byte form. */
  encode: Uint16Array;
}

const tables: Partial<Record<Legacy, DoubleByteTable>> = {};

/** Trail bytes each encoding allows (GBK: 0x40–0xFE minus 0x7F; Big5: 0x40–0x7E, 0xA1–0xFE). */
function isTrail(enc: Legacy, b: number): boolean {
  if (enc === 'gbk') return b >= 0x40 && b <= 0xfe && b !== 0x7f;
  return (b >= 0x40 && b <= 0x7e) || (b >= 0xa1 && b <= 0xfe);
}

/**
 * Decode lead 0x81–0xFE × every allowed trail. Pairs are separated by '\n' so that an invalid
 * pair cannot swallow its neighbour; pieces that are not exactly one code unit are dropped.
 */
function buildDoubleByte(enc: Legacy): DoubleByteTable {
  const pairs: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (isTrail(enc, trail)) pairs.push((lead << 8) | trail);
  }
  const buf = new Uint8Array(pairs.length * 3);
  pairs.forEach((p, i) => {
    buf[i * 3] = p >> 8;
    buf[i * 3 + 1] = p & 0xff;
    buf[i * 3 + 2] = 0x0a;
  });
  const pieces = new TextDecoder(enc).decode(buf).split('\n');
  const decode = new Uint16Array(65536);
  const encode = new Uint16Array(65536);
  for (let i = 0; i < pairs.length; i++) {
    const piece = pieces[i];
    if (piece === undefined || piece.length !== 1) continue;
    const c = piece.charCodeAt(0);
    if (c === 0xfffd || c < 0x80 || (c >= 0xd800 && c <= 0xdfff)) continue;
    decode[pairs[i]] = c;
    // Some characters have two byte forms; the first (standard) one is the encoder's choice.
    if (encode[c] === 0) encode[c] = pairs[i];
  }
  return { decode, encode };
}

export function doubleByteTable(enc: Legacy): DoubleByteTable {
  return (tables[enc] ??= buildDoubleByte(enc));
}

let cp1252Decode: Uint16Array | undefined;
let cp1252Encode: Int16Array | undefined;

/**
 * windows-1252 as browsers decode it. Node's ICU decodes the label as ISO-8859-1 (0x80–0x9F
 * become C1 controls), so the 32 bytes where the two differ are spelled out here; the
 * encoder accepts both spellings.
 */
const CP1252_80_9F = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function cp1252Tables(): { decode: Uint16Array; encode: Int16Array } {
  if (!cp1252Decode || !cp1252Encode) {
    cp1252Decode = new Uint16Array(256);
    cp1252Encode = new Int16Array(65536).fill(-1);
    for (let i = 0; i < 256; i++) {
      const c = i >= 0x80 && i <= 0x9f ? CP1252_80_9F.charCodeAt(i - 0x80) : i;
      cp1252Decode[i] = c;
      cp1252Encode[c] = i;
      cp1252Encode[i] = i; // C1 spelling (ISO-8859-1 decoders)
    }
  }
  return { decode: cp1252Decode, encode: cp1252Encode };
}

/** Decode bytes as windows-1252 the way browsers do (used to build test corpora too). */
export function decodeCp1252(bytes: Uint8Array): string {
  const { decode } = cp1252Tables();
  let out = '';
  for (const b of bytes) out += String.fromCharCode(decode[b]);
  return out;
}

/** Character frequency classes used to score candidate decodings. */
export const CharClass = {
  Other: 0,
  /** GB2312 level 1 (0xB0A1–0xD7F9) or Big5 frequent characters (0xA440–0xC67E). */
  CommonHan: 1,
  /** GB2312 level 2 or Big5 less-frequent characters: real, but rarer. */
  KnownHan: 2,
} as const;
type CharClassValue = (typeof CharClass)[keyof typeof CharClass];

let classes: Uint8Array | undefined;

/** Common/known Han characters, derived from the GB2312 and Big5 level ranges. */
export function charClasses(): Uint8Array {
  if (classes) return classes;
  const cls = new Uint8Array(65536);
  const gbk = doubleByteTable('gbk').decode;
  const big5 = doubleByteTable('big5').decode;
  const mark = (table: Uint16Array, leadFrom: number, leadTo: number, trailFrom: number, trailTo: number, cl: CharClassValue) => {
    for (let lead = leadFrom; lead <= leadTo; lead++) {
      for (let trail = trailFrom; trail <= trailTo; trail++) {
        const c = table[(lead << 8) | trail];
        if (c && (cls[c] === CharClass.Other || cl === CharClass.CommonHan)) cls[c] = cl;
      }
    }
  };
  mark(gbk, 0xd8, 0xf7, 0xa1, 0xfe, CharClass.KnownHan);
  mark(big5, 0xc9, 0xf9, 0x40, 0xfe, CharClass.KnownHan);
  mark(gbk, 0xb0, 0xd7, 0xa1, 0xfe, CharClass.CommonHan);
  // Big5 frequent block ends at 0xC67E.
  mark(big5, 0xa4, 0xc5, 0x40, 0xfe, CharClass.CommonHan);
  mark(big5, 0xc6, 0xc6, 0x40, 0x7e, CharClass.CommonHan);
  classes = cls;
  return cls;
}

/** Encode `text` as GBK or Big5 bytes; null when a character has no form in the encoding. */
export function encodeDoubleByte(text: string, enc: Legacy): Uint8Array | null {
  const { encode } = doubleByteTable(enc);
  const out = new Uint8Array(text.length * 2);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) out[n++] = c;
    else {
      const p = encode[c];
      if (!p) return null;
      out[n++] = p >> 8;
      out[n++] = p & 0xff;
    }
  }
  return out.subarray(0, n);
}

/** Encode `text` as windows-1252 bytes; null when a character is outside it. */
export function encodeCp1252(text: string): Uint8Array | null {
  const { encode } = cp1252Tables();
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = encode[text.charCodeAt(i)];
    if (b < 0) return null;
    out[i] = b;
  }
  return out;
}

let leadMarkers: Uint8Array | undefined;

/**
 * Characters that GBK or Big5 make of a UTF-8 lead byte of Han text (0xE3–0xE9, 0xEF) and a
 * continuation byte: UTF-8 read as GBK/Big5 shows one every three characters. Built from a
 * few hundred pairs only, so the cheap pre-check needs no full table.
 */
export function utf8LeadMarkers(): Uint8Array {
  if (leadMarkers) return leadMarkers;
  const marks = new Uint8Array(65536);
  const leads = [0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xef];
  for (const enc of ['gbk', 'big5'] as const) {
    const bytes: number[] = [];
    for (const lead of leads) {
      for (let cont = 0x80; cont <= 0xbf; cont++) {
        // The lead byte falls first or second in a displayed pair, depending on alignment.
        if (isTrail(enc, cont)) bytes.push(lead, cont, 0x0a);
        if (cont >= 0x81 && isTrail(enc, lead)) bytes.push(cont, lead, 0x0a);
      }
    }
    for (const piece of new TextDecoder(enc).decode(new Uint8Array(bytes)).split('\n')) {
      if (piece.length === 1 && piece !== '\uFFFD') marks[piece.charCodeAt(0)] = 1;
    }
  }
  leadMarkers = marks;
  return marks;
}
