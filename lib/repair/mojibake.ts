/**
 * Encoding-mojibake repair. Text decoded with the wrong charset is turned back into the bytes
 * the wrong decoder saw, and those bytes are decoded with each plausible source charset:
 *
 *   display (what the page shows)  →  source (what the bytes really were)
 *   windows-1252 / Latin-1          →  UTF-8, GBK, Big5
 *   mixed (tolerant decoder, NFKC)  →  GBK, Big5, UTF-8, each character read either way
 *                                      (mojibake-lattice.ts)
 *   GBK, Big5                       →  UTF-8 (lost bytes filled where context decides:
 *                                      utf8-fill.ts), the other double-byte charset, or the
 *                                      same charset re-aligned after a lost byte
 *   GBK twice, 锟斤拷 chain          →  a second reading of the first one
 *
 * Every candidate is scored (common Han characters, word bigrams and Chinese punctuation against rare,
 * private-use and replacement characters and Latin-1 clusters) and kept only when it reads
 * clearly better than the text it replaces, so clean text — Chinese, traditional, Latin words
 * with accents — gets no edits. Bytes that cannot be recovered are marked, not guessed:
 * edits of kind 'lossy' with U+FFFD (a run of 锟斤拷 becomes one U+FFFD; U+FFFD already in
 * the text is reported as lossy and left as it is, and junk bytes around it are dropped).
 */
import { applyEdits, composeEdits } from '../edits';
import type { Edit, StepResult } from '../types';
import { decodeDoubleByte, decodeUtf8, LOST_BYTE, type Piece } from './mojibake-decode';
import { showsNfkcFolding } from './nfkc-inverse';
import { fillLostUtf8 } from './utf8-fill';
import { decodeLattice, isTolerantSignature, type LatticeOptions, type LatticeResult } from './mojibake-lattice';
import { BIGRAM_BONUS, goodShare, textScore, unitScore, wordBigram, wordPairShare } from './mojibake-score';
import { cp1252Tables, doubleByteTable, utf8LeadMarkers, type Legacy } from './mojibake-tables';

/** A stretch of the text turned back into the bytes a wrong decoder saw. */
interface ByteRun {
  bytes: Uint8Array;
  /** owner[b] = text offset of the character byte b belongs to. */
  owner: Int32Array;
  /** 1 for bytes that were a lone ASCII trail byte between double-byte characters. */
  lone?: Uint8Array;
}

interface Proposal {
  start: number;
  end: number;
  gain: number;
  /** Byte-level pieces and their owners (fixed byte readings), or … */
  pieces?: Piece[];
  owner?: Int32Array;
  /** … the edits of a mixed-reading decode (mojibake-lattice.ts). */
  edits?: Edit[];
  /** A reading in another charset that strings words where the display strung none. */
  fluent?: boolean;
}

const HIGH_1252 = '\\u0080-\\u00ff\\u0152\\u0153\\u0160\\u0161\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc\\u2013\\u2014\\u2018-\\u201e\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203a\\u20ac\\u2122';
/** Two adjacent windows-1252 high characters, at least one in Latin-1 proper. */
const LATIN_CLUSTER = new RegExp(`[\\u0080-\\u00ff][${HIGH_1252}]|[${HIGH_1252}][\\u0080-\\u00ff]`);
/** Loss markers, private use, and the kana/Greek/Cyrillic/box/bopomofo of misaligned pairs. */
const ODD_CHARS = /[\ufffd\ue000-\uf8ff\u951f\u3040-\u30ff\u3100-\u312f\u0391-\u03c9\u0400-\u04ff\u2500-\u257f]/;

/** A lone ASCII trail byte between CJK characters: Big5 resynchronising after a lost byte. */
const LONE_TRAIL = /[\u3000-\ufffc][\x40-\x7e][\u3000-\ufffc]/;

/** Cheap test run before any table is built: is there anything that could be mojibake? */
export function mayContainMojibake(text: string): boolean {
  if (LATIN_CLUSTER.test(text) || ODD_CHARS.test(text) || LONE_TRAIL.test(text)) return true;
  // UTF-8 read as GBK/Big5 shows a lead-byte character every three characters.
  const marks = utf8LeadMarkers();
  let last = -100;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0x3400 && marks[text.charCodeAt(i)]) {
      if (i - last <= 4) return true;
      last = i;
    }
  }
  return false;
}

// ---------------------------------------------------------------- runs of suspicious text

/** Maximal runs that windows-1252 can encode, split where no source charset could continue a
 * character (space, digits, punctuation below 0x40): keeps "Müller said" apart from mojibake. */
