/**
 * When is a line a damaged copy of another line, and which of the two carries the text?
 *
 * A copy differs from its twin only in damage: punctuation, script, pinyin, a character lost
 * here and there, a dateline or label dropped at its start. It never differs in figures,
 * names, places or dates. So two lines' keys (their words, see `lineKey`) are aligned, and
 * every difference must be a gap on one side only:
 * - inside the line, a gap of at most two ideographs that touches no digit (a lost character;
 *   东坝镇 vs 西坝镇 is a substitution, 2亿 vs 2万亿 touches a digit: both are facts);
 * - at either end, a longer gap on one side only (the summary that dropped the lead's
 *   dateline): that side is the complete one and stays.
 * A substitution anywhere, or extra material at the ends of both lines, means two sentences.
 */
import { isDigit, isHan } from './chars';

export type CopyVerdict = 'different' | 'drop-later' | 'drop-earlier';

/** A region where the two keys differ: a[aStart, aEnd) vs b[bStart, bEnd). */
interface Region {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/** Ideographs a copy may have lost at one place. */
const MAX_INNER_GAP = 2;
/** Share of the longer key that the ends of one copy may add (a dateline, a byline). */
const MAX_EDGE_SHARE = 0.3;

/**
 * The regions where a and b differ, by Myers' O((N+M)·D) diff with insertions and deletions
 * only; null when more than `maxD` characters differ.
 */
export function diffRegions(a: string, b: string, maxD: number): Region[] | null {
  const n = a.length;
  const m = b.length;
  const offset = maxD + 1;
  const v = new Int32Array(2 * maxD + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= maxD && found < 0; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return null;
  // Walk back through the trace, collecting the single-character steps, then merge them.
  const steps: { x: number; y: number; side: 'a' | 'b' }[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const vPrev = trace[d];
    const k = x - y;
    const down = k === -d || (k !== d && vPrev[offset + k - 1] < vPrev[offset + k + 1]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = vPrev[offset + prevK];
    const prevY = prevX - prevK;
    // The snake after the step is diagonal; the step itself is one insertion or deletion.
    if (down) steps.push({ x: prevX, y: prevY, side: 'b' });
    else steps.push({ x: prevX, y: prevY, side: 'a' });
    x = prevX;
    y = prevY;
  }
  steps.reverse();
  const regions: Region[] = [];
  for (const s of steps) {
    const last = regions[regions.length - 1];
    const r = s.side === 'a' ? { aStart: s.x, aEnd: s.x + 1, bStart: s.y, bEnd: s.y } : { aStart: s.x, aEnd: s.x, bStart: s.y, bEnd: s.y + 1 };
    if (last && last.aEnd === r.aStart && last.bEnd === r.bStart) {
      last.aEnd = r.aEnd;
      last.bEnd = r.bEnd;
    } else regions.push(r);
  }
  return regions;
}

/** Counts per UTF-16 code unit, reused between comparisons (a pass over both keys, then reset). */
let counts: Int32Array | null = null;

interface Surplus {
  /** Characters a has more of than b (a lower bound of its side of the diff), and of those not ideographs. */
  a: number;
  aOther: number;
  b: number;
  bOther: number;
}

/**
 * Characters one key has more of than the other: a lower bound of the insertions and
 * deletions, and a quick verdict on many pairs — a figure that differs leaves a surplus of
 * digits on both sides, which no damage explains. Linear, before the diff runs.
 */
function surplus(a: string, b: string): Surplus {
  counts ??= new Int32Array(65536);
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i)]++;
  for (let i = 0; i < b.length; i++) counts[b.charCodeAt(i)]--;
  const out: Surplus = { a: 0, aOther: 0, b: 0, bOther: 0 };
  const settle = (code: number) => {
    const n = counts![code];
    if (n === 0) return;
    const other = !isHan(String.fromCharCode(code));
    if (n > 0) {
      out.a += n;
      if (other) out.aOther += n;
    } else {
      out.b -= n;
      if (other) out.bOther -= n;
    }
    counts![code] = 0;
  };
  for (let i = 0; i < a.length; i++) settle(a.charCodeAt(i));
  for (let i = 0; i < b.length; i++) settle(b.charCodeAt(i));
  return out;
}

/** May `gap` (in a key) be a character or two lost from a copy? */
function isLostCharacters(key: string, start: number, end: number): boolean {
  if (end - start > MAX_INNER_GAP) return false;
  for (let i = start; i < end; i++) if (!isHan(key[i])) return false;
  return !isDigit(key[start - 1]) && !isDigit(key[end]);
}

/**
 * Compares the keys of an earlier and a later line. `different` keeps both; otherwise the
 * verdict names the copy to drop: the later one, unless only the later one is complete at
 * its ends (a summary placed before the lead it repeats).
 */
export function compareCopies(earlier: string, later: string): CopyVerdict {
  if (earlier === later) return 'drop-later';
  const longer = Math.max(earlier.length, later.length);
  const maxD = Math.ceil(longer * MAX_EDGE_SHARE) + 2 * MAX_INNER_GAP;
  const extra = surplus(earlier, later);
  if (extra.a + extra.b > maxD) return 'different';
  // Material missing from both copies can only be lost characters, never figures or letters.
  if (extra.a > 0 && extra.b > 0 && (extra.aOther > 0 || extra.bOther > 0)) return 'different';
  const regions = diffRegions(earlier, later, maxD);
  if (!regions) return 'different';
  let earlierEdge = 0;
  let laterEdge = 0;
  let earlierLost = 0;
  let laterLost = 0;
  for (const raw of regions) {
    const r = slideToEdge(raw, earlier, later);
    const inA = r.aEnd - r.aStart;
    const inB = r.bEnd - r.bStart;
    if (inA > 0 && inB > 0) return 'different'; // a substitution: another word, another figure
    const atEdge = (r.aStart === 0 && r.bStart === 0) || (r.aEnd === earlier.length && r.bEnd === later.length);
    if (atEdge && inA + inB > MAX_INNER_GAP) {
      if (inA > 0) earlierEdge += inA;
      else laterEdge += inB;
      continue;
    }
    const lost = inA > 0 ? isLostCharacters(earlier, r.aStart, r.aEnd) : isLostCharacters(later, r.bStart, r.bEnd);
    if (!lost) return 'different';
    // Characters present on one side only were lost from the other.
    if (inA > 0) laterLost += inA;
    else earlierLost += inB;
  }
  if (earlierEdge > 0 && laterEdge > 0) return 'different';
  if (Math.max(earlierEdge, laterEdge) > longer * MAX_EDGE_SHARE) return 'different';
  if (laterEdge > 0) return 'drop-earlier';
  if (earlierEdge > 0) return 'drop-later';
  // Complete at both ends: the copy that lost characters goes.
  return earlierLost > laterLost ? 'drop-earlier' : 'drop-later';
}

/**
 * A one-sided gap can often sit in several places (`准格尔旗` opens both the dateline a copy
 * dropped and the sentence after it): slide it towards an end of the line while the characters
 * it passes are equal, so a dropped opening reads as an edge gap, not as text inserted inside.
 */
function slideToEdge(r: Region, a: string, b: string): Region {
  const inA = r.aEnd - r.aStart;
  const inB = r.bEnd - r.bStart;
  if ((inA > 0) === (inB > 0)) return r;
  const side = inA > 0 ? a : b;
  let [s, e] = inA > 0 ? [r.aStart, r.aEnd] : [r.bStart, r.bEnd];
  let shift = 0;
  while (s - shift > 0 && side[s - shift - 1] === side[e - shift - 1]) shift++;
  const left = shift;
  shift = 0;
  while (e + shift < side.length && side[s + shift] === side[e + shift]) shift++;
  const right = shift;
  // Only a slide that reaches an end of both lines changes the verdict.
  const atStart = r.aStart - left === 0 && r.bStart - left === 0;
  const atEnd = r.aEnd + right === a.length && r.bEnd + right === b.length;
  if (atStart) return { aStart: r.aStart - left, aEnd: r.aEnd - left, bStart: r.bStart - left, bEnd: r.bEnd - left };
  if (atEnd) return { aStart: r.aStart + right, aEnd: r.aEnd + right, bStart: r.bStart + right, bEnd: r.bEnd + right };
  return r;
}
