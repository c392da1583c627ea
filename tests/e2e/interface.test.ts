/**
 * The interface in both real browsers: the popup, options and onboarding in English, 简体
 * and 繁體 (the browser's own language set per run) with no word of another language;
 * the dark theme; bodies as their own groups; tabs by keyboard; the directive filter;
 * settings exported, reset and imported back identical; site entries refused with a visible
 * error; "Always run on this site"; the onboarding's all-sites permission; the hover card
 * closed to the page; the popup at 200 % zoom. Screenshots go to screenshots/.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseSettings } from '../../lib/settings';
import { BROWSERS, openPopup, setSettings, useBrowser, type E2E } from './context';
import type { BrowserLanguage, TestBrowser, TestPage } from './harness';
import { articlePage } from './pages';
import { BODIES_PARAGRAPHS, interfaceText, MANY_DIRECTIVES_PARAGRAPHS, otherLanguage, shot } from './ui-pages';

const LANGUAGES: BrowserLanguage[] = ['en-US', 'zh-CN', 'zh-TW'];
const TABS = ['directives', 'people', 'repairs'] as const;

let n = 0;
/** Serve `html` at a fresh path on `host` and return its URL. */
function serve(e2e: E2E, host: string, html: string): string {
  const path = `${host}/html/2024/03/02/ui-${++n}.html`;
  e2e.server.addRoute(path, () => html);
  return e2e.server.urlOf(`http://${path}`);
}

async function openArticle(e2e: E2E, host: string, paragraphs: string[]): Promise<{ page: TestPage; url: string }> {
  const url = serve(e2e, host, articlePage({ title: '周文濤調研數字經濟', paragraphs }));
  const page = await e2e.browser.newPage();
  await page.goto(url);
  expect(await page.waitForState()).toBe('enriched');
  return { page, url };
}

type Ext = { storage: { local: { get(k: string): Promise<Record<string, unknown>> } }; tabs: { query(q: object): Promise<{ url?: string }[]> } };

