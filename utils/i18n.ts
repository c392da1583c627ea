/**
 * `t(key, …)`: every interface text, by typed key (locales/*.json). By default it is the
 * browser's i18n (@wxt-dev/i18n over browser.i18n.getMessage, in the browser's language);
 * when the reader chose an interface language in the options, the same messages are read
 * from that language's catalog instead.
 */
import { i18n, type GeneratedI18nStructure } from '#i18n';
import { browser } from 'wxt/browser';
import { catalogFromMessagesJson, formatMessage, type Catalog, type CatalogLocale, type UiLanguage } from '../lib/ui-text';

export type MessageKey = keyof GeneratedI18nStructure;

let override: Catalog | null = null;

export const t = ((key: string, ...args: never[]) =>
  override ? formatMessage(override, key, args) : (i18n.t as (k: string, ...a: unknown[]) => string)(key, ...args)) as typeof i18n.t;

/** Use this catalog for every later `t` (null: back to the browser's language). */
export function useCatalog(catalog: Catalog | null): void {
  override = catalog;
}

/** A language's catalog as built into the extension (_locales/<id>/messages.json). */
export async function fetchCatalog(locale: CatalogLocale): Promise<Catalog> {
  const url = browser.runtime.getURL(`/_locales/${locale}/messages.json` as '/');
  return catalogFromMessagesJson(await (await fetch(url)).json());
}

/** Extension pages: apply the reader's interface language and mark the document's language. */
export async function applyUiLanguage(language: UiLanguage, doc: Document = document): Promise<void> {
  useCatalog(language === 'auto' ? null : await fetchCatalog(language).catch(() => null));
  doc.documentElement.lang = t('meta.lang');
}
