/**
 * Mojibake in mixed form: text whose characters may each stand for different bytes. A
 * "tolerant" decoder read every byte run that happened to be valid UTF-8 as UTF-8 and every
 * other byte as Latin-1 (`Ìṩ` = CC + E1 B9 A9 ← 提供); a copy turned non-breaking spaces into
 * spaces; NFKC folded compatibility characters (`½`→`1⁄2`, `Ŀ`→`L·`); bytes 0x80–0x9F shown
 * as control characters were stripped. So each character is read as *either* its Latin-1
 * (windows-1252) byte *or* its UTF-8 bytes, a folded string as the bytes of what it came
 * from, a space as 0x20 or 0xA0, and a stripped byte may be put back — and the source decoder
 * (GBK, Big5 or UTF-8) picks, by dynamic programming over the text, the reading whose
 * characters read best (common characters, dictionary word pairs). Linear: a bounded number
 * of readings per character and of decoder states per position.
 */
import { cp1252Tables, doubleByteTable, type Legacy } from './mojibake-tables';
import { BIGRAM_BONUS, SCORE_REPLACEMENT, unitScore, wordBigram } from './mojibake-score';
import { MAX_FOLDED, nfkcSources } from './nfkc-inverse';

export type LatticeSource = Legacy | 'utf8';

/**
 * A character no windows-1252 decoder shows but a tolerant UTF-8 reading does (`ѯ`, `ṩ`,
 * `ɦ`, `κ`): the signature of the tolerant decoder. Not the symbols Chinese text uses itself
 * (U+2000–U+2BFF: ℃ — ‰ → ≤ ① ■ ● ★ …): a product page's 40℃—200℃ is no mojibake.
 */
export function isTolerantSignature(c: number): boolean {
  if (c < 0x100 || c >= 0x3000 || (c >= 0x2000 && c < 0x2c00) || PINYIN_LETTERS.includes(String.fromCharCode(c))) return false;
  return cp1252Tables().encode[c] < 0;
}

/** Tone-marked letters of pinyin (`qīngdān`): text of their own, not a tolerant reading. */
const PINYIN_LETTERS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';

export interface LatticeOptions {
  source: LatticeSource;
  /** Characters may also be read as their own UTF-8 bytes (the tolerant decoder). */
  tolerant: boolean;
  /** The text went through NFKC: folded strings may be read as what they came from. */
  folded?: boolean;
}

/** One decoded character and the stretch of the text its bytes came from. */
export interface LatticeChar {
  text: string;
  from: number;
  to: number;
  /** Its bytes were not all in the text: one was put back, or the character is a loss mark. */
  inferred: boolean;
  lost: boolean;
  /** For a character completed by a byte put back: every character that byte could make. */
  alternatives?: number[];
}

/** Scale and per-character cost that turn unitScore into a log-probability-like score. */
const LOG_SCALE = 2.5;
const CHAR_COST = -7.5;
/** Costs of the less likely readings: a fold, a space that was a non-breaking space, a byte
 * put back where a control character was stripped. */
const FOLD_COST = -1.5;
const NBSP_COST = -2;
/** A space read as a folded character's UTF-8 bytes (U+00A0 → C2 A0, U+3000 → E3 80 80):
 * spaces are mostly spaces. */
const SPACE_FOLD_COST = -5;
const ASCII_RUN_FOLD_COST = -4;
const UTF8_READING_COST = 0;
const INSERT_COST = -4;
/** An ASCII letter or digit right after a Han character, where its byte could have been part
 * of a character: mildly odd, so a fold that completes a character wins. */
const ASCII_AFTER_HAN = -1;

interface Reading {
  len: number;
  bytes: number[];
  cost: number;
  /** The first byte is a Latin-1 reading (the tolerant decoder chose Latin-1 there). */
  latinFirst: boolean;
}

function utf8Bytes(cp: number): number[] {
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
}

const isAsciiAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const FRACTION_SLASH = 0x2044;
/** An ASCII letter or digit that is not part of a folded fraction (`3⁄4` is one byte). */
const isPlainAlnum = (text: string, k: number) =>
  isAsciiAlnum(text.charCodeAt(k)) && text.charCodeAt(k + 1) !== FRACTION_SLASH && text.charCodeAt(k - 1) !== FRACTION_SLASH;

