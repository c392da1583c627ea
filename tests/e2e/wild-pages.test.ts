/**
 * Pages as readers meet them (pages written for these tests): a page whose bytes the browser
 * decoded with the wrong charset, a mirror whose whole body is mojibake, a Mianyang article at a
 * URL the site profile does not expect, a page nested 1,500 levels deep, a popup that
 * must not show the previous article, and a switch to zh-TW on an open single-page site.
 */
import { describe, expect, it } from 'vitest';
import { encodeLegacy, gbkShownAsCp1252 } from '../support/legacy-encode';
import { BROWSERS, setSettings, useBrowser } from './context';
import { tabIdOf } from './harness';
import { articlePage, SIMPLIFIED_PARAGRAPHS, TRADITIONAL_PARAGRAPHS } from './pages';

const TITLE = '县委书记周文涛调研数字经济';

/** An article page in the Mianyang layout with a charset declaration of our choosing. */
function page(head: string, paragraphs: string[], title = TITLE): string {
  return articlePage({ title, paragraphs }).replace('<meta charset="utf-8">', head);
}

const paragraphText = () => [...document.querySelectorAll('.article-content p')].map((p) => p.textContent ?? '');

describe.each(BROWSERS)('%s: pages in the wild', (name) => {
  const e2e = useBrowser(name);

  it('reads a GBK page served as windows-1252 exactly as the publisher wrote it', async () => {
    const html = page('<meta charset="gbk">', SIMPLIFIED_PARAGRAPHS);
    e2e.server.addBytesRoute('www.myrb.net/html/2024/03/01/gbk-as-1252.html', () => encodeLegacy(html, 'gbk'), 'text/html; charset=windows-1252');
    const p = await e2e.browser.newPage();
    await p.goto(e2e.server.urlOf('http://www.myrb.net/html/2024/03/01/gbk-as-1252.html'));
    expect(await p.waitForState()).toBe('enriched');
    expect(await p.evaluate(paragraphText)).toEqual(SIMPLIFIED_PARAGRAPHS);
    expect(await p.evaluate(() => document.querySelector('h1')!.textContent)).toBe(TITLE);
    await p.close();
  });

  it('reads a UTF-8 page that wrongly declares gb2312 exactly as written', async () => {
    const html = page('<meta charset="gb2312">', SIMPLIFIED_PARAGRAPHS);
    e2e.server.addBytesRoute('www.myrb.net/html/2024/03/02/utf8-as-gbk.html', () => new TextEncoder().encode(html), 'text/html');
    const p = await e2e.browser.newPage();
    await p.goto(e2e.server.urlOf('http://www.myrb.net/html/2024/03/02/utf8-as-gbk.html'));
    expect(await p.waitForState()).toBe('enriched');
    expect(await p.evaluate(paragraphText)).toEqual(SIMPLIFIED_PARAGRAPHS);
    await p.close();
  });

  it('detects and repairs a mirror whose whole body is GBK shown as Latin-1 (no Han character in it)', async () => {
    const html = page('<meta charset="utf-8">', SIMPLIFIED_PARAGRAPHS.map(gbkShownAsCp1252), gbkShownAsCp1252(TITLE));
    expect(/[\u4e00-\u9fff]/.test(SIMPLIFIED_PARAGRAPHS.map(gbkShownAsCp1252).join(''))).toBe(false);
    e2e.server.addRoute('mirror.example.com/2024/03/01/latin1-mirror.html', () => html);
    const url = e2e.server.urlOf('http://mirror.example.com/2024/03/01/latin1-mirror.html');
    await setSettings(e2e.browser, { allSites: false, sites: ['mirror.example.com'] });
    const p = await e2e.browser.newPage();
    await p.goto(url);
    expect(await p.waitForState()).toBe('enriched');
    expect(await p.evaluate(paragraphText)).toEqual(SIMPLIFIED_PARAGRAPHS);
    await p.close();
    await setSettings(e2e.browser, {});
  });

  it('enriches a Mianyang article at a URL the site profile does not expect', async () => {
    e2e.server.addRoute('www.myrb.net/content/2024-03/01/content_12345.htm', () => articlePage({ title: '周文濤調研數字經濟', paragraphs: TRADITIONAL_PARAGRAPHS }));
    const p = await e2e.browser.newPage();
    await p.goto(e2e.server.urlOf('http://www.myrb.net/content/2024-03/01/content_12345.htm'));
    expect(await p.waitForState()).toBe('enriched');
    expect(await p.evaluate(paragraphText)).toEqual(SIMPLIFIED_PARAGRAPHS);
    await p.close();
  });

  it('enriches an article nested 1,500 levels deep', async () => {
    // Built by the page's script: HTML parsers stop nesting at a few hundred levels, and Chromium's
    // own layout gives up a few thousand levels down (10,000 is checked in tests/unit/dom-deep.test.ts).
    const nest = `<script>(() => { const article = document.querySelector('.article'); let box = document.body;
      for (let i = 0; i < 1500; i++) { const d = document.createElement('div'); box.appendChild(d); box = d; }
      box.appendChild(article); })();</script>`;
    const html = articlePage({ title: '周文濤調研數字經濟', paragraphs: TRADITIONAL_PARAGRAPHS }).replace('</body>', `${nest}</body>`);
    e2e.server.addRoute('www.myrb.net/html/2024/03/03/deep.html', () => html);
    const p = await e2e.browser.newPage();
    await p.goto(e2e.server.urlOf('http://www.myrb.net/html/2024/03/03/deep.html'));
    expect(await p.waitForState(60_000)).toBe('enriched');
    expect(await p.evaluate(paragraphText)).toEqual(SIMPLIFIED_PARAGRAPHS);
    await p.close();
  });

  it('after the tab moves to a page it does not run on, the popup shows no previous article', async () => {
    e2e.server.addRoute('www.myrb.net/html/2024/03/04/before.html', () => articlePage({ title: '周文濤調研數字經濟', paragraphs: TRADITIONAL_PARAGRAPHS }));
    e2e.server.addRoute('news.example.org/elsewhere.html', () => '<!doctype html><html><head><meta charset="utf-8"><title>别处</title></head><body><p>一个扩展不在此运行的页面。</p></body></html>');
    const first = e2e.server.urlOf('http://www.myrb.net/html/2024/03/04/before.html');
    const p = await e2e.browser.newPage();
    await p.goto(first);
    expect(await p.waitForState()).toBe('enriched');
    const tabId = await tabIdOf(e2e.browser, first);
    const second = e2e.server.urlOf('http://news.example.org/elsewhere.html');
    await p.goto(second);
    await p.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    const popup = await e2e.browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitFor(() => !!document.querySelector('[data-testid=page-state]'));
    expect(await popup.evaluate(() => document.querySelector('[data-testid=page-state]')!.getAttribute('data-state'))).toBe('none');
    expect(await popup.evaluate(() => document.querySelector('[data-testid=directive]'))).toBeNull();
    await popup.close();
    await p.close();
  });

  it('switches a single-page site to zh-TW while it is open, without error', async () => {
    const url = e2e.server.urlOf('http://www.myrb.net/html/2024/03/05/spa-a.html');
    e2e.server.addRoute('www.myrb.net/html/2024/03/05/spa-a.html', () => articlePage({ title: '周文濤調研數字經濟', paragraphs: TRADITIONAL_PARAGRAPHS }));
    const p = await e2e.browser.newPage();
    await p.goto(url);
    expect(await p.waitForState()).toBe('enriched');
    await setSettings(e2e.browser, { target: 'zh-TW' });
    // The site's router swaps in the next article without a page load.
    await p.evaluate((paras: string[]) => {
      document.querySelector('.article-content')!.replaceChildren(...paras.map((t, i) => Object.assign(document.createElement('p'), { id: `p${i}`, textContent: t })));
      history.pushState({}, '', '/html/2024/03/05/spa-b.html');
    }, SIMPLIFIED_PARAGRAPHS);
    await p.waitFor(() => document.documentElement.getAttribute('data-zhengwen') !== 'working' && (document.querySelector('#p0')?.textContent ?? '').includes('縣委書記'), undefined, 15_000);
    expect(await p.evaluate(() => document.documentElement.getAttribute('data-zhengwen'))).toBe('enriched');
    await setSettings(e2e.browser, {});
    await p.close();
  });
});