function latinRuns(text: string): ByteRun[] {
  const { encode } = cp1252Tables();
  const runs: ByteRun[] = [];
  let i = 0;
  while (i < text.length) {
    const inRun = (c: number) => (c >= 0x40 && c <= 0x7e) || (c >= 0x80 && encode[c] >= 0);
    if (!inRun(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let high = 0;
    let latin1 = 0;
    while (i < text.length && inRun(text.charCodeAt(i))) {
      const c = text.charCodeAt(i);
      if (c >= 0x80) high++;
      if (c >= 0xa0 && c <= 0xff) latin1++;
      i++;
    }
    // Mis-decoded Chinese always shows Latin-1 letters (its lead bytes); control characters and
    // curly quotes alone are no evidence, and reading them as bytes would eat real text (”发).
    if (high < 2 || latin1 === 0) continue;
    const bytes = new Uint8Array(i - start);
    const owner = new Int32Array(i - start);
    for (let k = start; k < i; k++) {
      bytes[k - start] = encode[text.charCodeAt(k)];
      owner[k - start] = k;
    }
    runs.push({ bytes, owner });
  }
  return runs;
}

const EURO = 0x20ac;

/** An ASCII byte a double-byte decoder could have read as a trail byte (0x40–0x7E), standing
 * alone between two CJK characters (not Latin letters: pinyin like "rútú" is no debris): in
 * Chinese text, usually what is left of a character that lost a byte. */
export function isLoneTrail(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // Next to U+FFFD the byte is junk of a loss the display already shows (see lossyEdits).
  const cjk = (x: number) => x >= 0x3000 && x !== 0xfffd;
  return c >= 0x40 && c <= 0x7e && i > 0 && cjk(text.charCodeAt(i - 1)) && cjk(text.charCodeAt(i + 1));
}

/** `鍓?10`, `闃舵?銆?`: a `?` right after a GBK character, where a page saved through GBK
 * wrote the U+FFFD of an invalid pair; a question mark follows a clause, not the middle of
 * mojibake (the run must still read better decoded). */
function isSavedLoss(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 0x3f || i === 0) return false;
  const prev = text.charCodeAt(i - 1);
  return prev >= 0x3400 && prev !== 0xfffd && utf8LeadMarkers()[prev] === 1;
}

/** Maximal runs of non-ASCII characters that `enc` can encode, kept when one looks wrong. */
function doubleByteRuns(text: string, enc: Legacy): ByteRun[] {
  const { encode } = doubleByteTable(enc);
  const lostWidth = enc === 'gbk' ? 1 : 2; // bytes a U+FFFD of that decoder usually swallowed
  const runs: ByteRun[] = [];
  let i = 0;
  while (i < text.length) {
    const ok = (c: number) => c >= 0x80 && (c === 0xfffd || encode[c] !== 0 || (enc === 'gbk' && c === EURO));
    if (!ok(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let odd = false;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (ok(c)) {
        if (unitScore(c) < 0) odd = true;
      } else if (enc === 'gbk' && isSavedLoss(text, i)) {
        odd = true;
      } else if (isLoneTrail(text, i) && ok(text.charCodeAt(i + 1))) {
        // A lone ASCII trail byte between double-byte characters: the decoder resynchronised
        // there after a lost byte (Big5 does at once), so the run goes on through it.
        odd = true;
      } else break;
      i++;
    }
    if (!odd) continue;
    const bytes: number[] = [];
    const owner: number[] = [];
    const lone: number[] = [];
    for (let k = start; k < i; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x3f && enc === 'gbk' && isSavedLoss(text, k)) {
        // A U+FFFD saved through GBK: the invalid pair (two bytes), or its lead alone when
        // an ASCII byte followed (that byte was read again).
        const width = text.charCodeAt(k + 1) < 0x80 || k + 1 >= text.length ? 1 : 2;
        for (let w = 0; w < width; w++) bytes.push(LOST_BYTE), owner.push(k), lone.push(0);
      } else if (c < 0x80) bytes.push(c), owner.push(k), lone.push(1);
      else if (c === 0xfffd) for (let w = 0; w < lostWidth; w++) bytes.push(LOST_BYTE), owner.push(k), lone.push(0);
      else if (enc === 'gbk' && c === EURO) bytes.push(0x80), owner.push(k), lone.push(0); // GBK's one-byte €
      else bytes.push(encode[c] >> 8, encode[c] & 0xff), owner.push(k, k), lone.push(0, 0);
    }
    runs.push({ bytes: Uint8Array.from(bytes), owner: Int32Array.from(owner), lone: Uint8Array.from(lone) });
  }
  return runs;
}

// ---------------------------------------------------------------- candidates and scoring

const isFirstByte = (owner: Int32Array, b: number) => b === 0 || owner[b - 1] !== owner[b];
const isLastByte = (owner: Int32Array, b: number) => b === owner.length - 1 || owner[b + 1] !== owner[b];

/** Score a candidate for text[start, end) and keep it when it reads clearly better. */
/** A reading in another charset than the display's (Big5 shown as GBK) must turn text that
 * strings no words into text that does: clean traditional text read as GBK bytes also gives
 * common characters, but no words. */
const CROSS_MAX_BEFORE = 0.1;
const MIN_FLUENT_STRETCH = 12;
/** Share of odd characters (rare, symbols, kana …) a run needs before another charset is tried. */
const MIN_ODD_SHARE_CROSS = 0.1;

function oddShare(text: string, from: number, to: number): number {
  let odd = 0;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) >= 0x80 && unitScore(text.charCodeAt(k)) < 0) odd++;
  return to > from ? odd / (to - from) : 0;
}
const CROSS_MIN_AFTER = 0.25;

