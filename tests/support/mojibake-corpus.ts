/**
 * Round-trip mojibake corpus: clean texts mis-encoded every way the repair step must undo,
 * whole or in runs (only some sentences damaged), with shifted bytes and loss markers.
 * Encoders come from the same TextDecoder reverse tables the library builds.
 */
import { Converter } from 'opencc-js/cn2t';
import { decodeCp1252 } from '../../lib/repair/mojibake-tables';

export type CorruptionKind =
  | 'utf8-as-gbk'
  | 'gbk-as-cp1252'
  | 'utf8-as-cp1252'
  | 'utf8-as-big5'
  | 'big5-as-cp1252'
  | 'big5-as-utf8'
  | 'gbk-shifted'
  | 'gbk-as-cp1252-shifted'
  | 'big5-shifted'
  | 'kunjinkao'
  // Real pipelines, several steps in sequence (mis-decode, then normalise or re-save):
  | 'gbk-tolerant-nfkc'
  | 'gbk-latin1-nfkc-copy'
  | 'utf8-cp1252-nfkc-strip'
  | 'utf8-as-gbk-saved'
  | 'utf8-as-gbk-twice'
  | 'big5-as-gbk';

export const CORRUPTION_KINDS: readonly CorruptionKind[] = [
  'utf8-as-gbk',
  'gbk-as-cp1252',
  'utf8-as-cp1252',
  'utf8-as-big5',
  'big5-as-cp1252',
  'big5-as-utf8',
  'gbk-shifted',
  'gbk-as-cp1252-shifted',
  'big5-shifted',
  'kunjinkao',
  'gbk-tolerant-nfkc',
  'gbk-latin1-nfkc-copy',
  'utf8-cp1252-nfkc-strip',
  'utf8-as-gbk-saved',
  'utf8-as-gbk-twice',
  'big5-as-gbk',
];

/** Pipelines where some bytes are destroyed or folded (what is left must be inferred), or
 * where the page's charset must be decided from the damaged part alone (Big5 as GBK). */
export const INFERRED_KINDS: ReadonlySet<CorruptionKind> = new Set([
  'gbk-tolerant-nfkc',
  'gbk-latin1-nfkc-copy',
  'utf8-cp1252-nfkc-strip',
  'utf8-as-gbk-saved',
  'utf8-as-gbk-twice',
  'big5-as-gbk',
]);

/** Kinds where bytes are destroyed by the wrong decoder itself: only marking is possible. */
export const DESTRUCTIVE_KINDS: ReadonlySet<CorruptionKind> = new Set(['big5-as-utf8', 'utf8-as-big5']);

export type Scope = 'whole' | 'paragraphs' | 'runs';

export interface MojibakeCase {
  id: string;
  kind: CorruptionKind;
  scope: Scope;
  damaged: string;
  /** The undamaged text as far as the source charset can carry it. */
  expected: string;
  /** Bytes were lost on purpose (dropped byte, U+FFFD): a 'lossy' edit must be reported. */
  lossy: boolean;
}

const toTraditional = Converter({ from: 'cn', to: 'tw' });

import { encodeLegacy } from './legacy-encode';
export { encodeLegacy };

const utf8 = (s: string) => new TextEncoder().encode(s);
const decodeWith = (enc: string, b: Uint8Array) => new TextDecoder(enc).decode(b);
const dropMiddleByte = (b: Uint8Array) => {
  const k = Math.floor(b.length / 2);
  return Uint8Array.from([...b.subarray(0, k), ...b.subarray(k + 1)]);
};

/** Length of a strictly valid UTF-8 sequence at b[i] (0 when none). */
function utf8Length(b: Uint8Array, i: number): number {
  const x = b[i];
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
  if (x < 0x80) return 1;
  if (x >= 0xc2 && x <= 0xdf) return cont(1) ? 2 : 0;
  if (x >= 0xe0 && x <= 0xef) return cont(1, x === 0xe0 ? 0xa0 : 0x80, x === 0xed ? 0x9f : 0xbf) && cont(2) ? 3 : 0;
  if (x >= 0xf0 && x <= 0xf4) return cont(1, x === 0xf0 ? 0x90 : 0x80, x === 0xf4 ? 0x8f : 0xbf) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** A "tolerant" decoder: byte runs that are valid UTF-8 read as UTF-8, other bytes as
 * Latin-1, stray C1 bytes (0x80–0x9F) dropped. */
export function decodeTolerant(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; ) {
    const n = utf8Length(b, i);
    if (n >= 2) {
      out += new TextDecoder('utf-8').decode(b.subarray(i, i + n));
      i += n;
    } else {
      if (b[i] < 0x80 || b[i] > 0x9f) out += String.fromCharCode(b[i]);
      i++;
    }
  }
  return out;
}

const latin1 = (b: Uint8Array) => Array.from(b, (x) => String.fromCharCode(x)).join('');
const nfkc = (s: string) => s.normalize('NFKC');
const nbspToSpace = (s: string) => s.replace(/\u00a0/g, ' ');
const stripC1 = (s: string) => s.replace(/[\u0080-\u009f]/g, '');
/** Text saved through GBK: characters GBK lacks (U+FFFD) become '?'. */
const saveGbk = (s: string) => encodeLegacy(s, 'gbk');