/** The byte readings of text at i. */
function readingsAt(text: string, i: number, limit: number, tolerant: boolean, folded: boolean, out: Reading[]): void {
  out.length = 0;
  const { encode } = cp1252Tables();
  const c = text.charCodeAt(i);
  // The tolerant decoder read bytes as Latin-1 (not windows-1252) and dropped 0x80–0x9F.
  const latinByte = (x: number) => (tolerant ? (x >= 0xa0 && x <= 0xff ? x : -1) : encode[x]);
  if (c < 0x80) out.push({ len: 1, bytes: [c], cost: 0, latinFirst: false });
  else {
    if (latinByte(c) >= 0) out.push({ len: 1, bytes: [latinByte(c)], cost: 0, latinFirst: true });
    if (tolerant && (c < 0xd800 || c > 0xdfff)) out.push({ len: 1, bytes: utf8Bytes(c), cost: UTF8_READING_COST, latinFirst: false });
  }
  if (c === 0x20) out.push({ len: 1, bytes: [0xa0], cost: NBSP_COST, latinFirst: true });
  // Four UTF-8 bytes the tolerant decoder read as one supplementary character.
  if (tolerant && c >= 0xd800 && c <= 0xdbff && i + 1 < limit) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) out.push({ len: 2, bytes: utf8Bytes(cp), cost: UTF8_READING_COST, latinFirst: false });
  }
  for (let len = 1; folded && len <= MAX_FOLDED && i + len <= limit; len++) {
    const folded = text.slice(i, i + len);
    const sources = nfkcSources(folded);
    if (!sources) continue;
    // A digit or letter inside a run of them (12, GDP) is itself, not a fold.
    const inRun = len === 1 && isAsciiAlnum(folded.charCodeAt(0)) && (isPlainAlnum(text, i - 1) || isPlainAlnum(text, i + 1));
    const foldCost = folded === ' ' ? SPACE_FOLD_COST : inRun ? FOLD_COST + ASCII_RUN_FOLD_COST : FOLD_COST;
    for (const s of sources) {
      // Each source character as its Latin-1 byte or (tolerant) its UTF-8 bytes; a combining
      // mark after a letter can only have been UTF-8.
      const sc = s.charCodeAt(0);
      const mark = s.length > 1 ? s.charCodeAt(1) : -1;
      const tail = mark < 0 ? [] : tolerant ? utf8Bytes(mark) : null;
      if (!tail) continue;
      if (sc < 0x80) out.push({ len, bytes: [sc, ...tail], cost: foldCost, latinFirst: false });
      else if (latinByte(sc) >= 0 && !(folded === ' ' && sc === 0xa0)) out.push({ len, bytes: [latinByte(sc), ...tail], cost: foldCost, latinFirst: true });
      if (tolerant && sc >= 0x80) out.push({ len, bytes: [...utf8Bytes(sc), ...tail], cost: foldCost + UTF8_READING_COST, latinFirst: false });
    }
  }
}

// ---------------------------------------------------------------- source decoders

/** Decoder state: 0 when aligned; else the pending bytes (count in the top byte). */
type State = number;

interface Step {
  state: State;
  score: number;
  /** Code units emitted, in order, with whether each closed a pending sequence. */
  chars: number[];
}

const C1_FIRST = 0x80;
const C1_LAST = 0x9f;

/** A stripped byte put back, and the character it completes. */
interface Insertion {
  cp: number;
  byte: number;
  /** The characters the other possible bytes would complete (the neighbours choose later). */
  alternatives: number[];
  /** The character also takes the first byte of the reading after it (a lead put back). */
  consumesFirst: boolean;
}

interface Decoder {
  /** Feed bytes from `state`; returns the new state, the emitted code points and their score. */
  feed(state: State, bytes: readonly number[], prev: number, out: Step): void;
  /** Put one stripped byte back before `bytes` when that completes a character. */
  insert(state: State, first: number | undefined): Insertion | null;
  /** Close the run: what a pending sequence at the end becomes. */
  flush(state: State): number[];
}

/**
 * A log-probability-like score of one decoded character: every character costs (so a reading
 * that makes more characters out of the same text is not favoured for it), common characters
 * and dictionary word pairs less. On the scale of unitScore (common Han 1, rare −1.2, loss −2).
 */
function charScore(cp: number, prev: number): number {
  if (cp > 0xffff) return LOG_SCALE * -1.5 + CHAR_COST;
  let s = LOG_SCALE * (cp === 0xfffd ? SCORE_REPLACEMENT : COMMON_MARKS.includes(String.fromCharCode(cp)) ? COMMON_MARK_SCORE : unitScore(cp)) + CHAR_COST;
  if (prev >= 0 && prev <= 0xffff && wordBigram(prev, cp)) s += LOG_SCALE * BIGRAM_BONUS * 2;
  if (isAsciiAlnum(cp)) {
    if (prev >= 0x4e00 && prev <= 0x9fff) s += ASCII_AFTER_HAN;
    // Figures and Latin words run on: a digit after a digit is far likelier than a character.
    else if (isAsciiAlnum(prev)) s += ASCII_RUN_BONUS;
  }
  return s;
}