function evaluate(text: string, run: ByteRun, pieces: Piece[], evidence = 0, judgeFluency = false): Proposal | null {
  if (pieces.length === 0) return null;
  const start = run.owner[pieces[0].from];
  const end = run.owner[pieces[pieces.length - 1].to - 1] + 1;
  const fresh = pieces.map((p) => p.text).join('');
  if (fresh === text.slice(start, end)) return null;
  const before = start > 0 ? text[start - 1] : '';
  const after = end < text.length ? text[end] : '';
  const gain =
    textScore(before + fresh + after, before.length, before.length + fresh.length) - textScore(text, start, end) + evidence;
  if (gain < Math.max(2, 0.15 * (end - start))) return null;
  if (goodShare(fresh) < 0.75) return null;
  if (losesWords(text.slice(start, end), fresh, text.slice(Math.max(0, start - 2), start), text.slice(end, end + 2))) return null;
  const fluent = judgeFluency && wordPairShare(text.slice(start, end)) < CROSS_MAX_BEFORE && wordPairShare(fresh) >= CROSS_MIN_AFTER;
  return { start, end, pieces, owner: run.owner, gain, fluent };
}

/**
 * A reading that marks a loss (U+FFFD) in text that shows little sign of damage — no odd
 * character or loss mark, mostly common characters (misread pairs are mostly uncommon ones),
 * and for a byte between characters only a capital letter, which Chinese text writes itself
 * (华晟光伏N型, A股, T恤) — must string more dictionary words than the text does (a realigned
 * 推進關鍵技術 does; 华晟光伏N型 read as 华�晒夥麼 does not). Otherwise the text was fine,
 * and the reading would cost it characters: it is left alone.
 */
function losesWords(original: string, fresh: string, before = '', after = ''): boolean {
  if (!fresh.includes('\uFFFD')) return false;
  let han = 0;
  let uncommon = 0;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (c === 0xfffd || (c >= 0x80 && unitScore(c) <= -1)) return false;
    if (c >= 0x40 && c <= 0x7e && !(c >= 0x41 && c <= 0x5a)) return false;
    if (c >= 0x3400) {
      han++;
      if (unitScore(c) < 0) uncommon++;
    }
  }
  if (uncommon * 2 >= han && han > 0) return false;
  return wordPairs(before + fresh + after) <= wordPairs(before + original + after);
}

/** Adjacent Han pairs that occur inside dictionary words. */
function wordPairs(s: string): number {
  let n = 0;
  for (let i = 1; i < s.length; i++) if (wordBigram(s.charCodeAt(i - 1), s.charCodeAt(i))) n++;
  return n;
}

const UTF8_EVIDENCE = 0.5;

/** UTF-8 candidates: stretches of valid characters (and losses the display already had),
 * trimmed to whole characters of the damaged text. */
function utf8Proposals(text: string, run: ByteRun, out: Proposal[]): void {
  const pieces = fillLostUtf8(decodeUtf8(run.bytes), run.bytes, text[run.owner[run.owner.length - 1] + 1]);
  let i = 0;
  while (i < pieces.length) {
    if (pieces[i].lost && !pieces[i].marked) {
      i++;
      continue;
    }
    let j = i;
    while (j < pieces.length && (!pieces[j].lost || pieces[j].marked)) j++;
    let a = i;
    let b = j;
    while (a < b && !isFirstByte(run.owner, pieces[a].from)) a++;
    while (b > a && !isLastByte(run.owner, pieces[b - 1].to - 1)) b--;
    // Several multi-byte characters in a row that are valid UTF-8 rarely happen by chance
    // (about one GBK character pair in sixty): that structure is evidence of its own.
    const slice = pieces.slice(a, b);
    const multiByte = slice.filter((x) => !x.lost && x.to - x.from >= 2).length;
    const clean = !slice.some((x) => x.lost);
    const p = evaluate(text, run, slice, clean && multiByte >= 2 ? UTF8_EVIDENCE * multiByte : 0);
    if (p) out.push(p);
    i = j;
  }
}

