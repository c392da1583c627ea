/**
 * Detection in the browsers: every fixture page on the default sites is classified as its
 * manifest says (non-articles untouched), sites the user adds are detected too, "Enrich
 * this page" works on any other page, and the per-site switch turns a site off.
 */
import { describe, expect, it } from 'vitest';
import { hostMatchesSite } from '../../lib/sites';
import { loadManifest } from '../support/server';
import { BROWSERS, domUntouched, openPopup, setSettings, useBrowser } from './context';

const manifest = Object.entries(loadManifest());
const onDefaultSites = (url: string) => ['myrb.net', 'gov.cn'].some((s) => hostMatchesSite(new URL(url).hostname, s));
const defaults = manifest.filter(([, e]) => onDefaultSites(e.url));
const elsewhere = manifest.filter(([, e]) => !onDefaultSites(e.url));

describe.each(BROWSERS)('%s: sites and detection', (name) => {
  const e2e = useBrowser(name);

  it.each(defaults)('classifies %s on a default site', async (file, entry) => {
    const page = await e2e.browser.newPage();
    await page.goto(e2e.server.urlOf(file));
    expect(await page.waitForState()).toBe(entry.isArticle ? 'enriched' : 'not-article');
    if (!entry.isArticle) expect(await page.evaluate(domUntouched)).toBe(true);
    await page.close();
  });

  it('leaves pages on other sites alone until asked, then enriches on request', async () => {
    const [file] = elsewhere.find(([, e]) => e.isArticle)!;
    const url = e2e.server.urlOf(file);
    const page = await e2e.browser.newPage();
    await page.goto(url);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-zhengwen'))).toBeNull();
    const popup = await openPopup(e2e.browser, url);
    await popup.click('[data-testid=enrich-page]');
    expect(await page.waitForState()).toBe('enriched');
    await popup.close();
    await page.close();
  });

  it('detects articles on sites the user added in the options', async () => {
    const hosts = [...new Set(elsewhere.map(([, e]) => new URL(e.url).hostname))];
    await setSettings(e2e.browser, { sites: hosts });
    // The background registers content scripts for the added sites when settings change.
    await new Promise((r) => setTimeout(r, 500));
    try {
      for (const [file, entry] of elsewhere) {
        const page = await e2e.browser.newPage();
        await page.goto(e2e.server.urlOf(file));
        expect(await page.waitForState(), file).toBe(entry.isArticle ? 'enriched' : 'not-article');
        if (!entry.isArticle) expect(await page.evaluate(domUntouched), file).toBe(true);
        if (file.startsWith('jekyll')) {
          // The mirror pasted the saved source into a <pre>: front matter and markup are junk.
          const text = await page.evaluate(() => document.body.innerText);
          expect(text).not.toMatch(/layout:|<\/?p>/);
          expect(text).toContain('市委书记罗增斌');
        }
        await page.close();
      }
    } finally {
      await setSettings(e2e.browser, {});
    }
  });

  it('switches a site off from the popup', async () => {
    const url = e2e.server.urlOf('myrb-article-003.html');
    const page = await e2e.browser.newPage();
    await page.goto(url);
    await page.waitForState();
    const popup = await openPopup(e2e.browser, url);
    await popup.click('[data-testid=site-switch]');
    await popup.waitFor(() => !(document.querySelector('[data-testid=site-switch]') as HTMLInputElement).checked);
    await popup.close();
    try {
      await page.goto(url);
      expect(await page.waitForState()).toBe('disabled');
      expect(await page.evaluate(domUntouched)).toBe(true);
    } finally {
      await setSettings(e2e.browser, {});
      await page.close();
    }
  });
});
