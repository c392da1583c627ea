/**
 * Who may ask the background for what. A content script runs inside pages, and a compromised
 * page can drive it: it must not read or change other tabs' reports, nor name a tab at all.
 */
import { describe, expect, it, vi } from 'vitest';
import { route, senderKind, type BackgroundActions } from '../../lib/background-router';
import { emptyReport } from '../../lib/report';

const ID = 'zhengwen-id';
const ORIGIN = 'chrome-extension://zhengwen-id/';
const popup = { id: ID, url: `${ORIGIN}popup.html?tab=7` };
const content = (tab: number, frameId = 0) => ({ id: ID, url: 'http://www.myrb.net/html/1.html', tab: { id: tab }, frameId });

function actions(): BackgroundActions & Record<string, ReturnType<typeof vi.fn>> {
  const ok = () => vi.fn(async () => undefined);
  return {
    injectEnricher: ok(),
    enrichOnRequest: ok(),
    runPagePipeline: vi.fn(async () => ({ ok: true })),
    setEnrichedReport: ok(),
    runFragments: vi.fn(async () => []),
    setReport: ok(),
    getReport: vi.fn(async () => emptyReport('http://x/', 'enriched')),
    sendToTab: vi.fn(async () => true),
  } as never;
}

describe('background router', () => {
  it('classifies senders: our pages, content scripts in tabs, and nobody else', () => {
    expect(senderKind(popup, ID, ORIGIN)).toBe('extension-page');
    // The popup opened in a tab (as the tests open it) is still our page.
    expect(senderKind({ ...popup, tab: { id: 3 } }, ID, ORIGIN)).toBe('extension-page');
    expect(senderKind(content(3), ID, ORIGIN)).toBe('content');
    expect(senderKind({ ...content(3), id: 'another-extension' }, ID, ORIGIN)).toBeNull();
    expect(senderKind({ id: ID }, ID, ORIGIN)).toBeNull();
  });

  it('a content script cannot read, switch or reveal in any tab by naming it', async () => {
    for (const message of [
      { type: 'get-report', tabId: 9 },
      { type: 'set-view', tabId: 9, view: 'original' },
      { type: 'reveal', tabId: 9, kind: 'official', key: '王' },
      { type: 'enrich-tab', tabId: 9 },
    ]) {
      const act = actions();
      expect(route(message, content(3), ID, ORIGIN, act)).toBeUndefined();
      for (const fn of Object.values(act)) expect(fn).not.toHaveBeenCalled();
    }
  });

  it('the popup may name a tab', async () => {
    const act = actions();
    await route({ type: 'get-report', tabId: 9 }, popup, ID, ORIGIN, act);
    expect(act.getReport).toHaveBeenCalledWith(9);
    await route({ type: 'set-view', tabId: 9, view: 'original' }, popup, ID, ORIGIN, act);
    expect(act.sendToTab).toHaveBeenCalledWith(9, { type: 'apply-view', view: 'original' });
  });

  it('a report is stored for the sender’s own tab, from its top frame only', async () => {
    const act = actions();
    await route({ type: 'report', report: emptyReport('http://x/', 'not-article') }, content(3), ID, ORIGIN, act);
    expect(act.setReport).toHaveBeenCalledWith(3, expect.objectContaining({ state: 'not-article' }));
    expect(route({ type: 'report', report: emptyReport('http://x/', 'not-article') }, content(3, 2), ID, ORIGIN, act)).toBeUndefined();
    // Our pages do not send reports.
    expect(route({ type: 'report', report: emptyReport('http://x/', 'enriched') }, popup, ID, ORIGIN, act)).toBeUndefined();
  });

  it('reports with bad nested fields are refused', () => {
    const act = actions();
    const bad = [
      { ...emptyReport('http://x/', 'enriched'), officials: [{ name: 1, titles: [], mentions: 1 }] },
      { ...emptyReport('http://x/', 'enriched'), directives: [{ index: 0, speaker: null, body: null, force: 'demand', text: 'x', target: null }] },
      { ...emptyReport('http://x/', 'enriched'), repairs: { pinyin: -1 } },
      { ...emptyReport('http://x/', 'enriched'), article: { title: 5, date: null, source: null } },
    ];
    for (const report of bad) expect(route({ type: 'report', report }, content(3), ID, ORIGIN, act)).toBeUndefined();
    expect(act.setReport).not.toHaveBeenCalled();
  });

  it('an enriched page reports its own state for its own tab; the findings are the background’s', async () => {
    const act = actions();
    const enriched = { url: 'http://x/', article: null, view: 'enriched', charsetRepairs: 0 };
    await route({ type: 'report-enriched', enriched }, content(3), ID, ORIGIN, act);
    expect(act.setEnrichedReport).toHaveBeenCalledWith(3, enriched);
    expect(route({ type: 'report-enriched', enriched }, content(3, 1), ID, ORIGIN, act)).toBeUndefined();
    expect(route({ type: 'report-enriched', enriched: { ...enriched, charsetRepairs: -1 } }, content(3), ID, ORIGIN, act)).toBeUndefined();
    expect(route({ type: 'report-enriched', enriched }, popup, ID, ORIGIN, act)).toBeUndefined();
  });

  it('the text pipeline is only for content scripts, with validated texts', async () => {
    const act = actions();
    const texts = { body: '正文', around: '', title: '标题', meta: { title: '标题', source: null, reporter: null, editor: null }, attributes: [] };
    await route({ type: 'enrich-page', texts }, content(3), ID, ORIGIN, act);
    expect(act.runPagePipeline).toHaveBeenCalledWith(texts, 3, true);
    await route({ type: 'enrich-page', texts }, content(3, 5), ID, ORIGIN, act);
    expect(act.runPagePipeline).toHaveBeenLastCalledWith(texts, 3, false);
    expect(route({ type: 'enrich-page', texts: { ...texts, attributes: [1] } }, content(3), ID, ORIGIN, act)).toBeUndefined();
    expect(route({ type: 'enrich-page', texts }, popup, ID, ORIGIN, act)).toBeUndefined();
  });
});
