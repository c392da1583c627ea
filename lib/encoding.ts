/**
 * Bytes → text, choosing the source encoding from the bytes themselves: a byte-order mark,
 * UTF-16 without one (a zero byte in every other position), valid UTF-8, else the legacy
 * Chinese encoding, GB18030 (⊃ GBK) or Big5, told apart by their trail bytes.
 * A declared charset is not trusted: pages and files that declare the wrong one are exactly
 * the damage this project repairs. Used by the CLI for files and by the page for its own
 * bytes when the browser decoded them with the wrong charset.
 */
export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface DecodedBytes {
  text: string;
  encoding: SourceEncoding;
  /** A byte-order mark decided the encoding (and is not part of the text). */
  bom: boolean;
}

const decode = (bytes: Uint8Array, enc: SourceEncoding, fatal = false) => new TextDecoder(enc, { fatal, ignoreBOM: false }).decode(bytes);

/**
 * UTF-16 without a mark: the high byte of each code unit (odd positions in little-endian)
 * is 00 for ASCII, 30 or FF for CJK punctuation and full-width forms, 4E–9F for ideographs;
 * GBK, Big5 and UTF-8 bytes fall there by chance far less often.
 */
function utf16WithoutBom(bytes: Uint8Array): SourceEncoding | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  const likely = (b: number) => b === 0 || b === 0x30 || b === 0xff || (b >= 0x4e && b <= 0x9f);
  let odd = 0;
  let even = 0;
  for (let i = 0; i < n; i += 2) {
    if (likely(bytes[i + 1])) odd++;
    if (likely(bytes[i])) even++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.9 && even < pairs * 0.6) return 'utf-16le';
  if (even > pairs * 0.9 && odd < pairs * 0.6) return 'utf-16be';
  return null;
}

/**
 * GBK or Big5? Everyday GBK text is GB2312, whose trail bytes are all 0xA1 or above; Big5
 * puts a third or more of its common characters (一 = A4 40) on trail bytes 0x40–0x7E.
 */
function legacyEncoding(bytes: Uint8Array): SourceEncoding {
  let low = 0;
  let high = 0;
  const n = Math.min(bytes.length, 1 << 20);
  for (let i = 0; i + 1 < n; i++) {
    if (bytes[i] < 0x81 || bytes[i] === 0xff) continue;
    const t = bytes[++i];
    if (t >= 0x40 && t <= 0x7e) low++;
    else if (t >= 0xa1) high++;
  }
  return low > 0.15 * (low + high) ? 'big5' : 'gb18030';
}

export function decodeBytes(bytes: Uint8Array): DecodedBytes {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode(bytes, 'utf-8'), encoding: 'utf-8', bom: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode(bytes, 'utf-16le'), encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode(bytes, 'utf-16be'), encoding: 'utf-16be', bom: true };
  try {
    return { text: decode(bytes, 'utf-8', true), encoding: 'utf-8', bom: false };
  } catch {
    // Not UTF-8: UTF-16 without a mark, or one of the legacy Chinese encodings.
  }
  const wide = utf16WithoutBom(bytes);
  if (wide) return { text: decode(bytes, wide), encoding: wide, bom: false };
  const encoding = legacyEncoding(bytes);
  return { text: decode(bytes, encoding), encoding, bom: false };
}

/** The encoding a charset label names, in this module's terms (null: not one of ours). */
export function encodingOfLabel(label: string): SourceEncoding | null {
  const l = label.trim().toLowerCase();
  if (l === 'utf-8' || l === 'utf8') return 'utf-8';
  if (l === 'utf-16le' || l === 'utf-16') return 'utf-16le';
  if (l === 'utf-16be') return 'utf-16be';
  if (/^(gb18030|gbk|gb2312|x-gbk|chinese|csgb2312|iso-ir-58)$/.test(l)) return 'gb18030';
  if (/^(big5|big5-hkscs|cn-big5|x-x-big5)$/.test(l)) return 'big5';
  return null;
}