/** What a perfect repair can give back: the text as the source charset carries it. */
function representable(text: string, kind: CorruptionKind): string {
  if (kind.startsWith('big5')) return decodeWith('big5', encodeLegacy(toTraditional(text), 'big5'));
  if (kind === 'gbk-tolerant-nfkc' || kind === 'gbk-latin1-nfkc-copy') return decodeWith('gbk', encodeLegacy(text, 'gbk'));
  if (kind.startsWith('gbk')) return decodeWith('gbk', encodeLegacy(text, 'gbk'));
  return text;
}

/** Damage one piece of (representable) text. */
function damage(text: string, kind: CorruptionKind): string {
  switch (kind) {
    case 'utf8-as-gbk':
      return decodeWith('gbk', utf8(text));
    case 'gbk-as-cp1252':
      return decodeCp1252(encodeLegacy(text, 'gbk'));
    case 'utf8-as-cp1252':
      return decodeCp1252(utf8(text));
    case 'utf8-as-big5':
      return decodeWith('big5', utf8(text));
    case 'big5-as-cp1252':
      return decodeCp1252(encodeLegacy(text, 'big5'));
    case 'big5-as-utf8':
      return decodeWith('utf-8', encodeLegacy(text, 'big5'));
    case 'gbk-shifted':
      return decodeWith('gbk', dropMiddleByte(encodeLegacy(text, 'gbk')));
    case 'gbk-as-cp1252-shifted':
      return decodeCp1252(dropMiddleByte(encodeLegacy(text, 'gbk')));
    case 'big5-shifted':
      return decodeWith('big5', dropMiddleByte(encodeLegacy(text, 'big5')));
    case 'gbk-tolerant-nfkc':
      return nfkc(decodeTolerant(encodeLegacy(text, 'gbk')));
    case 'gbk-latin1-nfkc-copy':
      return nbspToSpace(nfkc(latin1(encodeLegacy(text, 'gbk'))));
    case 'utf8-cp1252-nfkc-strip':
      return stripC1(nfkc(decodeCp1252(utf8(text))));
    case 'utf8-as-gbk-saved':
      return decodeWith('gbk', saveGbk(decodeWith('gbk', utf8(text))));
    case 'utf8-as-gbk-twice':
      return decodeWith('gbk', utf8(decodeWith('gbk', utf8(text))));
    case 'big5-as-gbk':
      return decodeWith('gbk', encodeLegacy(text, 'big5'));
    case 'kunjinkao': {
      // Two characters in the middle lost to U+FFFD, then read as GBK: 锟斤拷.
      const chars = Array.from(text);
      const k = Math.floor(chars.length / 2);
      return chars.slice(0, k).join('') + '锟斤拷' + chars.slice(k + 2).join('');
    }
  }
}

/** Every third sentence of each paragraph damaged, the rest left clean. */
function damageRuns(text: string, kind: CorruptionKind): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .split(/(?<=[。！？；])/)
        .map((s, i) => (i % 3 === 1 && s.length >= 6 ? damage(s, kind) : s))
        .join(''),
    )
    .join('\n');
}

/** Every other paragraph damaged as a whole. */
function damageParagraphs(text: string, kind: CorruptionKind): string {
  return text
    .split('\n')
    .map((line, i) => (i % 2 === 1 && line.length >= 4 ? damage(line, kind) : line))
    .join('\n');
}

const LOSSY_KINDS: ReadonlySet<CorruptionKind> = new Set(['gbk-shifted', 'gbk-as-cp1252-shifted', 'big5-shifted', 'kunjinkao', 'big5-as-utf8', 'utf8-as-big5', 'utf8-as-gbk-saved', 'utf8-as-gbk-twice']);

export function buildMojibakeCorpus(texts: { id: string; text: string }[]): MojibakeCase[] {
  const cases: MojibakeCase[] = [];
  for (const { id, text } of texts) {
    for (const kind of CORRUPTION_KINDS) {
      const expected = representable(text, kind);
      const scopes: [Scope, string][] = [
        ['whole', damage(expected, kind)],
        ['paragraphs', damageParagraphs(expected, kind)],
        ['runs', damageRuns(expected, kind)],
      ];
      for (const [scope, damaged] of scopes) {
        cases.push({ id: `${id}/${kind}/${scope}`, kind, scope, damaged, expected, lossy: LOSSY_KINDS.has(kind) });
      }
    }
  }
  return cases;
}

const stripWs = (s: string) => Array.from(s.replace(/\s+/g, ''));

/**
 * Edit distance where a U+FFFD in the prediction matches any one gold character: a marked
 * loss is not counted as an error, anything invented or left garbled is. Whitespace ignored.
 */
export function markedEditDistance(predicted: string, gold: string): { distance: number; length: number } {
  const A = stripWs(predicted);
  const B = stripWs(gold);
  let prev = new Uint32Array(B.length + 1);
  let cur = new Uint32Array(B.length + 1);
  for (let j = 0; j <= B.length; j++) prev[j] = j;
  for (let i = 1; i <= A.length; i++) {
    cur[0] = i;
    const wild = A[i - 1] === '\uFFFD';
    for (let j = 1; j <= B.length; j++) {
      const cost = wild || A[i - 1] === B[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return { distance: prev[B.length], length: Math.max(1, B.length) };
}
