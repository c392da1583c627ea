/**
 * Finds the element that holds an article's prose. Candidates come from three cheap
 * sources: known body containers (profile + CMS selectors), parents of paragraphs that
 * read as prose, and line-broken blocks (`<br>` layouts of old gov sites, `<pre>` mirrors).
 * Each candidate is then measured once: Chinese characters, sentence marks, link text,
 * paragraph count and how often a full date repeats (lists repeat dates, articles don't).
 */
import { countCjk, countText } from './text-stats';

export interface BlockStats {
  cjk: number;
  punct: number;
  /** Chinese characters inside links. */
  linkCjk: number;
  links: number;
  /** Prose blocks: paragraphs with some Chinese text, or lines of a line-broken block. */
  paras: number;
  /** Full dates (2022-01-06, 2022年1月6日) in the text. */
  dates: number;
}

export interface BodyCandidate {
  el: Element;
  via: string;
  stats: BlockStats;
  /** Why it cannot be an article body, or '' when it can. */
  flaw: string;
}

/** Prose needs this many Chinese characters outside links to count as an article body. */
export const MIN_BODY_CJK = 200;
/** …or this many when the page also carries a byline or date line and has ≥ 2 paragraphs. */
export const MIN_SHORT_BODY_CJK = 110;
const MIN_PARA_CJK = 10;
const MAX_LINK_DENSITY = 0.3;
/** At least one sentence mark per this many Chinese characters: lists of titles have none. */
const MAX_CJK_PER_MARK = 45;
const MAX_P_PARENTS = 4;
/** No article body holds this many links (a page wrapper around lists does). */
const MAX_BODY_LINKS = 150;

const FULL_DATE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/g;

export function measure(el: Element, paraCount: number): BlockStats {
  const anchors = el.getElementsByTagName('a');
  // A portal wrapper with hundreds of links is no body; its text need not even be read.
  if (anchors.length > MAX_BODY_LINKS) return { cjk: 0, punct: 0, linkCjk: 0, links: anchors.length, paras: paraCount, dates: 0 };
  const text = el.textContent ?? '';
  const { cjk, punct } = countText(text);
  const stats: BlockStats = { cjk, punct, linkCjk: 0, links: 0, paras: paraCount, dates: 0 };
  // Text alone rules most blocks out (too short, or titles without sentences): skip the link scan.
  if (flawOf(stats, MIN_SHORT_BODY_CJK)) return stats;
  for (let i = 0; i < anchors.length; i++) {
    const t = anchors[i].textContent ?? '';
    if (!t.trim()) continue;
    stats.links++;
    stats.linkCjk += countCjk(t);
    // Enough to know it's a link list; don't walk thousands of links.
    if (stats.linkCjk > cjk * 0.6 && stats.links > 20) {
      stats.links = anchors.length;
      break;
    }
  }
  stats.dates = text.match(FULL_DATE)?.length ?? 0;
  return stats;
}

/** Why these stats are not an article body ('' when they could be). */
export function flawOf(s: BlockStats, minCjk: number): string {
  if (s.links > MAX_BODY_LINKS) return `link-heavy (${s.links} links)`;
  const prose = s.cjk - s.linkCjk;
  if (prose < minCjk) return `too little text (${prose} Chinese characters outside links)`;
  if (s.cjk > 0 && s.linkCjk / s.cjk > MAX_LINK_DENSITY) return `link-dense (${Math.round((100 * s.linkCjk) / s.cjk)}% link text)`;
  if (s.punct < 4 || s.cjk / Math.max(1, s.punct) > MAX_CJK_PER_MARK) return 'no sentences (few sentence marks)';
  if (s.dates >= 4 && s.dates * 60 > prose / 2) return `list-like (${s.dates} dates)`;
  if (s.links >= 8 && s.paras >= 4 && s.links >= 0.8 * s.paras && prose / s.paras < 100) {
    return `list-like (${s.links} links over ${s.paras} short paragraphs)`;
  }
  return '';
}

interface Tally {
  cjk: number;
  paras: number;
}

/**
 * All body candidates, measured. `selectors` are tried first (profile, then CMS).
 * Cost: one selector query, three tag scans, and one measurement per candidate.
 */
