/**
 * The page layer on live pages: conversion to each target, attributes, content added later,
 * pages that rewrite themselves, text boxes, and the way back to the original.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BROWSERS, domUntouched, openPopup, setSettings, useBrowser } from './context';
import { articlePage, SIMPLIFIED_PARAGRAPHS, TRADITIONAL_PARAGRAPHS } from './pages';

let n = 0;
/** A fresh article URL on the Mianyang site for each page a test builds. */
const nextPath = () => `www.myrb.net/html/2024/03/01/${9000 + ++n}.html`;

describe.each(BROWSERS)('%s: page layer', (name) => {
  const e2e = useBrowser(name);
  afterEach(async () => setSettings(e2e.browser, {}));

  const serve = (html: string) => {
    const path = nextPath();
    e2e.server.addRoute(path, () => html);
    return e2e.server.urlOf(`http://${path}`);
  };

  it.each([
    ['zh-TW', SIMPLIFIED_PARAGRAPHS, ['軟體', '網路', '縣委書記']],
    ['zh-HK', SIMPLIFIED_PARAGRAPHS, ['縣委書記', '數字經濟']],
    ['zh-CN', TRADITIONAL_PARAGRAPHS, ['县委书记', '软件园区', '网络安全']],
  ] as const)('converts to %s, with regional wording and attributes', async (target, paragraphs, expected) => {
    await setSettings(e2e.browser, { target });
    const url = serve(
      articlePage({
        title: paragraphs[0].slice(4, 20),
        paragraphs: [...paragraphs],
        extraBody: `<p><img id="img" src="data:," alt="${paragraphs[1].slice(0, 8)}" title="${paragraphs[2].slice(0, 8)}"></p>`,
      }),
    );
    const page = await e2e.browser.newPage();
    await page.goto(url);
    expect(await page.waitForState()).toBe('enriched');
    const text = await page.evaluate(() => document.querySelector('#body')!.textContent!);
    for (const word of expected) expect(text).toContain(word);
    const attrs = await page.evaluate(() => [document.querySelector('#img')!.getAttribute('alt'), document.querySelector('#img')!.getAttribute('title')]);
    const convertedAlt = paragraphs[1].slice(0, 8);
    expect(attrs[0]).not.toBe(convertedAlt);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(target);
    await page.close();
  });

  it('converts content added after load within a frame of its insertion', async () => {
    const url = serve(articlePage({ title: '周文濤調研數字經濟', paragraphs: TRADITIONAL_PARAGRAPHS }));
    const page = await e2e.browser.newPage();
    await page.goto(url);
    await page.waitForState();
    const converted = await page.evaluate(async () => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = '網友評論：這個項目對縣域經濟發展很重要。';
      document.querySelector('#body')!.append(p);
      // The watcher batches per animation frame: after two frames the text must be converted.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await new Promise((r) => setTimeout(r, 50));
      return p.textContent;
    });
    expect(converted).toBe('网友评论：这个项目对县域经济发展很重要。');
    await page.close();
  });

  it('does not loop on a page that rewrites its own text every 50 ms', async () => {
    const script = `setInterval(() => { document.querySelector('#p4').textContent = '縣委常委、副縣長陳思遠參加調研。' + (Date.now() % 7); }, 50);`;
    const url = serve(articlePage({ title: '周文濤調研數字經濟', paragraphs: TRADITIONAL_PARAGRAPHS, script }));
    const page = await e2e.browser.newPage();
    await page.goto(url);
    await page.waitForState();
    const counts = await page.evaluate(async () => {
      let ours = 0;
      let theirs = 0;
      const target = document.querySelector('#p4')!;
      const obs = new MutationObserver((records) => {
        for (const r of records) {
          const text = r.type === 'characterData' ? r.target.textContent ?? '' : target.textContent ?? '';
          if (/县委常委/.test(text)) ours++;
          else theirs++;
        }
      });
      obs.observe(target, { childList: true, characterData: true, subtree: true });
      await new Promise((r) => setTimeout(r, 2000));
      obs.disconnect();
      return { ours, theirs };
    });
    // The page wrote ~40 times in 2 s; our writes are rate-limited (a few batches per second).
    expect(counts.theirs).toBeGreaterThan(20);
    expect(counts.ours).toBeLessThanOrEqual(12);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-zhengwen'))).toBe('enriched');
    await page.close();
  });

  it('never changes text typed into a textarea', async () => {
    const url = serve(
      articlePage({
        title: '周文濤調研數字經濟',
        paragraphs: TRADITIONAL_PARAGRAPHS,
        extraBody: '<form><textarea id="box" aria-label="留言"></textarea></form>',
      }),
    );
    const page = await e2e.browser.newPage();
    await page.goto(url);
    await page.waitForState();
    await page.type('#box', 'abc 區域(qū) 發展,');
    await page.evaluate(() => new Promise((r) => setTimeout(r, 400)));
    expect(await page.evaluate(() => (document.querySelector('#box') as HTMLTextAreaElement).value)).toBe('abc 區域(qū) 發展,');
    await page.close();
  });

  it("applies the user's own lists from the options on the next page load", async () => {
    await setSettings(e2e.browser, { neverTag: ['陈思远'], alwaysTag: ['赵小兰'] });
    const url = serve(articlePage({ title: '周文涛调研数字经济', paragraphs: [...SIMPLIFIED_PARAGRAPHS, '赵小兰等群众代表参加座谈。'] }));
    const page = await e2e.browser.newPage();
    await page.goto(url);
    await page.waitForState();
    const popup = await openPopup(e2e.browser, url);
    await popup.click('[data-testid=tab-people]');
    const officials = await popup.evaluate(() => [...document.querySelectorAll('[data-testid=official]')].map((e) => e.getAttribute('data-name')));
    expect(officials).toContain('周文涛');
    expect(officials).toContain('赵小兰');
    expect(officials).not.toContain('陈思远');
    await popup.close();
    await page.close();
  });

  it('detects again after single-page navigation', async () => {
    const list = `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>绵阳要闻</title></head><body><ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/html/2024/03/0${(i % 9) + 1}/${i}.html">新闻标题${i}</a> 2024-03-0${(i % 9) + 1}</li>`).join('')}</ul></body></html>`;
    e2e.server.addRoute('www.myrb.net/html/list/99.html', () => list);
    const article = articlePage({ title: '周文濤調研數字經濟', paragraphs: TRADITIONAL_PARAGRAPHS });
    const page = await e2e.browser.newPage();
    await page.goto(e2e.server.urlOf('http://www.myrb.net/html/list/99.html'));
    expect(await page.waitForState()).toBe('not-article');
    // The site's router swaps the content and the URL without a page load.
    await page.evaluate((html: string) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      document.body.replaceWith(document.adoptNode(doc.body));
      history.pushState({}, '', '/html/2024/03/05/spa.html');
    }, article);
    await page.waitFor(() => document.documentElement.getAttribute('data-zhengwen') === 'enriched', undefined, 5000);
    expect(await page.evaluate(() => document.querySelector('#p0')!.textContent)).toBe(SIMPLIFIED_PARAGRAPHS[0]);
    await page.evaluate((html: string) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      document.body.replaceWith(document.adoptNode(doc.body));
      history.pushState({}, '', '/html/list/99.html');
    }, list);
    await page.waitFor(() => document.documentElement.getAttribute('data-zhengwen') === 'not-article', undefined, 5000);
    await page.close();
  });

  it('toggles original ↔ enriched 20 times and leaves the page identical to the original', async () => {
    const url = serve(articlePage({ title: '周文濤調研數字經濟', paragraphs: TRADITIONAL_PARAGRAPHS }));
    const page = await e2e.browser.newPage();
    await page.goto(url);
    await page.waitForState();
    const popup = await openPopup(e2e.browser, url);
    for (let i = 0; i < 20; i++) {
      const pressed = i % 2 === 0 ? 'true' : 'false';
      await popup.click('[data-testid=toggle-original]');
      await popup.waitFor((want) => document.querySelector('[data-testid=toggle-original]')!.getAttribute('aria-pressed') === want, pressed);
    }
    // Twenty toggles end enriched; one more shows the original, which must be exact.
    expect(await page.evaluate(() => document.querySelector('#p0')!.textContent)).toBe(SIMPLIFIED_PARAGRAPHS[0]);
    await popup.click('[data-testid=toggle-original]');
    await popup.waitFor(() => document.querySelector('[data-testid=toggle-original]')!.getAttribute('aria-pressed') === 'true');
    expect(await page.evaluate(domUntouched)).toBe(true);
    await popup.close();
    await page.close();
  });
});

describe.each(BROWSERS)('%s: frames', (name) => {
  const e2e = useBrowser(name);

  it('handles a same-origin article frame and leaves a cross-origin one alone', async () => {
    const framed = articlePage({ title: '周文濤調研數字經濟', paragraphs: TRADITIONAL_PARAGRAPHS });
    e2e.server.addRoute('www.myrb.net/html/2024/03/02/frame-same.html', () => framed);
    e2e.server.addRoute('www.example-qu.gov.cn/art/2024/3/2/art_1_2.html', () => framed);
    const same = e2e.server.urlOf('http://www.myrb.net/html/2024/03/02/frame-same.html');
    const cross = e2e.server.urlOf('http://www.example-qu.gov.cn/art/2024/3/2/art_1_2.html');
    const top = articlePage({
      title: '周文濤調研數字經濟',
      paragraphs: TRADITIONAL_PARAGRAPHS,
      extraBody: `<iframe src="${same}" width="600" height="300"></iframe><iframe src="${cross}" width="600" height="300"></iframe>`,
    });
    e2e.server.addRoute('www.myrb.net/html/2024/03/02/frame-top.html', () => top);
    const page = await e2e.browser.newPage();
    await page.goto(e2e.server.urlOf('http://www.myrb.net/html/2024/03/02/frame-top.html'));
    expect(await page.waitForState()).toBe('enriched');
    const readFrame = () => ({ state: document.documentElement.getAttribute('data-zhengwen'), text: document.querySelector('#p0')?.textContent ?? '' });
    let inner = await page.evaluateInFrame('frame-same', readFrame);
    for (let i = 0; i < 40 && inner.state !== 'enriched'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      inner = await page.evaluateInFrame('frame-same', readFrame);
    }
    expect(inner).toEqual({ state: 'enriched', text: SIMPLIFIED_PARAGRAPHS[0] });
    await new Promise((r) => setTimeout(r, 500));
    expect(await page.evaluateInFrame('art_1_2', readFrame)).toEqual({ state: null, text: TRADITIONAL_PARAGRAPHS[0] });
    await page.close();
  });
});
