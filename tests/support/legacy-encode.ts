/**
 * GBK and Big5 encoders for tests (Node has decoders only): each table is the platform's
 * decoder run backwards over every two-byte code, so the bytes are exactly what a real
 * GBK or Big5 page holds.
 */
const tables = new Map<string, Map<string, number[]>>();

function table(label: 'gbk' | 'big5'): Map<string, number[]> {
  let t = tables.get(label);
  if (t) return t;
  t = new Map();
  const dec = new TextDecoder(label);
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\ufffd' && !t.has(ch)) t.set(ch, [a, b]);
    }
  }
  tables.set(label, t);
  return t;
}

/** The bytes of `text` in GBK or Big5; a character the charset lacks becomes '?', as encoders do. */
export function encodeLegacy(text: string, label: 'gbk' | 'big5'): Uint8Array {
  const t = table(label);
  const out: number[] = [];
  for (const ch of text) out.push(...(ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (t.get(ch) ?? [0x3f])));
  return Uint8Array.from(out);
}

/** What a browser shows for those bytes when it decodes them as windows-1252. */
export function gbkShownAsCp1252(text: string): string {
  return new TextDecoder('windows-1252').decode(encodeLegacy(text, 'gbk'));
}
