/**
 * Site profiles are data, not code: where a site's article body, title and date live, and
 * the URL shape its articles usually have. A profile refines; the content decides: an
 * article-shaped page at an unexpected URL (a redesign, a mirror that kept the paths) is
 * still an article, and the URL shape only shows in the detector's reason. Sites without a
 * profile fall back to the common Chinese CMS body containers below and the generic detector.
 */

export interface SiteProfile {
  id: string;
  /** Host names; a profile also applies to their subdomains. */
  hosts: string[];
  /** Path (+ query) articles usually have: reported as agreeing or not, never a veto. */
  articleUrl?: RegExp;
  /** Body containers, most specific first. */
  body: string[];
  title?: string[];
  date?: string[];
  /** Elements whose text is the source (an account or outlet name). */
  source?: string[];
  /** An `#id` only this platform's pages carry: the profile applies on any URL (saved pages, mirrors). */
  marker?: string;
  /** Publication time as Unix seconds in an inline script (capture group 1), read as Beijing time. */
  scriptDate?: RegExp;
}

export const SITE_PROFILES: readonly SiteProfile[] = [
  {
    // 绵阳新闻网: articles have been seen under /html/YYYY/MM/DD/<id>.html
    id: 'myrb',
    hosts: ['myrb.net'],
    articleUrl: /^\/html\/\d{4}\/\d{1,2}\/\d{1,2}\/[\w-]+\.s?html?$/,
    body: ['.article-content', '#news_content', '.TRS_Editor', '#content'],
    title: ['.article-title h1', 'h1'],
    date: ['.article-info .time', '.info .time'],
  },
  {
    // WeChat official-account articles: paragraphs are <section>/<span> blocks in #js_content;
    // the publish time is often only in the script (`var ct = "1683628200"`).
    id: 'wechat',
    hosts: ['mp.weixin.qq.com'],
    marker: '#js_content',
    body: ['#js_content'],
    title: ['#activity-name', 'h1.rich_media_title', '.rich_media_title'],
    date: ['#publish_time'],
    source: ['#js_name', '.rich_media_meta_nickname'],
    scriptDate: /\bct\s*=\s*["']?(\d{10})\b/,
  },
];

/**
 * Body containers of common Chinese CMSes: TRS WCM (`.TRS_Editor`), the gov-site `#zoom`,
 * WeChat's `#js_content`, and the usual class/id names. Checked on every page, so kept short: an id costs a hash
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
  '#js_content',
  'article',
];

/** The profile for this page: by host, else by a platform marker element in the page. */
export function profileFor(doc: Document, url: string, profiles: readonly SiteProfile[] = SITE_PROFILES): SiteProfile | undefined {
  const byHost = profileForUrl(url, profiles);
  if (byHost) return byHost;
  for (const p of profiles) if (p.marker && doc.getElementById(p.marker.slice(1))) return p;
  return undefined;
}

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