/** The marks of Chinese prose, each more frequent than any one character. */
const COMMON_MARKS = '，。、；：“”（）《》？！';
const COMMON_MARK_SCORE = 1.5;
const ASCII_RUN_BONUS = 4;

function emit(out: Step, cp: number, prev: () => number): void {
  out.score += charScore(cp, prev());
  out.chars.push(cp);
}

function doubleByteDecoder(enc: Legacy): Decoder {
  const { decode } = doubleByteTable(enc);
  const isLead = (b: number) => b >= 0x81 && b <= 0xfe;
  // Best character a stripped byte 0x80–0x9F completes, by unigram score: as a trail after a
  // pending lead, or as a lead before a byte (GBK's extension rows: 喆 86 B4, 昇 95 4E).
  const bestTrail: (Insertion | null)[] = new Array(256).fill(null);
  const bestLead: (Insertion | null)[] = new Array(256).fill(null);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    let best = -Infinity;
    const alternatives: number[] = [];
    for (let x = C1_FIRST; x <= C1_LAST; x++) {
      const cp = decode[(lead << 8) | x];
      if (!cp) continue;
      alternatives.push(cp);
      if (unitScore(cp) > best) {
        best = unitScore(cp);
        bestTrail[lead] = { cp, byte: x, consumesFirst: false, alternatives };
      }
    }
  }
  for (let trail = 0x40; trail <= 0xfe; trail++) {
    let best = -Infinity;
    const alternatives: number[] = [];
    for (let x = Math.max(C1_FIRST, 0x81); x <= C1_LAST; x++) {
      const cp = decode[(x << 8) | trail];
      if (!cp) continue;
      alternatives.push(cp);
      if (unitScore(cp) > best) {
        best = unitScore(cp);
        bestLead[trail] = { cp, byte: x, consumesFirst: true, alternatives };
      }
    }
  }
  return {
    feed(state, bytes, prev, out) {
      let lead = state;
      const last = () => (out.chars.length ? out.chars[out.chars.length - 1] : prev);
      for (const b of bytes) {
        if (lead === 0) {
          if (b < 0x80) emit(out, b, last);
          else if (isLead(b)) lead = b;
          else emit(out, enc === 'gbk' && b === 0x80 ? 0x20ac : 0xfffd, last);
          continue;
        }
        const cp = decode[(lead << 8) | b];
        lead = 0;
        if (cp) emit(out, cp, last);
        else {
          emit(out, 0xfffd, last);
          // The byte starts afresh (what decoders do after an invalid pair).
          if (b < 0x80) emit(out, b, last);
          else if (isLead(b)) lead = b;
          else emit(out, 0xfffd, last);
        }
      }
      out.state = lead;
    },
    insert(state, first) {
      if (state !== 0) return bestTrail[state];
      return first === undefined ? null : bestLead[first];
    },
    flush(state) {
      return state === 0 ? [] : [0xfffd];
    },
  };
}

/** UTF-8 state: up to three bytes of a sequence, packed with their count in the top byte. */
const pack = (bytes: number[]) => (bytes.length << 24) | ((bytes[0] ?? 0) << 16) | ((bytes[1] ?? 0) << 8) | (bytes[2] ?? 0);
const unpack = (s: State): number[] => [(s >> 16) & 0xff, (s >> 8) & 0xff, s & 0xff].slice(0, s >>> 24);
const seqLength = (lead: number) => (lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0);

/** Whether b may follow the sequence so far (the first continuation is narrower after E0, ED, F0, F4). */
function continues(seq: number[], b: number): boolean {
  if (seq.length === 1) {
    const lead = seq[0];
    const lo = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const hi = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    return b >= lo && b <= hi;
  }
  return b >= 0x80 && b <= 0xbf;
}

function codePoint(seq: number[]): number {
  if (seq.length === 2) return ((seq[0] & 0x1f) << 6) | (seq[1] & 0x3f);
  if (seq.length === 3) return ((seq[0] & 0x0f) << 12) | ((seq[1] & 0x3f) << 6) | (seq[2] & 0x3f);
  return ((seq[0] & 0x07) << 18) | ((seq[1] & 0x3f) << 12) | ((seq[2] & 0x3f) << 6) | (seq[3] & 0x3f);
}