/**
 * In another charset's reading, clean text next to the damage reads worse than before: only
 * the stretch where the reading gains most (by character scores and word pairs, as a maximum
 * subarray) counts as changed.
 */
function keepBestStretch(text: string, groups: { start: number; end: number; pieces: Piece[] }[], changed: boolean[]): void {
  const delta = groups.map((g) => {
    const fresh = g.pieces.map((p) => p.text).join('');
    return textScore(fresh) - textScore(text, g.start, g.end);
  });
  let best = 0;
  let bestFrom = -1;
  let bestTo = -1;
  let sum = 0;
  let from = 0;
  for (let k = 0; k < groups.length; k++) {
    // A neutral start (郡 for 縣: both common) stays with the stretch.
    if (sum < 0) {
      sum = 0;
      from = k;
    }
    sum += delta[k] + (k > 0 && wordBigram(lastCode(groups[k - 1]), firstCode(groups[k])) ? BIGRAM_BONUS : 0);
    if (sum > best) {
      best = sum;
      bestFrom = from;
      bestTo = k + 1;
    }
  }
  for (let k = 0; k < groups.length; k++) if (k < bestFrom || k >= bestTo) changed[k] = false;
}

const firstCode = (g: { pieces: Piece[] }) => g.pieces[0].text.charCodeAt(0);
const lastCode = (g: { pieces: Piece[] }) => {
  const t = g.pieces[g.pieces.length - 1].text;
  return t.charCodeAt(t.length - 1);
};

/** Pieces grouped so that groups cover whole characters of the damaged text. */
function groupPieces(pieces: Piece[], owner: Int32Array): { start: number; end: number; pieces: Piece[] }[] {
  const groups: { start: number; end: number; pieces: Piece[] }[] = [];
  for (const p of pieces) {
    const s = owner[p.from];
    const e = owner[p.to - 1] + 1;
    const g = groups[groups.length - 1];
    if (g && s < g.end) {
      g.end = Math.max(g.end, e);
      g.pieces.push(p);
    } else groups.push({ start: s, end: e, pieces: [p] });
  }
  return groups;
}

/** GBK/Big5 candidates: the stretches where the best pairing differs from the text. */
/**
 * What a Big5 reading of Latin-1 mojibake must gain beyond a GBK one: mainland pages are
 * GBK far more often, and on a short run one chance word pair (麵麵) can tip random
 * characters of the other charset over the right reading (命民难难 read as 韜鏍麵麵).
 */
const BIG5_PRIOR = 1;

function doubleByteProposals(text: string, run: ByteRun, enc: Legacy, out: Proposal[], local = false, prior = 0): void {
  const groups = groupPieces(decodeDoubleByte(run.bytes, enc, run.lone), run.owner);
  const changed = groups.map((g) => g.pieces.map((p) => p.text).join('') !== text.slice(g.start, g.end));
  if (local) keepBestStretch(text, groups, changed);
  for (const [i, last] of changedStretches(groups, changed)) {
    const p = evaluate(text, run, groups.slice(i, last + 1).flatMap((g) => g.pieces), prior, local);
    if (p) out.push(p);
  }
}

/** Characters of unchanged text bridged inside one stretch (ASCII letters between mojibake characters). */
const MAX_BRIDGED_GAP = 4;

/** [first, last] indexes of the stretches of changed groups, short unchanged gaps bridged. */
function changedStretches(groups: readonly { start: number; end: number }[], changed: readonly boolean[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < groups.length) {
    if (!changed[i]) {
      i++;
      continue;
    }
    let j = i + 1;
    let last = i;
    while (j < groups.length && (changed[j] || groups[j].start - groups[last].end <= MAX_BRIDGED_GAP)) {
      if (changed[j]) last = j;
      j++;
    }
    out.push([i, last]);
    i = last + 1;
  }
  return out;
}

/** Accepted proposal → edits: lossy where bytes were lost, mojibake elsewhere. */
function proposalEdits(text: string, p: Proposal): Edit[] {
  if (p.edits) return p.edits;
  const edits: Edit[] = [];
  for (const g of groupPieces(p.pieces!, p.owner!)) {
    const replacement = g.pieces.map((x) => x.text).join('');
    if (replacement === text.slice(g.start, g.end)) continue;
    const kind = g.pieces.some((x) => x.lost) ? 'lossy' : 'mojibake';
    const last = edits[edits.length - 1];
    if (last && last.end === g.start && last.kind === kind) {
      last.end = g.end;
      last.replacement += replacement;
    } else edits.push({ kind, start: g.start, end: g.end, replacement });
  }
  return edits.map((e) => trimEdit(text, e)).filter((e): e is Edit => e !== null);
}