async function storedSettings(browser: TestBrowser): Promise<Record<string, unknown>> {
  const page = await browser.openExtensionPage('popup.html?tab=999999');
  try {
    return await page.evaluate(async () => {
      const g = globalThis as unknown as { browser?: Ext; chrome: Ext };
      return ((await (g.browser ?? g.chrome).storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
    });
  } finally {
    await page.close();
  }
}

async function selectTab(popup: TestPage, tab: string) {
  await popup.click(`[data-testid=tab-${tab}]`);
  await popup.waitFor((t: string) => document.querySelector(`[data-testid=tab-${t}]`)?.getAttribute('aria-selected') === 'true', tab);
}

describe.each(BROWSERS)('%s: interface languages', (name) => {
  describe.each(LANGUAGES)('browser in %s', (language) => {
    const e2e = useBrowser(name, { language });
    const tag = `${name}-${language}`;

    it('shows the onboarding, popup and options with no word of another language', async () => {
      const onboarding = await e2e.browser.openExtensionPage('onboarding.html');
      await onboarding.waitFor(() => !!document.querySelector('[data-testid=shortcuts]'));
      await onboarding.setViewport(900, 900);
      expect(otherLanguage(await onboarding.evaluate(interfaceText), language), 'onboarding').toEqual([]);
      await onboarding.screenshot(shot(`onboarding-${tag}`), { fullPage: true });
      await onboarding.close();

      const { page, url } = await openArticle(e2e, 'www.myrb.net', BODIES_PARAGRAPHS);
      const popup = await openPopup(e2e.browser, url);
      await popup.setViewport(420, 640);
      for (const tab of TABS) {
        await selectTab(popup, tab);
        expect(otherLanguage(await popup.evaluate(interfaceText), language), tab).toEqual([]);
        await popup.screenshot(shot(`popup-${tag}-${tab}`), { fullPage: true });
      }
      await popup.close();
      await page.close();

      // The popup of a page it did not run on.
      const elsewhere = serve(e2e, 'news.example.org', articlePage({ title: '周文濤調研數字經濟', paragraphs: BODIES_PARAGRAPHS }));
      const other = await e2e.browser.newPage();
      await other.goto(elsewhere);
      const none = await openPopup(e2e.browser, elsewhere);
      await none.setViewport(420, 300);
      await none.waitFor(() => !!document.querySelector('[data-testid=always-run-site]'));
      expect(otherLanguage(await none.evaluate(interfaceText), language), 'popup, not run').toEqual([]);
      await none.screenshot(shot(`popup-${tag}-not-run`));
      await none.close();
      await other.close();

      const options = await e2e.browser.openExtensionPage('options.html');
      await options.waitFor(() => !!document.querySelector('[data-testid=settings-export]'));
      await options.setViewport(900, 900);
      expect(otherLanguage(await options.evaluate(interfaceText), language), 'options').toEqual([]);
      await options.screenshot(shot(`options-${tag}`), { fullPage: true });
      await options.close();
    });
  });
});

describe.each(BROWSERS)('%s: dark theme', (name) => {
  const e2e = useBrowser(name, { colorScheme: 'dark' });

  it('follows the system into the dark theme', async () => {
    const { page, url } = await openArticle(e2e, 'www.myrb.net', BODIES_PARAGRAPHS);
    const popup = await openPopup(e2e.browser, url);
    await popup.setViewport(420, 640);
    const background = await popup.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(0.2126 * r + 0.7152 * g + 0.0722 * b, background).toBeLessThan(60);
    await popup.screenshot(shot(`popup-${name}-dark`), { fullPage: true });
    await popup.close();
    const options = await e2e.browser.openExtensionPage('options.html');
    await options.waitFor(() => !!document.querySelector('[data-testid=settings-export]'));
    await options.setViewport(900, 900);
    await options.screenshot(shot(`options-${name}-dark`), { fullPage: true });
    await options.close();
    // The hover card on the page follows the theme too.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.press('Alt+Shift+KeyN');
    await page.waitFor(() => document.querySelector('zhengwen-card')?.getAttribute('data-state') === 'open');
    await page.screenshot(shot(`card-${name}-dark`));
    await page.close();
  });
});

describe.each(BROWSERS)('%s: interface features', (name) => {
  const e2e = useBrowser(name, { language: 'en-US' });
  afterEach(async () => setSettings(e2e.browser, {}));

  it('opened the onboarding page once, at install', async () => {
    const page = await e2e.browser.openExtensionPage('popup.html?tab=999999');
    let count = 0;
    for (let i = 0; i < 50 && count === 0; i++) {
      count = await page.evaluate(async () => {
        const g = globalThis as unknown as { browser?: Ext; chrome: Ext };
        return (await (g.browser ?? g.chrome).tabs.query({})).filter((t) => t.url?.includes('/onboarding.html')).length;
      });
      if (count === 0) await new Promise((r) => setTimeout(r, 100));
    }
    expect(count).toBe(1);
    await page.close();
  });

  it('shows each body as its own group, people with titles and mentions, counts on the tabs', async () => {
    const { page, url } = await openArticle(e2e, 'www.myrb.net', BODIES_PARAGRAPHS);
    const popup = await openPopup(e2e.browser, url);
    const groups = await popup.evaluate(() =>
      [...document.querySelectorAll('[data-testid=speaker-group]')].map((g) => [g.getAttribute('data-speaker'), g.getAttribute('data-body'), g.querySelectorAll('[data-testid=directive]').length]),
    );
    expect(groups).toEqual([
      ['周文涛', '', 3],
      ['', '会议', 1],
      ['', '市委', 1],
    ]);
    const tabCounts = await popup.evaluate(() => ['directives', 'people'].map((t) => document.querySelector(`[data-testid=tab-${t}] .count`)?.textContent));
    expect(tabCounts).toEqual(['5', '3']);
    expect(await popup.evaluate(() => document.querySelectorAll('[data-testid=copy-directive]').length)).toBe(5);
    // Five directives: no filter box.
    expect(await popup.evaluate(() => !!document.querySelector('[data-testid=directive-filter]'))).toBe(false);
    await selectTab(popup, 'people');
    const people = await popup.evaluate(() => ({
      official: document.querySelector('[data-testid=official][data-name="周文涛"]')?.textContent,
      enterprise: document.querySelector('[data-testid=enterprise]')?.textContent,
    }));
    expect(people.official).toContain('县委书记');
    expect(people.official).toContain('3 mentions');
    expect(people.enterprise).toContain('Short names: 长虹电源');
    await popup.close();
    await page.close();
  });

  it('moves between tabs with the arrow keys, Home and End (ARIA tabs)', async () => {
    const { page, url } = await openArticle(e2e, 'www.myrb.net', BODIES_PARAGRAPHS);
    const popup = await openPopup(e2e.browser, url);
    await popup.evaluate(() => document.querySelector<HTMLElement>('[data-testid=tab-directives]')!.focus());
    const state = () =>
      popup.evaluate(() => ({
        selected: document.querySelector('[role=tab][aria-selected=true]')?.getAttribute('data-testid'),
        focused: document.activeElement?.getAttribute('data-testid'),
        panel: document.querySelector('[role=tabpanel]')?.getAttribute('aria-labelledby'),
        inTabOrder: [...document.querySelectorAll('[role=tab]')].filter((t) => t.getAttribute('tabindex') === '0').length,
      }));
    for (const [key, tab] of [['ArrowRight', 'people'], ['ArrowRight', 'repairs'], ['ArrowRight', 'directives'], ['ArrowLeft', 'repairs'], ['Home', 'directives'], ['End', 'repairs']]) {
      await popup.press(key);
      await popup.waitFor((t: string) => document.activeElement?.getAttribute('data-testid') === `tab-${t}`, tab);
      expect(await state(), key).toEqual({ selected: `tab-${tab}`, focused: `tab-${tab}`, panel: `tab-${tab}`, inTabOrder: 1 });
    }
    await popup.close();
    await page.close();
  });

  it('filters directives by person, company or words when there are more than ten', async () => {
    const { page, url } = await openArticle(e2e, 'www.myrb.net', MANY_DIRECTIVES_PARAGRAPHS);
    const popup = await openPopup(e2e.browser, url);
    await popup.waitFor(() => !!document.querySelector('[data-testid=directive-filter]'));
    const filter = async (q: string) => {
      await popup.evaluate((query: string) => {
        const input = document.querySelector<HTMLInputElement>('[data-testid=directive-filter]')!;
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, q);
      await new Promise((r) => setTimeout(r, 100));
      return popup.evaluate(() => [...document.querySelectorAll('[data-testid=directive]')].map((d) => d.getAttribute('data-index')));
    };
    expect(await filter('')).toHaveLength(12);
    expect(await filter('会议')).toHaveLength(6);
    expect(await filter('周文涛')).toHaveLength(6);
    expect(await filter('长虹电源')).toEqual(['8']);
    expect(await filter('森林防火')).toEqual(['9']);
    expect(await popup.evaluate(() => document.querySelector('[data-testid=filter-count]')?.textContent)).toBe('1 of 12 shown');
    await popup.setViewport(420, 640);
    await filter('');
    await popup.screenshot(shot(`popup-${name}-many-directives`), { fullPage: true });
    await popup.close();
    await page.close();
  });

  it('stays readable at 200 % zoom (no sideways scrolling)', async () => {
    const { page, url } = await openArticle(e2e, 'www.myrb.net', BODIES_PARAGRAPHS);
    const popup = await openPopup(e2e.browser, url);
    // A popup at most 800 px wide at 200 % lays out in 400 CSS pixels.
    await popup.setViewport(400, 700);
    for (const tab of TABS) {
      await selectTab(popup, tab);
      const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, tab).toBeLessThanOrEqual(0);
    }
    await selectTab(popup, 'directives');
    await popup.setViewport(800, 700);
    await popup.evaluate(() => void (document.documentElement.style.zoom = '2'));
    await popup.screenshot(shot(`popup-${name}-zoom-200`));
    await popup.close();
    await page.close();
  });

  it('exports the settings, resets them, and imports them back identical', async () => {
    const custom = {
      target: 'zh-TW',
      repairs: { junk: true, mojibake: true, pinyin: false, punctuation: true, duplicates: false },
      tagEnterprises: false,
      sites: ['news.example.org'],
      disabledSites: ['www.myrb.net'],
      alwaysTag: ['赵小兰'],
      neverTag: ['陈思远'],
      knownEnterprises: ['长虹电源'],
      highlightStyle: 'background',
    };
    await setSettings(e2e.browser, custom);
    const before = parseSettings(await storedSettings(e2e.browser));
    const options = await e2e.browser.openExtensionPage('options.html');
    await options.waitFor(() => !!document.querySelector('[data-testid=settings-export]'));
    // Catch the download: the file is the blob handed to URL.createObjectURL.
    await options.evaluate(() => {
      const w = window as unknown as { exported?: Blob };
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (b: Blob | MediaSource) => ((w.exported = b as Blob), create(b));
    });
    await options.click('[data-testid=settings-export]');
    const exported = await options.evaluate(() => (window as unknown as { exported: Blob }).exported.text());
    expect(JSON.parse(exported)).toMatchObject({ format: 'zhengwen-settings', ...custom });

    await options.click('[data-testid=settings-reset]');
    await options.click('[data-testid=settings-reset-confirm]');
    await options.waitFor(() => document.querySelector('[data-testid=status]')?.getAttribute('data-saved') === 'true');
    expect(await options.evaluate(() => (document.querySelector('[data-testid=target]') as HTMLSelectElement).value)).toBe('zh-CN');
    const reset = await storedSettings(e2e.browser);
    expect(reset.target).toBe('zh-CN');
    expect(reset.sites).toEqual([]);

    await options.evaluate((text: string) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid=settings-import]')!;
      const files = new DataTransfer();
      files.items.add(new File([text], 'zhengwen-settings.json', { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, exported);
    await options.waitFor(() => !!document.querySelector('[data-testid=import-report]'));
    const { format: _, ...fromFile } = JSON.parse(exported) as Record<string, unknown>;
    expect(await storedSettings(e2e.browser)).toEqual(before);
    expect(await storedSettings(e2e.browser)).toEqual(fromFile);
    const report = await options.evaluate(() => ({
      changed: document.querySelector('[data-testid=import-report]')!.getAttribute('data-changed')!.split(',').sort(),
      text: (document.querySelector('[data-testid=import-report]') as HTMLElement).innerText,
      target: (document.querySelector('[data-testid=target]') as HTMLSelectElement).value,
    }));
    expect(report.changed).toEqual(['alwaysTag', 'disabledSites', 'highlightStyle', 'knownEnterprises', 'neverTag', 'repairs', 'sites', 'tagEnterprises', 'target']);
    expect(report.text).toContain('Changed: Target script');
    expect(report.target).toBe('zh-TW');
    await options.setViewport(900, 900);
    await options.screenshot(shot(`options-${name}-imported`), { fullPage: true });
    await options.close();
  });

  it('imports a name list from a text file, one name per line', async () => {
    const options = await e2e.browser.openExtensionPage('options.html');
    await options.waitFor(() => !!document.querySelector('[data-testid=import-list-alwaysTag]'));
    await options.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-testid=import-list-alwaysTag]')!;
      const files = new DataTransfer();
      files.items.add(new File(['\uFEFF赵小兰\r\n\r\n王五\n赵小兰\n'], 'names.txt', { type: 'text/plain' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await options.waitFor(() => (document.querySelector('[data-testid=alwaysTag]') as HTMLTextAreaElement).value === '赵小兰\n王五');
    // The saved state shows once the settings are stored.
    await options.waitFor(() => document.querySelector('[data-testid=status]')?.getAttribute('data-saved') === 'true');
    expect(await options.evaluate(() => document.querySelector('[data-testid=status]')?.textContent)).toContain('Names to always tag: 2 added, 0 already there.');
    expect((await storedSettings(e2e.browser)).alwaysTag).toEqual(['赵小兰', '王五']);
    await options.close();
  });

  it('lets the reader choose another interface language in the options', async () => {
    const options = await e2e.browser.openExtensionPage('options.html');
    await options.waitFor(() => !!document.querySelector('[data-testid=ui-language]'));
    const names = await options.evaluate(() => [...document.querySelectorAll('[data-testid=ui-language] option')].map((o) => o.textContent));
    expect(names).toEqual(['Same as the browser', 'English', '简体中文', '繁體中文']);
    await options.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('[data-testid=ui-language]')!;
      select.value = 'zh_TW';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await options.waitFor(() => document.documentElement.lang === 'zh-TW');
    expect(otherLanguage(await options.evaluate(interfaceText), 'zh-TW'), 'options').toEqual([]);
    await options.close();
    const { page, url } = await openArticle(e2e, 'www.myrb.net', BODIES_PARAGRAPHS);
    const popup = await openPopup(e2e.browser, url);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
    expect(otherLanguage(await popup.evaluate(interfaceText), 'zh-TW'), 'popup').toEqual([]);
    await popup.close();
    // The hover card follows the choice too (its text is closed to the page: see the screenshot).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.press('Alt+Shift+KeyN');
    await page.waitFor(() => document.querySelector('zhengwen-card')?.getAttribute('data-state') === 'open');
    await page.screenshot(shot(`card-${name}-chosen-zh-TW`));
    await page.close();
  });

  it('refuses site entries that cannot be a site, with a visible error', async () => {
    const options = await e2e.browser.openExtensionPage('options.html');
    await options.waitFor(() => !!document.querySelector('[data-testid=sites]'));
    await options.evaluate(() => {
      const box = document.querySelector<HTMLTextAreaElement>('[data-testid=sites]')!;
      box.value = 'news.example.org\n*\ncom\nexample.com:8080\nuser@example.com';
      box.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await options.waitFor(() => !document.querySelector('[data-testid=sites-error]')!.hasAttribute('hidden'));
    const errors = await options.evaluate(() => ({
      problems: [...document.querySelectorAll('[data-testid=sites-error] li')].map((li) => li.getAttribute('data-problem')),
      visible: (document.querySelector('[data-testid=sites-error]') as HTMLElement).offsetHeight > 0,
      status: document.querySelector('[data-testid=status]')?.textContent,
    }));
    expect(errors.problems).toEqual(['wildcard', 'tld', 'port', 'userinfo']);
    expect(errors.visible).toBe(true);
    expect(errors.status).toContain('Sites not saved');
    expect((await storedSettings(e2e.browser)).sites ?? []).toEqual([]);
    await options.setViewport(900, 900);
    await options.screenshot(shot(`options-${name}-site-errors`), { fullPage: true });
    await options.close();
  });

  it('"Always run on this site": one click in the popup, and the site enriches by itself on reload', async () => {
    const url = serve(e2e, 'news.example.org', articlePage({ title: '周文濤調研數字經濟', paragraphs: BODIES_PARAGRAPHS }));
    const page = await e2e.browser.newPage();
    await page.goto(url);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-zhengwen'))).toBeNull();
    const popup = await openPopup(e2e.browser, url);
    expect(await popup.evaluate(() => document.querySelector('[data-testid=page-state]')?.getAttribute('data-state'))).toBe('none');
    await popup.click('[data-testid=always-run-site]');
    await popup.waitFor(() => !document.querySelector('[data-testid=always-run-site]'));
    expect((await storedSettings(e2e.browser)).sites).toEqual(['news.example.org']);
    await popup.close();
    // The background registers the content script for the granted site on the settings change.
    await new Promise((r) => setTimeout(r, 500));
    await page.reload();
    expect(await page.waitForState()).toBe('enriched');
    await page.close();
  });

  it('onboarding: explains what runs where and asks for all sites only on a click', async () => {
    const onboarding = await e2e.browser.openExtensionPage('onboarding.html');
    await onboarding.waitFor(() => !!document.querySelector('[data-testid=allow-all-sites]'));
    const text = await onboarding.evaluate(() => document.body.innerText);
    expect(text).toContain('myrb.net');
    expect(text).toContain('Enrich this page');
    expect(text).toContain('Nothing leaves your browser');
    const keys = await onboarding.evaluate(() => [...document.querySelectorAll('[data-testid=shortcuts] dt')].map((d) => d.textContent));
    expect(keys).toEqual(['Alt+Shift+Z', 'Alt+Shift+N', 'Escape']);
    expect((await storedSettings(e2e.browser)).allSites ?? false).toBe(false);
    await onboarding.click('[data-testid=allow-all-sites]');
    await onboarding.waitFor(() => document.querySelector('[data-testid=all-sites-status]')?.getAttribute('data-grant') === 'granted');
    expect((await storedSettings(e2e.browser)).allSites).toBe(true);
    await onboarding.close();
  });

  it('hover card: opens by keyboard, is closed to page scripts, Escape closes it', async () => {
    const { page } = await openArticle(e2e, 'www.myrb.net', BODIES_PARAGRAPHS);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.press('Alt+Shift+KeyN');
    await page.waitFor(() => document.querySelector('zhengwen-card')?.getAttribute('data-state') === 'open');
    const seen = await page.evaluate(() => {
      const host = document.querySelector('zhengwen-card')!;
      return { shadowRoot: host.shadowRoot === null ? null : 'open', focused: document.activeElement === host, links: document.querySelectorAll('a[href*="baike"]').length };
    });
    // A page script cannot reach the card (nor rewrite its search links); focus is inside it.
    expect(seen).toEqual({ shadowRoot: null, focused: true, links: 0 });
    await page.screenshot(shot(`card-${name}`));
    await page.press('Escape');
    await page.waitFor(() => document.querySelector('zhengwen-card')?.getAttribute('data-state') === 'closed');
    await page.close();
  });
});
