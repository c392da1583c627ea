/**
 * Sites the extension runs on by default: the Mianyang news site and a short list of
 * Chinese news and government hosts. The manifest's content-script matches and host
 * permissions are generated from this one list; the README names it.
 */
export const DEFAULT_SITE_PATTERNS: readonly string[] = [
  '*://*.myrb.net/*',
  '*://*.gov.cn/*',
  '*://*.people.com.cn/*',
  '*://*.xinhuanet.com/*',
  '*://*.news.cn/*',
  '*://*.chinanews.com.cn/*',
];

/** Does a URL's host match a user-entered site ("example.com" matches its subdomains)? */
export function hostMatchesSite(host: string, site: string): boolean {
  const s = site.trim().toLowerCase().replace(/^\*?\.?/, '').replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  const h = host.toLowerCase();
  return s !== '' && (h === s || h.endsWith(`.${s}`));
}

/** Match pattern for a user-entered site, for permission requests and registration. */
export function sitePattern(site: string): string {
  const s = site.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '').replace(/^\*\./, '');
  return `*://*.${s}/*`;
}