/** Drop the unchanged prefix and suffix of an edit (ASCII carried through a run). */
function trimEdit(text: string, e: Edit): Edit | null {
  let { start, end, replacement } = e;
  while (start < end && replacement.length > 0 && text[start] === replacement[0]) {
    start++;
    replacement = replacement.slice(1);
  }
  while (end > start && replacement.length > 0 && text[end - 1] === replacement[replacement.length - 1]) {
    end--;
    replacement = replacement.slice(0, -1);
  }
  if (start === end && replacement === '') return null;
  return { ...e, start, end, replacement };
}

// ---------------------------------------------------------------- mixed readings

/** Characters a mixed reading may take bytes from: below the CJK blocks, no line breaks. */
const isByteReadable = (c: number) =>
  (c >= 0x20 && c < 0x3000 && c !== 0x2028 && c !== 0x2029) ||
  // Hangul, Yi and supplementary characters: three or four UTF-8 bytes a tolerant decoder read.
  (c >= 0xa000 && c <= 0xd7ff) ||
  (c >= 0xd800 && c <= 0xdfff);
/** An ASCII stretch this long is text of its own (English, a URL), not trail bytes. */
const MAX_ASCII_INSIDE = 12;
/** Share of non-ASCII characters a stretch needs to be read as mixed mojibake. */
const MIN_HIGH_SHARE = 0.3;

/** Stretches of byte-readable text dense in non-ASCII characters. */
function mixedRuns(text: string): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < text.length) {
    if (!isByteReadable(text.charCodeAt(i)) || text.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    // Grow from a non-ASCII character over readable text, stopping at a long ASCII stretch.
    const start = i;
    let end = i;
    let high = 0;
    let ascii = 0;
    let j = i;
    while (j < text.length && isByteReadable(text.charCodeAt(j))) {
      if (text.charCodeAt(j) >= 0x80) {
        high++;
        ascii = 0;
        end = j + 1;
      } else if (++ascii > MAX_ASCII_INSIDE) break;
      j++;
    }
    // Trailing ASCII may be trail bytes or folds of the last character: take a little.
    let tail = end;
    while (tail < text.length && tail - end < 3 && isByteReadable(text.charCodeAt(tail)) && text.charCodeAt(tail) > 0x20) tail++;
    let head = start;
    while (head > 0 && start - head < 3 && isByteReadable(text.charCodeAt(head - 1)) && text.charCodeAt(head - 1) > 0x20 && (runs.length === 0 || head > runs[runs.length - 1][1])) head--;
    if (high >= 2 && high >= MIN_HIGH_SHARE * (tail - head)) runs.push([head, tail]);
    i = Math.max(end, i + 1);
  }
  return runs;
}

const LATTICE_OPTIONS: LatticeOptions[] = [
  { source: 'gbk', tolerant: true },
  { source: 'gbk', tolerant: false },
  { source: 'big5', tolerant: false },
  { source: 'utf8', tolerant: false },
];

/** Proposals from mixed readings of each dense stretch, one per changed region. */
function latticeProposals(text: string, out: Proposal[]): void {
  const runs = mixedRuns(text);
  if (runs.length === 0) return;
  const folded = showsNfkcFolding(text);
  for (const [from, to] of runs) {
    // The most probable reading of the stretch; the tolerant one only where its signature
    // shows. Without either trace the fixed readings (latinRuns) say all there is to say.
    let tolerant = false;
    for (let k = from; k < to && !tolerant; k++) tolerant = isTolerantSignature(text.charCodeAt(k));
    if (!tolerant && !folded) continue;
    let best: LatticeResult | null = null;
    for (const options of LATTICE_OPTIONS) {
      if (options.tolerant && !tolerant) continue;
      const r = decodeLattice(text, from, to, { ...options, folded });
      if (!best || r.score > best.score) best = r;
    }
    {
      const chars = best!.chars;
      // Groups of characters over the same stretch of text.
      const groups: { start: number; end: number; text: string; lost: boolean }[] = [];
      for (const c of chars) {
        const g = groups[groups.length - 1];
        if (g && c.from < g.end) {
          g.end = Math.max(g.end, c.to);
          g.text += c.text;
          g.lost ||= c.lost;
        } else groups.push({ start: c.from, end: Math.max(c.to, c.from), text: c.text, lost: c.lost });
      }
      const changed = groups.map((g) => g.text !== text.slice(g.start, g.end));
      for (const [i, last] of changedStretches(groups, changed)) {
        const p = evaluateEdits(text, groups.slice(i, last + 1));
        if (p) out.push(p);
      }
    }
  }
}

