/**
 * Interface text: every key in every language with the same placeholders, each language in
 * its own script, the catalogs the options' language switch reads equal to what the browser
 * reads, and no interface text written into the components.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { catalogLocaleFor, CATALOG_LOCALES, flattenLocale, formatMessage, type Catalog } from '../../lib/ui-text';
import { findUiLiterals } from '../support/ui-literals';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (locale: string) => JSON.parse(readFileSync(join(ROOT, 'locales', `${locale}.json`), 'utf8')) as unknown;
const catalogs = Object.fromEntries(CATALOG_LOCALES.map((l) => [l, flattenLocale(read(l))])) as Record<(typeof CATALOG_LOCALES)[number], Catalog>;
const placeholders = (m: string) => [...new Set(m.match(/\$[1-9]/g) ?? [])].sort();
const forms = (m: string) => m.split(' | ').length;

describe('locale catalogs', () => {
  it.each(['zh_CN', 'zh_TW'] as const)('%s has exactly the English keys', (locale) => {
    expect(Object.keys(catalogs[locale]).sort()).toEqual(Object.keys(catalogs.en).sort());
  });

  it.each(['zh_CN', 'zh_TW'] as const)('%s uses the same placeholders and plural forms as English', (locale) => {
    for (const [key, en] of Object.entries(catalogs.en)) {
      const other = catalogs[locale][key];
      expect(other, key).toBeTruthy();
      expect(placeholders(other), key).toEqual(placeholders(en));
      expect([1, forms(en)], key).toContain(forms(other));
    }
  });

  it('writes English without Chinese, 简体 in simplified and 繁體 in traditional characters', () => {
    const toCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
    for (const [key, m] of Object.entries(catalogs.en)) expect(m, key).not.toMatch(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/);
    for (const [key, m] of Object.entries(catalogs.zh_CN)) expect(toCn(m), key).toBe(m);
    for (const [key, m] of Object.entries(catalogs.zh_TW)) expect(toTw(m), key).toBe(m);
  });

  it.each(CATALOG_LOCALES)('%s: the language switch reads the same messages as the browser', async (locale) => {
    const built = generateChromeMessages(await parseMessagesFile(join(ROOT, 'locales', `${locale}.json`))) as Record<string, { message: string }>;
    expect(Object.fromEntries(Object.entries(built).map(([k, v]) => [k, v.message]))).toEqual(catalogs[locale]);
  });
});

describe('message formatting (as browser.i18n and @wxt-dev/i18n do)', () => {
  const catalog = { a_b: 'Hello $1, $$1 and $2', count: '0 items | 1 item | $1 items', two: 'one | many' };
  it('substitutes positions and keeps $$ as a dollar sign', () => expect(formatMessage(catalog, 'a.b', [['Ada', 2]])).toBe('Hello Ada, $1 and 2'));
  it('picks plural forms', () => {
    expect([0, 1, 5].map((n) => formatMessage(catalog, 'count', [n]))).toEqual(['0 items', '1 item', '5 items']);
    expect([1, 2].map((n) => formatMessage(catalog, 'two', [n]))).toEqual(['one', 'many']);
  });
  it.each([
    ['zh-CN', 'zh_CN'],
    ['zh', 'zh_CN'],
    ['zh-SG', 'zh_CN'],
    ['zh-TW', 'zh_TW'],
    ['zh-HK', 'zh_TW'],
    ['zh-Hant-MO', 'zh_TW'],
    ['en-GB', 'en'],
    ['fr', 'en'],
  ])('reads %s in %s', (ui, locale) => expect(catalogLocaleFor(ui)).toBe(locale));
});

/** Files that render interface text: every word must come from the locale files. */
function uiFiles(): string[] {
  const dirs = ['entrypoints/popup', 'entrypoints/options', 'entrypoints/onboarding', 'components'];
  const walk = (dir: string): string[] =>
    readdirSync(join(ROOT, dir)).flatMap((f) => {
      const path = join(dir, f);
      return statSync(join(ROOT, path)).isDirectory() ? walk(path) : /\.tsx?$/.test(f) ? [path] : [];
    });
  return [...dirs.flatMap(walk), 'entrypoints/enricher/card.ts'];
}

describe('no interface text in the components', () => {
  it.each(uiFiles())('%s', (path) => {
    expect(findUiLiterals(readFileSync(join(ROOT, path), 'utf8'), path)).toEqual([]);
  });

  it.each([
    ['<button>显示原文 Show original</button>'],
    ['<button>Close</button>'],
    ['<input aria-label="Filter directives" />'],
    ['<img alt={"Logo"} />'],
    ["el('button', 'Close')"],
    ["node.textContent = 'Close';"],
    ["button.setAttribute('title', 'Close');"],
    ["const label = '官员';"],
    ["const label = `本文提及 ${n} 次`;"],
    ["const label = 'Show original';"],
  ])('finds the literal in %s', (source) => {
    expect(findUiLiterals(source, 'sample.tsx').length).toBeGreaterThan(0);
  });

  it.each([["import x from './Show Me';"], ["const cls = 'muted small';"], ["if (e.key === 'Escape') close();"], ["t('popup.enrichPage')"]])(
    'lets code through: %s',
    (source) => expect(findUiLiterals(source, 'sample.tsx')).toEqual([]),
  );
});

describe('colours defined once', () => {
  const files = [...uiFiles(), 'entrypoints/enricher/card-style.ts', 'entrypoints/enricher/highlight.ts', 'lib/dom/highlights.ts', 'components/theme.css', 'entrypoints/popup/style.css', 'entrypoints/options/style.css', 'entrypoints/onboarding/style.css'];
  it.each(files)('%s names no colour of its own (lib/palette.ts does)', (path) => {
    const code = readFileSync(join(ROOT, path), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code.match(/#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?)\(/gi) ?? [], path).toEqual([]);
  });
});
