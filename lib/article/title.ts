/**
 * The headline: an h1 or a title-class element, not the site name. `<title>` is the last
 * resort because CMSes append " - 绵阳新闻网" or "_新闻中心_某某网" to it.
 */
import { frontMatterField } from './dates';
import { countCjk } from './text-stats';

const TITLE_SELECTORS = [
  'h1',
  '.article-title',
  '.article_title',
  '.news-title',
  '.news_title',
  '#title',
  '.title',
  '.tit',
  'h2',
];
const CHROME = 'header, nav, footer, .header, #header, .nav, #nav, .footer, #footer, .logo, #logo, .breadcrumb, .crumb';
const NOT_A_TITLE = /^(?:来源|來源|发布时间|發布時間|时间|時間|日期|作者|编辑|編輯|相关|相關|推荐|推薦|热点|熱點|评论|評論|首页|首頁|当前位置|當前位置)/;
/** Separators between the parts of `<title>`: headline, channel, site name, in either order. */
const TITLE_SEPARATORS = /\s*(?:\s[-–—|｜_]\s|——|--|_|｜|\|)\s*/;
/** Site names also show in the footer's copyright line, the logo's alt text and meta tags. */
const SITE_NAME_HOMES = 'footer, .footer, #footer, .bottom, #bottom, .copyright, #copyright, .foot, #foot';
const SITE_LINE = /(?:版权所有|版權所有|copyright|©|主办|主辦)[^\n]{0,80}/gi;
const MAX_IMAGES = 40;

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** Parts of `<title>` split on the usual separators; with a colon too (标题：副题 is kept whole as well). */
export function titleSegments(pageTitle: string): string[] {
  const parts = clean(pageTitle).split(TITLE_SEPARATORS).map(clean).filter(Boolean);
  const out = new Set(parts);
  for (const p of parts) for (const q of p.split(/[：:]/).map(clean)) if (q) out.add(q);
  return [...out];
}

/**
 * The two sides of every separator-like character in `<title>` (标题-站点名 written without
 * spaces, where a hyphen may also sit inside a headline): only an element on the page that
 * shows one of them exactly makes it the headline.
 */
function titleSides(pageTitle: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < pageTitle.length; i++) {
    if (!'-_|｜·—–'.includes(pageTitle[i])) continue;
    out.push(clean(pageTitle.slice(0, i)), clean(pageTitle.slice(i + 1)));
  }
  return out;
}

/** Is `t` the site's name? Evidence: og:site_name / SiteName meta, logo alt text, the footer's copyright line. */
function siteNameTest(doc: Document, root: Element): (t: string) => boolean {
  const names = new Set<string>();
  for (const sel of ['meta[property="og:site_name"]', 'meta[name="SiteName"]', 'meta[name="sitename"]', 'meta[name="ColumnName"]']) {
    const v = clean(doc.querySelector(sel)?.getAttribute('content'));
    if (v) names.add(v);
  }
  const imgs = doc.getElementsByTagName('img');
  for (let i = 0; i < imgs.length && i < MAX_IMAGES; i++) {
    if (root.contains(imgs[i])) continue;
    const alt = clean(imgs[i].getAttribute('alt'));
    if (alt) names.add(alt);
  }
  let footer = '';
  doc.querySelectorAll(SITE_NAME_HOMES).forEach((el) => (footer += ` ${el.textContent ?? ''}`));
  const tail = (doc.body?.textContent ?? '').slice(-3000);
  for (const m of tail.match(SITE_LINE) ?? []) footer += ` ${m}`;
  footer = clean(footer);
  return (t) => names.has(t) || (t.length >= 2 && footer.includes(t));
}

function usable(t: string, isSite: (t: string) => boolean): boolean {
  return t.length >= 4 && t.length <= 120 && countCjk(t) >= 2 && !isSite(t) && !NOT_A_TITLE.test(t);
}

export interface TitleFound {
  title: string;
  el: Element | null;
}

const SKIP_TAGS = /^(?:SCRIPT|STYLE|HEAD|TITLE|NOSCRIPT|A|OPTION|TEXTAREA)$/;

/**
 * The page element whose whole text is one of `texts` (a big-font <td><font><b>, a div.pages-title):
 * the outermost element with that text, outside links and page chrome.
 */
function elementWithText(doc: Document, root: Element, texts: ReadonlySet<string>): Element | null {
  if (!texts.size || !doc.body) return null;
  const stack: Element[] = [doc.body];
  while (stack.length) {
    const el = stack.pop()!;
    if (SKIP_TAGS.test(el.tagName.toUpperCase())) continue;
    let ownText = false;
    for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 && (c.nodeValue ?? '').trim()) ownText = true;
    // The headline may sit inside the body's container (div#main > div.tt + div#nr), never be it.
    if (ownText && el !== root && texts.has(clean(el.textContent))) {
      let top = el;
      const t = clean(el.textContent);
      while (top.parentElement && top.parentElement !== doc.body && clean(top.parentElement.textContent) === t) top = top.parentElement;
      if (!(top.closest(CHROME) && !top.closest('article'))) return top;
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return null;
}

export function findTitle(doc: Document, root: Element, extraSelectors: readonly string[] = []): TitleFound {
  const isSite = siteNameTest(doc, root);
  const pageTitle = clean(doc.title);
  // Headline candidates from <title>: its parts that are not the site name.
  const segments = titleSegments(pageTitle).filter((t) => usable(t, isSite));
  const metaTitles = ['meta[name="ArticleTitle"]', 'meta[property="og:title"]', 'meta[name="title"]']
    .map((sel) => clean(doc.querySelector(sel)?.getAttribute('content')))
    .filter((t) => usable(t, isSite));
  const known = new Set([...segments, ...metaTitles]);
  const repeated = (t: string) => known.has(t) || (segments.length > 0 && pageTitle.includes(t) && !isSite(t));

  let first: TitleFound | null = null;
  for (const sel of [...extraSelectors, ...TITLE_SELECTORS]) {
    const els = doc.querySelectorAll(sel);
    for (let i = 0; i < els.length; i++) {
      const el = els[i];
      if (el.closest(CHROME) && !el.closest('article')) continue;
      const t = clean(el.textContent);
      if (!usable(t, isSite)) continue;
      // A candidate that <title> or the title meta repeats is the headline; otherwise keep the first one.
      if (repeated(t)) return { title: t, el };
      first ??= { title: t, el };
    }
    if (first && extraSelectors.includes(sel)) return first;
  }
  // No heading element repeats <title>: look for any element showing one of its parts.
  const sides = titleSides(pageTitle).filter((t) => usable(t, isSite));
  const shown = elementWithText(doc, root, new Set([...known, ...sides]));
  if (shown) return { title: clean(shown.textContent), el: shown };
  if (first) return first;
  const fm = frontMatterField(root.textContent ?? '', 'title');
  if (fm) return { title: fm, el: null };
  if (metaTitles.length) return { title: metaTitles[0], el: null };
  // Last resort: the longest part of <title> that is not the site name (headlines outrun channel names).
  const best = [...segments].sort((a, b) => b.length - a.length)[0];
  return { title: best ?? pageTitle, el: null };
}