/** Score a mixed-reading region and keep it when it reads clearly better. */
function evaluateEdits(text: string, region: { start: number; end: number; text: string; lost: boolean }[]): Proposal | null {
  const start = region[0].start;
  const end = region[region.length - 1].end;
  const fresh = region.map((g) => g.text).join('');
  if (fresh === text.slice(start, end)) return null;
  const before = start > 0 ? text[start - 1] : '';
  const after = end < text.length ? text[end] : '';
  const gain = textScore(before + fresh + after, before.length, before.length + fresh.length) - textScore(text, start, end);
  if (gain < Math.max(2, 0.15 * (end - start))) return null;
  if (goodShare(fresh) < 0.75) return null;
  if (losesWords(text.slice(start, end), fresh, text.slice(Math.max(0, start - 2), start), text.slice(end, end + 2))) return null;
  const edits: Edit[] = [];
  for (const g of region) {
    if (g.text === text.slice(g.start, g.end)) continue;
    const kind = g.lost ? 'lossy' : 'mojibake';
    const last = edits[edits.length - 1];
    if (last && last.end === g.start && last.kind === kind) {
      last.end = g.end;
      last.replacement += g.text;
    } else edits.push({ kind, start: g.start, end: g.end, replacement: g.text });
  }
  return { start, end, gain, edits: edits.map((e) => trimEdit(text, e)).filter((e): e is Edit => e !== null) };
}

// ---------------------------------------------------------------- losses outside mojibake runs

/**
 * Marks in text no candidate explained: 锟斤拷 runs (UTF-8 U+FFFD read as GBK) become one
 * U+FFFD; U+FFFD with the junk a wrong decoder left around it (ASCII trail bytes, stray
 * U+0080–U+07FF letters: Big5/GBK read as UTF-8) becomes one U+FFFD; a bare U+FFFD is kept.
 */
function lossyEdits(text: string, covered: Uint8Array): Edit[] {
  const edits: Edit[] = [];
  const junk = (c: number) => c === 0xfffd || (c >= 0x80 && c <= 0x7ff);
  let i = 0;
  while (i < text.length) {
    if (covered[i]) {
      i++;
      continue;
    }
    if (text.startsWith('锟斤', i)) {
      let j = i;
      while (text.startsWith('锟斤拷', j) && !covered[j]) j += 3;
      if (j === i) j += 2; // 锟斤 alone: an odd number of lost bytes
      edits.push({ kind: 'lossy', start: i, end: j, replacement: '\uFFFD' });
      i = j;
      continue;
    }
    if (text.charCodeAt(i) !== 0xfffd) {
      i++;
      continue;
    }
    // Extend over FFFD, stray U+0080–U+07FF, and one ASCII trail byte after a FFFD.
    let j = i;
    let last = i;
    while (j < text.length && !covered[j]) {
      const c = text.charCodeAt(j);
      if (junk(c)) {
        j++;
        if (c === 0xfffd) last = j;
        continue;
      }
      // An ASCII trail byte between two U+FFFD is junk of the same loss.
      if (c >= 0x40 && c <= 0x7e && text.charCodeAt(j - 1) === 0xfffd && text.charCodeAt(j + 1) === 0xfffd) {
        j++;
        continue;
      }
      break;
    }
    j = last;
    const segment = text.slice(i, j);
    const replacement = /^\uFFFD+$/.test(segment) ? segment : '\uFFFD';
    edits.push({ kind: 'lossy', start: i, end: j, replacement });
    i = j;
  }
  return edits;
}

// ---------------------------------------------------------------- the step

/** Share of UTF-8 lead-byte characters among the ideographs UTF-8 read as GBK shows (one
 * character in three, or so); ordinary text has a few. */
const MIN_LEAD_MARKER_SHARE = 0.2;

/** How many code units of `s` are at or above `floor`, and how many of those pass `hit`. */
function countFrom(s: string, floor: number, hit: (c: number) => boolean): { all: number; hits: number } {
  let all = 0;
  let hits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < floor) continue;
    all++;
    if (hit(c)) hits++;
  }
  return { all, hits };
}

function looksLikeUtf8AsGbk(s: string): boolean {
  const marks = utf8LeadMarkers();
  const { all: han, hits: marked } = countFrom(s, 0x3400, (c) => !!marks[c]);
  return han >= 4 && marked >= MIN_LEAD_MARKER_SHARE * han;
}

/**
 * UTF-8 read as GBK twice (a mojibake page saved as UTF-8 and read as GBK again): the first
 * UTF-8 reading of the bytes is itself mojibake, no better than the display, so it is judged
 * by what a second repair of it gives.
 */