function utf8Decoder(): Decoder {
  const cache = new Map<number, Insertion | null>();
  return {
    feed(state, bytes, prev, out) {
      let seq = state ? unpack(state) : [];
      const last = () => (out.chars.length ? out.chars[out.chars.length - 1] : prev);
      const start = (b: number) => {
        if (b < 0x80) emit(out, b, last);
        else if (seqLength(b)) seq = [b];
        else emit(out, 0xfffd, last);
      };
      for (const b of bytes) {
        if (seq.length === 0) {
          start(b);
          continue;
        }
        if (continues(seq, b)) {
          seq.push(b);
          if (seq.length === seqLength(seq[0])) {
            emit(out, codePoint(seq), last);
            seq = [];
          }
        } else {
          emit(out, 0xfffd, last);
          seq = [];
          start(b);
        }
      }
      out.state = seq.length ? pack(seq) : 0;
    },
    insert(state, first) {
      if (state === 0) return null;
      const key = state * 257 + (first ?? 256);
      if (cache.has(key)) return cache.get(key)!;
      const seq = unpack(state);
      const need = seqLength(seq[0]) - seq.length;
      let best: Insertion | null = null;
      let bestScore = -Infinity;
      const alternatives: number[] = [];
      for (let x = C1_FIRST; x <= C1_LAST; x++) {
        if (!continues(seq, x)) continue;
        const s = [...seq, x];
        let cp = -1;
        if (need === 1) cp = codePoint(s);
        else if (need === 2 && first !== undefined && continues(s, first)) cp = codePoint([...s, first]);
        if (cp < 0) continue;
        alternatives.push(cp);
        if (unitScore(cp) > bestScore) (bestScore = unitScore(cp)), (best = { cp, byte: x, consumesFirst: need === 2, alternatives });
      }
      cache.set(key, best);
      return best;
    },
    flush(state) {
      return state === 0 ? [] : [0xfffd];
    },
  };
}

// ---------------------------------------------------------------- tolerant consistency

/**
 * The tolerant decoder read a byte as Latin-1 only where no valid UTF-8 sequence started, so
 * a Latin-1 reading of a possible lead byte (0xC2–0xF4) forbids the bytes after it to complete
 * a sequence. The guard holds that sequence while it is still valid; INVALID when it completes.
 */
const INVALID = -1;

function advanceGuard(guard: number, b: number, latinRead: boolean): number {
  if (guard !== 0) {
    const seq = unpack(guard);
    if (continues(seq, b)) {
      seq.push(b);
      return seq.length === seqLength(seq[0]) ? INVALID : pack(seq);
    }
  }
  return latinRead && seqLength(b) > 0 ? pack([b]) : 0;
}


// ---------------------------------------------------------------- the dynamic programme

interface Node {
  score: number;
  state: State;
  /** Tolerant consistency guard (see advanceGuard). */
  guard: number;
  /** Last code point emitted on the best path (for word pairs). */
  prev: number;
  /** Text position where the pending bytes of `state` began. */
  pendingFrom: number;
  parent: Node | null;
  /** What this step emitted: code points with their text spans. */
  out: LatticeChar[];
}

/** Decoder states kept per position (the best ones): bounds the work per character. */
const MAX_STATES = 8;

/** The best reading of a stretch: its characters and its score (comparable between options
 * on the same stretch: a log-probability of the decoded text and of the readings taken). */
export interface LatticeResult {
  chars: LatticeChar[];
  score: number;
}

