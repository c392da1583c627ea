/**
 * The vertical slice in both real browsers: an article page is repaired and converted in
 * place, a list page is left alone, the popup shows the report, and the options' target
 * script applies on the next page load.
 */
import { describe, expect, it } from 'vitest';
import { bodyText, BROWSERS, domUntouched, useBrowser } from './context';
import { tabIdOf } from './harness';

const PINYIN_ANNOTATION = /\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6})\)/u;
// A few traditional-only characters that the seed pages contain in quantity.
const TRADITIONAL_ONLY = /[區調強堅會發關經濟領導實務開]/u;

describe.each(BROWSERS)('%s: foundation', (name) => {
  const e2e = useBrowser(name);

  it('repairs and converts an article page on the Mianyang site', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(e2e.server.urlOf('myrb-article-000.html'));
    expect(await page.waitForState()).toBe('enriched');
    const text = await page.evaluate(bodyText);
    expect(text).not.toMatch(PINYIN_ANNOTATION);
    expect(text).not.toMatch(TRADITIONAL_ONLY);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.close();
  });

  it('leaves a news list page untouched and marks it not-article', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(e2e.server.urlOf('myrb-list.html'));
    expect(await page.waitForState()).toBe('not-article');
    expect(await page.evaluate(domUntouched)).toBe(true);
    await page.close();
  });

  it('shows the report in the popup', async () => {
    const page = await e2e.browser.newPage();
    const url = e2e.server.urlOf('myrb-article-000.html');
    await page.goto(url);
    await page.waitForState();
    const tabId = await tabIdOf(e2e.browser, url);
    expect(tabId).toBeGreaterThanOrEqual(0);
    const popup = await e2e.browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitFor(() => !!document.querySelector('[data-testid=page-state][data-state=enriched]'));
    await popup.click('[data-testid=tab-repairs]');
    const counts = await popup.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll('[data-testid=repair-count]')].map((li) => [li.getAttribute('data-kind'), Number(li.getAttribute('data-count'))])),
    );
    expect(counts.pinyin).toBeGreaterThan(10);
    expect(counts.script).toBeGreaterThan(10);
    await popup.close();
    await page.close();
  });

  it('applies a target script chosen in the options on the next page load', async () => {
    const options = await e2e.browser.openExtensionPage('options.html');
    await options.waitFor(() => !!document.querySelector('[data-testid=target]'));
    await options.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('[data-testid=target]')!;
      select.value = 'zh-TW';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await options.waitFor(() => document.querySelector('[data-testid=status]')!.textContent!.length > 0);
    const page = await e2e.browser.newPage();
    await page.goto(e2e.server.urlOf('myrb-article-001.html'));
    expect(await page.waitForState()).toBe('enriched');
    const text = await page.evaluate(bodyText);
    expect(text).toMatch(TRADITIONAL_ONLY);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
    // Back to the default for the other tests.
    await options.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('[data-testid=target]')!;
      select.value = 'zh-CN';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.close();
    await options.close();
  });
});