function doubleDecodeProposal(text: string, run: ByteRun): Proposal | null {
  const first = decodeUtf8(run.bytes)
    .map((p) => p.text)
    .join('');
  const shown = text.slice(run.owner[0], run.owner[run.owner.length - 1] + 1);
  const second = looksLikeUtf8AsGbk(first)
    ? repairOnce(first, false).text
    : showsKunjinkao(shown) && looksLikeGbkAsUtf8(first)
      ? gbkFromUtf8Reading(first)
      : null;
  return second === null ? null : secondReadingProposal(text, run, second);
}

/** Share of Latin-1 letters among the non-ASCII characters of a reading that is itself
 * mojibake (`Ã¥â€˜Â¨` read once gives `å‘¨`, still Latin-1): nearly all. */
const MIN_LATIN_SHARE = 0.9;
const LATIN_1252 = new RegExp(`[${HIGH_1252}]`);

function looksLikeLatinMojibake(s: string): boolean {
  const { all: high, hits: latin } = countFrom(s, 0x80, (c) => LATIN_1252.test(String.fromCharCode(c)));
  return latin >= 4 && latin >= MIN_LATIN_SHARE * high;
}

/**
 * Latin-1 mojibake of Latin-1 mojibake (a mis-decoded page saved as UTF-8 and mis-decoded
 * again): the UTF-8 reading of the bytes is still Latin-1, so it is judged by what a second
 * repair of it gives, not read as GBK on the way.
 */
function latinTwiceProposal(text: string, run: ByteRun): Proposal | null {
  // Only bytes that are UTF-8 throughout have an intermediate reading (checked natively: a
  // megabyte of Ã is no UTF-8 and costs nothing here).
  let first: string;
  try {
    first = STRICT_UTF8.decode(run.bytes);
  } catch {
    return null;
  }
  if (!looksLikeLatinMojibake(first)) return null;
  const second = repairOnce(first, false).text;
  return second === first ? null : secondReadingProposal(text, run, second);
}

/**
 * Runs joined across the short ASCII between them (`Ã”Ã‚9ÃˆÃ•`: digits of a date inside
 * mojibake of mojibake), bytes and all: ASCII reads as itself in every layer.
 */
function joinedRuns(text: string, runs: readonly ByteRun[]): ByteRun[] {
  const out: ByteRun[] = [];
  let group: ByteRun[] = [];
  const flush = () => {
    if (!group.length) return;
    if (group.length === 1) {
      out.push(group[0]);
      group = [];
      return;
    }
    const bytes: number[] = [];
    const owner: number[] = [];
    group.forEach((run, k) => {
      if (k > 0) {
        for (let t = group[k - 1].owner[group[k - 1].owner.length - 1] + 1; t < run.owner[0]; t++) {
          bytes.push(text.charCodeAt(t));
          owner.push(t);
        }
      }
      for (let b = 0; b < run.bytes.length; b++) {
        bytes.push(run.bytes[b]);
        owner.push(run.owner[b]);
      }
    });
    out.push({ bytes: Uint8Array.from(bytes), owner: Int32Array.from(owner) });
    group = [];
  };
  for (const run of runs) {
    const prev = group[group.length - 1];
    if (prev && !asciiGap(text, prev.owner[prev.owner.length - 1] + 1, run.owner[0])) flush();
    group.push(run);
  }
  flush();
  return out;
}

/** Is text[from, to) a short stretch of printable ASCII on one line? */
function asciiGap(text: string, from: number, to: number): boolean {
  if (to - from > MAX_ASCII_INSIDE) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The run replaced by a reading found through an intermediate one, when it reads better. */
function secondReadingProposal(text: string, run: ByteRun, second: string): Proposal | null {
  const start = run.owner[0];
  const end = run.owner[run.owner.length - 1] + 1;
  const before = start > 0 ? text[start - 1] : '';
  const after = end < text.length ? text[end] : '';
  const gain = textScore(before + second + after, before.length, before.length + second.length) - textScore(text, start, end);
  if (gain < Math.max(2, 0.15 * (end - start)) || goodShare(second) < 0.75) return null;
  if (losesWords(text.slice(start, end), second, text.slice(Math.max(0, start - 2), start), text.slice(end, end + 2))) return null;
  const edit = trimEdit(text, { kind: second.includes('\uFFFD') ? 'lossy' : 'mojibake', start, end, replacement: second });
  return edit ? { start, end, gain, edits: [edit] } : null;
}

/** 锟 (EF BF, the start of a UTF-8 U+FFFD read as GBK) in one character of ten or more: the
 * signature of the 锟斤拷 chain, without which nothing is read back that way. */
const MIN_KUN_SHARE = 0.1;

function showsKunjinkao(s: string): boolean {
  let kun = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 0x951f) kun++;
  return kun >= 2 && kun >= MIN_KUN_SHARE * s.length;
}

