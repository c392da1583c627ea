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

/** Why a user's site entry was refused (the options page shows it next to the field). */
export type SiteProblem = 'wildcard' | 'tld' | 'port' | 'userinfo' | 'invalid';
export type SiteEntry = { ok: true; host: string } | { ok: false; problem: SiteProblem };

/**
 * Registrable-looking names that are really shared suffixes: a "site" there would be every
 * site under it. Not the whole Public Suffix List, only the ones readers of Chinese news meet.
 */
const SHARED_SUFFIXES = new Set([
  'com.cn', 'net.cn', 'org.cn', 'gov.cn', 'edu.cn', 'ac.cn', 'mil.cn',
  'com.hk', 'org.hk', 'gov.hk', 'edu.hk', 'com.tw', 'org.tw', 'gov.tw', 'edu.tw', 'com.mo', 'gov.mo',
  'com.sg', 'gov.sg', 'com.my', 'co.uk', 'org.uk', 'gov.uk', 'ac.uk', 'co.jp', 'com.au',
]);

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * A site entry as typed in the options ("news.example.com", "https://example.com/path",
 * "*.example.com") → its hostname, or why it cannot be a site: a bare wildcard, a top-level
 * domain or shared suffix, a port, a user name, or not a hostname at all (IP addresses
 * included: match patterns cannot cover their "subdomains").
 */
export function parseSiteEntry(raw: string): SiteEntry {
  let s = raw.trim().toLowerCase();
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '');
  if (s.includes('@')) return { ok: false, problem: 'userinfo' };
  if (/:\d*$/.test(s)) return { ok: false, problem: 'port' };
  s = s.replace(/^\*?\./, ''); // "*.example.com" and ".example.com" mean the site and its subdomains
  if (s.includes('*')) return { ok: false, problem: 'wildcard' };
  s = s.replace(/\.$/, '');
  let host: string;
  try {
    host = new URL(`http://${s}`).hostname;
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (s === '' || host.includes(':') || /^[\d.]+$/.test(host)) return { ok: false, problem: 'invalid' };
  const labels = host.split('.');
  if (!labels.every((l) => LABEL.test(l))) return { ok: false, problem: 'invalid' };
  if (labels.length < 2 || SHARED_SUFFIXES.has(host)) return { ok: false, problem: 'tld' };
  return { ok: true, host };
}