/** Decode text[from, to) under the options. */
export function decodeLattice(text: string, from: number, to: number, options: LatticeOptions): LatticeResult {
  const decoder = options.source === 'utf8' ? utf8Decoder() : doubleByteDecoder(options.source);
  const n = to - from;
  const nodes: Map<string, Node>[] = Array.from({ length: n + 1 }, () => new Map());
  nodes[0].set('0', { score: 0, state: 0, guard: 0, prev: -1, pendingFrom: from, parent: null, out: [] });
  const readings: Reading[] = [];
  const step: Step = { state: 0, score: 0, chars: [] };

  const relax = (at: number, node: Node) => {
    const map = nodes[at];
    // The last character is part of the key: a path that reads one character worse may make
    // a word with the next (竞 + 争 against 緊 + 争), so both are kept (within MAX_STATES).
    const key = `${node.state},${node.guard},${node.prev}`;
    const old = map.get(key);
    if (!old || node.score > old.score) map.set(key, node);
  };

  for (let i = 0; i < n; i++) {
    const here = nodes[i];
    if (here.size === 0) continue;
    let list = [...here.values()];
    if (list.length > MAX_STATES) list = list.sort((a, b) => b.score - a.score).slice(0, MAX_STATES);
    readingsAt(text, from + i, to, options.tolerant, options.folded === true, readings);
    for (const node of list) {
      for (const r of readings) {
        const end = from + i + r.len;
        // Plain reading, then the same reading with a stripped byte put back before it.
        for (let variant = 0; variant < 2; variant++) {
          let bytes = r.bytes;
          let cost = r.cost;
          const extra: LatticeChar[] = [];
          let state = node.state;
          let prev = node.prev;
          let pendingFrom = node.pendingFrom;
          let guard = node.guard;
          if (variant === 1) {
            const ins = decoder.insert(state, bytes[0]);
            if (!ins) continue;
            guard = advanceGuard(guard, ins.byte, false);
            if (guard === INVALID) continue;
            cost += INSERT_COST + charScore(ins.cp, prev);
            extra.push({ text: String.fromCodePoint(ins.cp), from: state ? pendingFrom : from + i, to: ins.consumesFirst ? end : from + i, inferred: true, lost: false, alternatives: ins.alternatives });
            prev = ins.cp;
            state = 0;
            if (ins.consumesFirst) bytes = bytes.slice(1);
            pendingFrom = from + i;
          }
          if (options.tolerant) {
            for (let k = 0; k < r.bytes.length && guard !== INVALID; k++) guard = advanceGuard(guard, r.bytes[k], k === 0 && r.latinFirst);
            if (guard === INVALID) continue;
          }
          step.chars = [];
          step.score = 0;
          decoder.feed(state, bytes, prev, step);
          // Text spans: a character that closed bytes pending from earlier reaches back.
          const out = extra;
          const pendingBefore = state !== 0;
          step.chars.forEach((cp, k) => {
            const start = k === 0 && pendingBefore ? pendingFrom : from + i;
            out.push({ text: String.fromCodePoint(cp), from: start, to: end, inferred: false, lost: cp === 0xfffd });
          });
          const nextPendingFrom = step.state === 0 ? end : step.chars.length > 0 || !pendingBefore ? from + i : pendingFrom;
          relax(i + r.len, {
            score: node.score + cost + step.score,
            state: step.state,
            guard,
            prev: step.chars.length ? step.chars[step.chars.length - 1] : prev,
            pendingFrom: nextPendingFrom,
            parent: node,
            out,
          });
        }
      }
    }
  }
  // The best path that ends aligned (a pending sequence at the end is a loss).
  let best: Node | null = null;
  let bestScore = -Infinity;
  for (const node of nodes[n].values()) {
    const tail = decoder.flush(node.state);
    const s = node.score + tail.length * SCORE_REPLACEMENT;
    if (s > bestScore) {
      bestScore = s;
      best = node;
    }
  }
  if (!best) return { chars: [], score: -Infinity };
  const chars: LatticeChar[] = [];
  for (const cp of decoder.flush(best.state)) chars.push({ text: String.fromCodePoint(cp), from: best.pendingFrom, to, inferred: false, lost: true });
  for (let node: Node | null = best; node; node = node.parent) for (let k = node.out.length - 1; k >= 0; k--) chars.push(node.out[k]);
  chars.reverse();
  chooseWithNeighbours(chars);
  return { chars, score: bestScore };
}

/**
 * A character completed by a byte put back was chosen on its own; now that both neighbours
 * are known, the one among its alternatives that makes words with them is taken (召 + 开).
 */
function chooseWithNeighbours(chars: LatticeChar[]): void {
  chars.forEach((c, k) => {
    if (!c.alternatives || c.alternatives.length < 2) return;
    const prev = k > 0 ? chars[k - 1].text.charCodeAt(0) : -1;
    const next = k + 1 < chars.length ? chars[k + 1].text.charCodeAt(0) : -1;
    let best = c.text.charCodeAt(0);
    let bestScore = -Infinity;
    for (const cp of c.alternatives) {
      let score = unitScore(cp);
      if (prev >= 0 && wordBigram(prev, cp)) score += 2;
      if (next >= 0 && wordBigram(cp, next)) score += 2;
      if (score > bestScore) (bestScore = score), (best = cp);
    }
    c.text = String.fromCharCode(best);
  });
}