/** Share of U+FFFD and two-byte UTF-8 letters (Greek, Cyrillic, Armenian …) among the
 * non-ASCII characters of GBK bytes read as UTF-8: nearly all of them. */
const MIN_GBK_AS_UTF8_SHARE = 0.8;

function looksLikeGbkAsUtf8(s: string): boolean {
  let high = 0;
  let twoByte = 0;
  let lost = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    high++;
    if (c === 0xfffd) lost++;
    else if (c < 0x800) twoByte++;
  }
  return twoByte >= 2 && twoByte + lost >= MIN_GBK_AS_UTF8_SHARE * high;
}

/**
 * GBK bytes read as UTF-8 (the 锟斤拷 chain's first step): every two-byte letter that survived
 * holds two of the GBK bytes, every U+FFFD stands for a lost byte. Decoded as GBK with
 * realignment around the losses, what survived reads again; the rest stays marked.
 */
function gbkFromUtf8Reading(s: string): string {
  const bytes: number[] = [];
  const utf8 = new TextEncoder();
  for (const ch of s) {
    if (ch === '\uFFFD') bytes.push(LOST_BYTE);
    else bytes.push(...utf8.encode(ch));
  }
  const b = Uint8Array.from(bytes);
  // A pair with losses on both sides may as well be the trail of one character and the lead
  // of the next (新建 → C2 BD → 陆): only a pair that touches surviving bytes is read.
  return decodeDoubleByte(b, 'gbk')
    .map((p) => (!p.lost && p.to - p.from === 2 && b[p.from - 1] === LOST_BYTE && b[p.to] === LOST_BYTE ? '\uFFFD' : p.text))
    .join('')
    .replace(/\uFFFD+/g, '\uFFFD');
}

function repairOnce(text: string, nested = true): StepResult {
  if (!mayContainMojibake(text)) return { text, edits: [] };
  const proposals: Proposal[] = [];
  const latin = latinRuns(text);
  if (nested) {
    for (const run of joinedRuns(text, latin)) {
      const twice = latinTwiceProposal(text, run);
      if (twice) proposals.push(twice);
    }
  }
  for (const run of latin) {
    utf8Proposals(text, run, proposals);
    doubleByteProposals(text, run, 'gbk', proposals);
    doubleByteProposals(text, run, 'big5', proposals, false, -BIG5_PRIOR);
  }
  latticeProposals(text, proposals);
  const cross: Proposal[] = [];
  for (const enc of ['gbk', 'big5'] as const) {
    for (const run of doubleByteRuns(text, enc)) {
      utf8Proposals(text, run, proposals);
      if (nested && enc === 'gbk') {
        const p = doubleDecodeProposal(text, run);
        if (p) proposals.push(p);
      }
      doubleByteProposals(text, run, enc, proposals);
      // A Big5 page opened as GBK (a mirror's traditional copy), or the other way round:
      // only where the display shows many odd characters.
      if (oddShare(text, run.owner[0], run.owner[run.owner.length - 1] + 1) >= MIN_ODD_SHARE_CROSS) {
        doubleByteProposals(text, run, enc === 'gbk' ? 'big5' : 'gbk', cross, true);
      }
    }
  }
  // The other charset is the page's when one stretch of it reads fluently; then its shorter
  // stretches (a headline, a byline) are read the same way.
  if (cross.some((p) => p.fluent && p.end - p.start >= MIN_FLUENT_STRETCH)) proposals.push(...cross);
  // Best gain first; a span goes to one candidate only.
  proposals.sort((a, b) => b.gain - a.gain);
  const covered = new Uint8Array(text.length);
  let edits: Edit[] = [];
  for (const p of proposals) {
    let free = true;
    for (let k = p.start; k < p.end && free; k++) if (covered[k]) free = false;
    if (!free) continue;
    covered.fill(1, p.start, p.end);
    edits.push(...proposalEdits(text, p));
  }
  edits.push(...lossyEdits(text, covered));
  edits = edits.sort((a, b) => a.start - b.start);
  return { text: applyEdits(text, edits), edits };
}

/** Passes for text damaged twice (UTF-8 → GBK → Latin-1); few edits keep composition cheap.
 * A pass that changes nothing ends the loop, so the result is a fixed point when it can be. */
const MAX_PASSES = 3;
const MAX_EDITS_TO_COMPOSE = 200;

export function repairMojibake(text: string): StepResult {
  let result = repairOnce(text);
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    if (result.text === text || result.edits.length > MAX_EDITS_TO_COMPOSE) break;
    const next = repairOnce(result.text);
    if (next.text === result.text) break;
    result = { text: next.text, edits: composeEdits(result.edits, next.edits, next.text) };
  }
  return result;
}
