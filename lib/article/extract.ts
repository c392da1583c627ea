/**
 * The article on a page: its body element and metadata (title, date, source, reporter,
 * editor). Uses the same body finder as the detector, then reads the text around it.
 */
import { bodyCandidates, MIN_SHORT_BODY_CJK, pickBody } from './body';
import { findEditor, findReporter, findSource } from './byline';
import { frontMatterField, labelledDate, machineDate, normalizeDate, urlDate } from './dates';
import { CMS_BODY_SELECTORS, profileFor, SITE_PROFILES, type SiteProfile } from './profiles';
import { noiseBlocks } from './noise';
import { spacedText } from './spaced-text';
import { findTitle } from './title';
import { headZone, tailZone } from './zones';

export interface ExtractedArticle {
  root: Element;
  title: string;
  /** `YYYY-MM-DD` or `YYYY-MM-DD HH:mm`. */
  date: string | null;
  source: string | null;
  reporter: string | null;
  editor: string | null;
  /** Blocks inside `root` that are not article text (ads, captions, share bars, QR prompts): skip them when reading the text. */
  exclude?: Element[];
}

const META_DATES = [
  'meta[property="article:published_time"]',
  'meta[name="PubDate"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish_date"]',
  'meta[itemprop="datePublished"]',
];

/** datePublished in a JSON-LD block (read as text: a page's broken JSON must not stop us). */
const LD_DATE = /"datePublished"\s*:\s*"([^"]{8,40})"/;

function metaDate(doc: Document): string | null {
  for (const sel of META_DATES) {
    const v = doc.querySelector(sel)?.getAttribute('content');
    const d = v ? machineDate(v) : null;
    if (d) return d;
  }
  const blocks = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < blocks.length; i++) {
    const m = LD_DATE.exec(blocks[i].textContent ?? '');
    const d = m ? machineDate(m[1]) : null;
    if (d) return d;
  }
  return null;
}

function selectorDate(doc: Document, selectors: readonly string[], ref: string | null): string | null {
  for (const sel of selectors) {
    const el = doc.querySelector(sel);
    const d = el ? normalizeDate(el.getAttribute('datetime') ?? el.textContent ?? '', ref) : null;
    if (d) return d;
  }
  return null;
}

/** The first line of `text` that holds a date, normalised. */
function firstDateLine(text: string, ref: string | null): string | null {
  for (const line of text.split('\n')) {
    const d = normalizeDate(line, ref);
    if (d) return d;
  }
  return null;
}

/** Unix seconds in an inline script (profile.scriptDate), as Beijing time (UTC+8). */
function scriptDate(doc: Document, re: RegExp | undefined): string | null {
  if (!re) return null;
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length; i++) {
    const m = re.exec(scripts[i].textContent ?? '');
    if (!m) continue;
    const t = new Date((Number(m[1]) + 8 * 3600) * 1000);
    const iso = t.toISOString();
    return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  }
  return null;
}

function selectorText(doc: Document, selectors: readonly string[] | undefined): string | null {
  for (const sel of selectors ?? []) {
    const t = (doc.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) return t;
  }
  return null;
}

function findDate(doc: Document, url: string, profile: SiteProfile | undefined, head: string, body: string, tail: string): string | null {
  // The page date from the URL or meta tags completes partial dates ("01-06 08:12") and relative ones.
  const ref = urlDate(url) ?? metaDate(doc);
  return (
    (profile?.date ? selectorDate(doc, profile.date, ref) : null) ??
    scriptDate(doc, profile?.scriptDate) ??
    labelledDate(head, ref) ??
    firstDateLine(head, ref) ??
    selectorDate(doc, ['time[datetime]'], ref) ??
    normalizeDate(frontMatterField(body, 'date') ?? '') ??
    ref ??
    labelledDate(tail, ref)
  );
}

/** Characters read at each end of the body for dates and credits. */
const BODY_EDGE = 3000;

/**
 * `knownBody`: the body the detector already found on this page (still in it): the extractor
 * starts from it, instead of measuring every candidate again (a long article's whole text).
 */
export function extractArticle(doc: Document, url: string, profiles: readonly SiteProfile[] = SITE_PROFILES, knownBody?: Element): ExtractedArticle | null {
  const profile = profileFor(doc, url, profiles);
  let root: Element;
  if (knownBody?.isConnected) root = knownBody;
  else {
    const cands = bodyCandidates(doc, profile ? [...profile.body, ...CMS_BODY_SELECTORS] : CMS_BODY_SELECTORS);
    const body = pickBody(cands) ?? pickBody(cands, MIN_SHORT_BODY_CJK);
    if (!body) return null;
    root = body.el;
  }
  const { title, el: titleEl } = findTitle(doc, root, profile?.title);
  const head = headZone(root, titleEl);
  const tail = tailZone(root);
  // The body's edges only: its own credits open or close it, and a long article's middle is not read.
  const bodyText = `${spacedText(root, BODY_EDGE)}\n${spacedText(root, BODY_EDGE, true)}`;
  const date = findDate(doc, url, profile, head, bodyText, tail);
  // Bylines: the info line first, then the body's own credits, then the trailer.
  const pick = <T>(f: (s: string) => T | null): T | null => f(head) ?? f(bodyText) ?? f(tail);
  return {
    root,
    title,
    date,
    source: selectorText(doc, profile?.source) ?? pick(findSource),
    reporter: pick(findReporter),
    editor: pick(findEditor),
    exclude: noiseBlocks(root, url),
  };
}
