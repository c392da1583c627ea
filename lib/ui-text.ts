/**
 * Interface text outside the browser's own i18n: when the reader picks an interface language
 * in the options, the UI formats messages from that language's catalog with the same rules
 * as `browser.i18n.getMessage` and @wxt-dev/i18n (positional `$1`–`$9`, `$$` for a dollar
 * sign, plural forms joined by " | "). Pure: catalogs come in as data.
 */

/** The reader's choice; 'auto' follows the browser's language. */
export type UiLanguage = 'auto' | 'en' | 'zh_CN' | 'zh_TW';
export const UI_LANGUAGES: readonly UiLanguage[] = ['auto', 'en', 'zh_CN', 'zh_TW'];
/** Locales with a catalog (`locales/<id>.json` → `_locales/<id>/messages.json`). */
export const CATALOG_LOCALES = ['en', 'zh_CN', 'zh_TW'] as const;
export type CatalogLocale = (typeof CATALOG_LOCALES)[number];

/** Message name (dots as underscores, as in _locales) → message text. */
export type Catalog = Record<string, string>;

/** A nested locale file (locales/*.json) → flat catalog, as @wxt-dev/i18n builds _locales. */
export function flattenLocale(tree: unknown, prefix = ''): Catalog {
  const out: Catalog = {};
  if (typeof tree === 'string') {
    out[prefix] = tree;
    return out;
  }
  if (!tree || typeof tree !== 'object') return out;
  const entries = Object.entries(tree as Record<string, unknown>);
  // A plural message: keys are counts and "n"; its forms are joined by " | ".
  if (entries.length > 0 && entries.every(([k, v]) => (k === 'n' || Number.isFinite(Number(k))) && typeof v === 'string')) {
    out[prefix] = entries.map(([, v]) => v as string).join(' | ');
    return out;
  }
  for (const [k, v] of entries) Object.assign(out, flattenLocale(v, prefix ? `${prefix}_${k}` : k));
  return out;
}

/** A _locales messages.json object → flat catalog. */
export function catalogFromMessagesJson(json: unknown): Catalog {
  const out: Catalog = {};
  if (!json || typeof json !== 'object') return out;
  for (const [k, v] of Object.entries(json as Record<string, unknown>)) {
    const message = v && typeof v === 'object' ? (v as { message?: unknown }).message : undefined;
    if (typeof message === 'string') out[k] = message;
  }
  return out;
}

type Arg = number | readonly (string | number)[] | undefined;

/** `$1`…`$9` → substitutions, `$$` → `$`, as browser.i18n.getMessage does. */
export function substitute(message: string, subs: readonly (string | number)[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, c: string) => (c === '$' ? '$' : String(subs[Number(c) - 1] ?? '')));
}

/** Pick the plural form as @wxt-dev/i18n does: "one | other" or "zero | one | other". */
export function pluralForm(message: string, count: number): string {
  const forms = message.split(' | ');
  if (forms.length === 2) return forms[count === 1 ? 0 : 1];
  if (forms.length === 3) return forms[count === 0 || count === 1 ? count : 2];
  return forms[0];
}

/** Format `key` (dotted, as typed) from a catalog; args as i18n.t takes them: count and/or substitutions. */
export function formatMessage(catalog: Catalog, key: string, args: readonly Arg[]): string {
  const message = catalog[key.replaceAll('.', '_')] ?? '';
  let count: number | undefined;
  let subs: readonly (string | number)[] | undefined;
  for (const a of args) {
    if (typeof a === 'number') count = a;
    else if (Array.isArray(a)) subs = a;
  }
  if (count !== undefined && !subs) subs = [String(count)];
  const withSubs = substitute(message, subs ?? []);
  return count === undefined ? withSubs : pluralForm(withSubs, count);
}

/** The catalog locale for a browser UI language (zh-HK and zh-MO read traditional). */
export function catalogLocaleFor(uiLanguage: string): CatalogLocale {
  const l = uiLanguage.toLowerCase().replace('_', '-');
  if (!l.startsWith('zh')) return 'en';
  return /^zh-(tw|hk|mo|hant)/.test(l) ? 'zh_TW' : 'zh_CN';
}