export function bodyCandidates(doc: Document, selectors: readonly string[]): BodyCandidate[] {
  const found = new Map<Element, { via: string; paras: number }>();
  const add = (el: Element | null, via: string, paras: number) => {
    if (el && !found.has(el)) found.set(el, { via, paras });
  };

  // Paragraph parents: tally prose per parent, keep the few largest.
  const tally = new Map<Element, Tally>();
  const ps = doc.getElementsByTagName('p');
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i];
    const parent = p.parentElement;
    if (!parent) continue;
    const n = countCjk(p.textContent ?? '');
    if (n < MIN_PARA_CJK) continue;
    const t = tally.get(parent);
    if (t) {
      t.cjk += n;
      t.paras++;
    } else tally.set(parent, { cjk: n, paras: 1 });
  }
  // Bodies without <p>: paragraphs as <section>/<div> blocks holding only inline text (WeChat
  // editors, some CMS templates). Scanned only on pages with hardly any <p> and no <p> prose
  // (portals full of <p> blurbs skip it), and divs only when few enough to stay cheap.
  let pProse = 0;
  for (const t of tally.values()) pProse = Math.max(pProse, t.cjk);
  if (pProse < MIN_SHORT_BODY_CJK && ps.length < MAX_P_FOR_LEAF_SCAN) {
    tallyLeaves(doc.getElementsByTagName('section'), tally);
    const divs = doc.getElementsByTagName('div');
    if (divs.length <= MAX_DIVS_SCANNED) tallyLeaves(divs, tally);
  }
  const parents = [...tally.entries()].filter(([, t]) => t.cjk >= MIN_SHORT_BODY_CJK / 2);
  parents.sort((a, b) => b[1].cjk - a[1].cjk);
  const paraCount = (el: Element): number => {
    let n = 0;
    for (const [parent, t] of tally) if (parent === el || el.contains(parent)) n += t.paras;
    return n;
  };

  for (const sel of selectors) {
    const els = selectAll(doc, sel);
    for (let i = 0; i < els.length; i++) add(els[i], 'selector', 0);
  }
  for (const [parent, t] of parents.slice(0, MAX_P_PARENTS)) {
    add(parent, 'paragraphs', t.paras);
    // A body split over sibling wrappers shows up as their common parent.
    const up = parent.parentElement;
    if (up && up.tagName !== 'BODY' && up.tagName !== 'HTML') add(up, 'paragraphs-parent', 0);
  }
  // Line-broken text: <br> runs (table layouts) and <pre> (mirrors of raw files).
  const brs = doc.getElementsByTagName('br');
  if (brs.length >= 3) {
    const brCount = new Map<Element, number>();
    for (let i = 0; i < brs.length; i++) {
      const parent = brs[i].parentElement;
      if (parent) brCount.set(parent, (brCount.get(parent) ?? 0) + 1);
    }
    for (const [parent, n] of brCount) if (n >= 3) add(parent, 'line-breaks', n + 1);
  }
  const pres = doc.getElementsByTagName('pre');
  for (let i = 0; i < pres.length; i++) add(pres[i], 'pre', 0);

  const out: BodyCandidate[] = [];
  for (const [el, { via, paras }] of found) {
    const stats = measure(el, paras || paraCount(el) || lineCount(el));
    out.push({ el, via, stats, flaw: flawOf(stats, MIN_BODY_CJK) });
  }
  return out;
}

/**
 * Simple selectors (#id, .class, tag) through the native lookups, which browsers answer
 * from indexes or cached collections; a selector-list querySelectorAll costs ~1 ms on a
 * big portal page.
 */
export function selectAll(doc: Document, sel: string): ArrayLike<Element> {
  if (/^#[\w-]+$/.test(sel)) {
    const el = doc.getElementById(sel.slice(1));
    return el ? [el] : [];
  }
  if (/^\.[\w-]+$/.test(sel)) return doc.getElementsByClassName(sel.slice(1));
  if (/^[a-z]+$/i.test(sel)) return doc.getElementsByTagName(sel);
  return doc.querySelectorAll(sel);
}

/** Above this many divs, a page without prose paragraphs is a portal, not a <div>-paragraph article. */
const MAX_DIVS_SCANNED = 800;
/** Pages with this many <p> write their paragraphs as <p>; block-leaf paragraphs are not looked for. */
const MAX_P_FOR_LEAF_SCAN = 8;
const BLOCK_TAGS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'UL', 'OL', 'LI', 'TABLE', 'TR', 'TD', 'DL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FORM', 'PRE', 'FIGURE', 'HEADER', 'FOOTER', 'NAV', 'ASIDE']);

/** A block whose children are all inline: it reads as one paragraph. */
function isBlockLeaf(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_TAGS.has(c.tagName)) return false;
  return true;
}

/**
 * Tallies block leaves like paragraphs, under the nearest ancestor that holds more than this
 * one wrapper (editors nest each paragraph in its own <section>).
 */
function tallyLeaves(els: ArrayLike<Element>, tally: Map<Element, Tally>): void {
  for (let i = 0; i < els.length; i++) {
    const el = els[i];
    if (!isBlockLeaf(el)) continue;
    const n = countCjk(el.textContent ?? '');
    if (n < MIN_PARA_CJK) continue;
    let parent = el.parentElement;
    while (parent && parent.childElementCount === 1 && parent.parentElement && parent.parentElement.tagName !== 'BODY') parent = parent.parentElement;
    if (!parent) continue;
    const t = tally.get(parent);
    if (t) {
      t.cjk += n;
      t.paras++;
    } else tally.set(parent, { cjk: n, paras: 1 });
  }
}

function lineCount(el: Element): number {
  return (el.textContent ?? '').split('\n').filter((l) => countCjk(l) >= MIN_PARA_CJK).length;
}

export const proseOf = (c: BodyCandidate): number => c.stats.cjk - c.stats.linkCjk;

/**
 * The body: the candidate with the most prose, narrowed to the innermost candidate
 * inside it that still holds most of that prose (drops share bars, related links, footers).
 */
export function pickBody(cands: readonly BodyCandidate[], minCjk = MIN_BODY_CJK): BodyCandidate | undefined {
  const ok = cands.filter((c) => !flawOf(c.stats, minCjk));
  if (!ok.length) return undefined;
  let best = ok[0];
  for (const c of ok) if (proseOf(c) > proseOf(best)) best = c;
  let inner = best;
  for (const c of ok) {
    if (c !== inner && inner.el.contains(c.el) && proseOf(c) >= 0.8 * proseOf(best)) inner = c;
  }
  return inner;
}
