/**
 * The hover card's words when the reader chose an interface language in the options: a
 * content script cannot read the extension's _locales files, so the card's part of each
 * locale file is bundled (a few hundred bytes each). Otherwise the card uses the browser's i18n.
 */
import { card as enCard, meta as enMeta } from '../../locales/en.json';
import { card as zhCnCard, meta as zhCnMeta } from '../../locales/zh_CN.json';
import { card as zhTwCard, meta as zhTwMeta } from '../../locales/zh_TW.json';
import { flattenLocale, type Catalog, type UiLanguage } from '../../lib/ui-text';

const PARTS = {
  en: { card: enCard, meta: enMeta },
  zh_CN: { card: zhCnCard, meta: zhCnMeta },
  zh_TW: { card: zhTwCard, meta: zhTwMeta },
};

/** The card's catalog for an interface language, or null to follow the browser. */
export function cardCatalog(language: UiLanguage): Catalog | null {
  return language === 'auto' ? null : flattenLocale(PARTS[language]);
}
