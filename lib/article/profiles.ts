/**
 * Site profiles are data, not code: which URLs of a site are articles and where its
 * article body, title and date live. Sites without a profile fall back to the common
 * Chinese CMS body containers below and then to the generic detector.
 */

export interface SiteProfile {
  id: string;
  /** Host names; a profile also applies to their subdomains. */
  hosts: string[];
  /** Path (+ query) of an article page. Other URLs on the site are not articles. */
  articleUrl?: RegExp;
  /** Body containers, most specific first. */
  body: string[];
  title?: string[];
  date?: string[];
}

export const SITE_PROFILES: readonly SiteProfile[] = [
  {
    // 绵阳新闻网: articles live under /html/YYYY/MM/DD/<id>.html
    id: 'myrb',
    hosts: ['myrb.net'],
    articleUrl: /^\/html\/\d{4}\/\d{1,2}\/\d{1,2}\/[\w-]+\.s?html?$/,
    body: ['.article-content', '#news_content', '.TRS_Editor', '#content'],
    title: ['.article-title h1', 'h1'],
    date: ['.article-info .time', '.info .time'],
  },
];

/**
 * Body containers of common Chinese CMSes: TRS WCM (`.TRS_Editor`), the gov-site `#zoom`,
 * and the usual class/id names. Checked on every page, so kept short: an id costs a hash
 * lookup, each class or tag a walk of the document. Bodies made of <p>, <br> lines or
 * <pre> are found without any selector.
 */
export const CMS_BODY_SELECTORS: readonly string[] = [
  '.TRS_Editor',
  '#zoom',
  '.article-content',
  '#article_content',
  '#news_content',
  '.content',
  '#content',
  'article',
];

export function profileForUrl(url: string, profiles: readonly SiteProfile[] = SITE_PROFILES): SiteProfile | undefined {
  const host = hostOf(url);
  if (!host) return undefined;
  return profiles.find((p) => p.hosts.some((h) => host === h || host.endsWith(`.${h}`)));
}

/** Host and path without the URL class (content scripts and Node both have it, but keep this cheap). */
export function hostOf(url: string): string {
  const m = /^[a-z][\w+.-]*:\/\/([^/?#:]+)/i.exec(url);
  return m ? m[1].toLowerCase() : '';
}

export function pathOf(url: string): string {
  const m = /^[a-z][\w+.-]*:\/\/[^/?#]*([^#]*)/i.exec(url);
  return m && m[1] ? m[1] : '/';
}
