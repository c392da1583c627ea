/**
 * The seed fixture pages in both browsers, checked against ../shared/gold: repairs in the
 * page (no annotations, no duplicate block, counts per kind in the popup, the original one
 * click away), officials and enterprises highlighted and listed, directives listed under the
 * right speakers and one click from their place in the page.
 */
import { describe, expect, it } from 'vitest';
import { loadGold, type Gold } from '../support/gold';
import { BROWSERS, domUntouched, openPopup, useBrowser } from './context';
import type { TestPage } from './harness';

const PINYIN_ANNOTATION = /\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6})\)/u;
const DEFECT_TO_KIND: Record<string, string> = {
  'pinyin-annotation': 'pinyin',
  'traditional-script': 'script',
  'halfwidth-punctuation': 'punctuation',
  'duplicated-block': 'duplicate',
  'page-junk': 'junk',
  'front-matter': 'junk',
  'html-markup': 'junk',
};
const strip = (s: string) => s.replace(/\s+/g, '');

const golds = loadGold();

/** Text of every tagged mention on the page, from CSS highlights or fallback marks. */
function taggedTexts(kind: string): string[] {
  const reg = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS.highlights;
  const fromCss = [...(reg?.get(`zhengwen-${kind}`) ?? [])].map((r) => r.toString());
  const fromMarks = [...document.querySelectorAll(`mark.zhengwen-${kind}`)].map((m) => m.textContent ?? '');
  return [...fromCss, ...fromMarks];
}

async function popupLists(popup: TestPage) {
  await popup.click('[data-testid=tab-people]');
  const people = await popup.evaluate(() => ({
    officials: [...document.querySelectorAll('[data-testid=official]')].map((e) => e.getAttribute('data-name')),
    enterprises: [...document.querySelectorAll('[data-testid=enterprise]')].map((e) => e.getAttribute('data-name')),
  }));
  await popup.click('[data-testid=tab-repairs]');
  const repairs = await popup.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('[data-testid=repair-count]')].map((e) => [e.getAttribute('data-kind'), Number(e.getAttribute('data-count'))])),
  );
  await popup.click('[data-testid=tab-directives]');
  const directives = await popup.evaluate(() =>
    [...document.querySelectorAll('[data-testid=directive]')].map((e) => ({
      speaker: e.getAttribute('data-speaker'),
      text: (e.getAttribute('aria-label') ?? '').replace(/^\w+: /, ''),
    })),
  );
  return { ...people, repairs, directives };
}

describe.each(BROWSERS)('%s: seed pages against gold', (name) => {
  const e2e = useBrowser(name);

  it.each(golds.map((g, i) => [g.id, g, i] as [string, Gold, number]))('%s', async (_id, gold, i) => {
    const url = e2e.server.urlOf(`myrb-article-00${i}.html`);
    const page = await e2e.browser.newPage();
    await page.goto(url);
    expect(await page.waitForState()).toBe('enriched');

    // Repairs in the page: no annotation left, every gold line present exactly once.
    const text = await page.evaluate(() => document.querySelector('.article')!.textContent!);
    expect(text).not.toMatch(PINYIN_ANNOTATION);
    const visible = strip(await page.evaluate(() => (document.querySelector('.article-content') as HTMLElement).innerText));
    for (const line of gold.repaired.split('\n').filter((l) => strip(l).length >= 20)) {
      expect(visible.split(strip(line)).length - 1, line).toBe(1);
    }

    // Highlights for the gold names.
    const tagged = new Set(await page.evaluate(taggedTexts, 'official'));
    for (const o of gold.officials) expect(tagged, o.name).toContain(o.name);

    // The popup: counts per repair kind, officials, enterprises, directives under speakers.
    const popup = await openPopup(e2e.browser, url);
    const lists = await popupLists(popup);
    for (const defect of gold.defects) {
      const kind = DEFECT_TO_KIND[defect];
      if (kind) expect(lists.repairs[kind] ?? 0, kind).toBeGreaterThan(0);
    }
    expect(new Set(lists.officials)).toEqual(new Set(gold.officials.map((o) => o.name)));
    for (const e of gold.enterprises) {
      expect(lists.enterprises.some((n) => n === e.name || e.aliases.includes(n!)), e.name).toBe(true);
    }
    for (const d of gold.directives) {
      const found = lists.directives.find((p) => strip(p.text).includes(strip(d.head)));
      expect(found, d.head).toBeDefined();
      expect(found!.speaker, d.head).toBe(d.speaker ?? '');
    }

    // Clicking a directive scrolls the page to it and flashes it.
    if (gold.directives.length > 0) {
      const last = gold.directives[gold.directives.length - 1];
      await page.evaluate(() => window.scrollTo(0, 0));
      const index = lists.directives.findIndex((p) => strip(p.text).includes(strip(last.head)));
      await popup.click(`[data-testid=directive][data-index="${index}"]`);
      await page.waitFor(() => {
        const reg = (globalThis as unknown as { CSS: { highlights?: Map<string, unknown> } }).CSS.highlights;
        return !!reg?.has('zhengwen-flash') || !!document.querySelector('.zhengwen-flash-block');
      });
      const flashed = await page.evaluate(() => {
        const reg = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS.highlights;
        return [...(reg?.get('zhengwen-flash') ?? [])].map((r) => r.toString()).join('') || document.querySelector('.zhengwen-flash-block')?.textContent || '';
      });
      expect(strip(flashed)).toContain(strip(last.head));
    }

    // The original is one click away, exactly; and the repairs come back.
    await popup.click('[data-testid=toggle-original]');
    await popup.waitFor(() => document.querySelector('[data-testid=toggle-original]')!.getAttribute('aria-pressed') === 'true');
    expect(await page.evaluate(domUntouched)).toBe(true);
    await popup.click('[data-testid=toggle-original]');
    await popup.waitFor(() => document.querySelector('[data-testid=toggle-original]')!.getAttribute('aria-pressed') === 'false');
    expect(await page.evaluate(() => document.querySelector('.article')!.textContent!)).not.toMatch(PINYIN_ANNOTATION);
    await popup.close();
    await page.close();
  });
  // The hover card by keyboard: tests/e2e/interface.test.ts (its shadow root is closed).
});
