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
const TITLE_SEPARATORS = /\s*(?:\s[-–—|｜_]\s|_|｜|\||——|--)\s*/;

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** Site-name parts of `<title>`: everything after the first separator. */
function siteNames(doc: Document): Set<string> {
  const parts = clean(doc.title).split(TITLE_SEPARATORS).map(clean).filter(Boolean);
  const names = new Set(parts.slice(1));
  const og = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content');
  if (og) names.add(clean(og));
  return names;
}

function usable(t: string, sites: Set<string>): boolean {
  return t.length >= 4 && t.length <= 120 && countCjk(t) >= 2 && !sites.has(t) && !NOT_A_TITLE.test(t);
}

export interface TitleFound {
  title: string;
  el: Element | null;
}

export function findTitle(doc: Document, root: Element, extraSelectors: readonly string[] = []): TitleFound {
  const sites = siteNames(doc);
  const pageTitle = clean(doc.title);
  let first: TitleFound | null = null;
  for (const sel of [...extraSelectors, ...TITLE_SELECTORS]) {
    const els = doc.querySelectorAll(sel);
    for (let i = 0; i < els.length; i++) {
      const el = els[i];
      if (el.closest(CHROME) && !el.closest('article')) continue;
      const t = clean(el.textContent);
      if (!usable(t, sites)) continue;
      // A candidate that <title> repeats is the headline; otherwise keep the first one.
      if (pageTitle.includes(t)) return { title: t, el };
      first ??= { title: t, el };
    }
    if (first) return first;
  }
  const fm = frontMatterField(root.textContent ?? '', 'title');
  if (fm) return { title: fm, el: null };
  const og = clean(doc.querySelector('meta[property="og:title"]')?.getAttribute('content'));
  if (usable(og, sites)) return { title: og, el: null };
  const head = clean(pageTitle.split(TITLE_SEPARATORS)[0]);
  return { title: head || pageTitle, el: null };
}
