/**
 * Background: the text pipeline (run here, off the page's main thread: a long article never
 * freezes its tab), per-tab reports and badge, injection of the enricher on article pages and
 * on request, the context menu, the keyboard command, and content scripts for user-added sites.
 * Every message is validated and checked against its sender: only the extension's own pages
 * may name a tab; a content script acts on its own tab only.
 */
import { i18n } from '#i18n';
import { BADGE_COLOUR } from '../lib/palette';
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { route, type BackgroundActions } from '../lib/background-router';
import type { Message } from '../lib/messages';
import { encodeEdits, enrichFragment, enrichOptionsFrom, enrichPage, surroundingsOptions, toWire } from '../lib/page';
import type { EnrichedPageState } from '../lib/messages';
import { buildReport, emptyReport, sameDocument, type TabReport } from '../lib/report';
import '../lib/script/traditional';
import { sitePattern } from '../lib/sites';
import type { Settings } from '../lib/settings';
import { loadSettings, onSettingsChanged } from '../utils/settings-store';

const reports = new Map<number, TabReport>();
const MENU_ID = 'zhengwen-enrich-page';
const USER_SCRIPT_ID = 'zhengwen-user-sites';

function badgeText(report: TabReport): string {
  if (report.state !== 'enriched') return '';
  return report.directives.length > 0 ? String(report.directives.length) : '✓';
}

async function setReport(tabId: number, report: TabReport): Promise<void> {
  reports.set(tabId, report);
  // The service worker may sleep: keep reports in session storage too where it exists.
  await browser.storage.session?.set({ [`report:${tabId}`]: report }).catch(() => undefined);
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ tabId, text: badgeText(report) }).catch(() => undefined);
  await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR }).catch(() => undefined);
  // The badge's tooltip says what the number means, in the reader's language.
  const title = report.state === 'enriched' ? i18n.t('badge.title', report.directives.length, [String(report.directives.length)]) : '';
  await action.setTitle({ tabId, title }).catch(() => undefined);
}

/** The page says it is enriched (or shows the original): its report, with the pipeline's findings for the tab. */
async function setEnrichedReport(tabId: number, state: EnrichedPageState): Promise<void> {
  const found = findings.get(tabId) ?? emptyReport(state.url, 'enriched');
  const repairs = { ...found.repairs };
  if (state.charsetRepairs) repairs.mojibake = (repairs.mojibake ?? 0) + state.charsetRepairs;
  await setReport(tabId, { ...found, state: 'enriched', url: state.url, article: state.article, view: state.view, repairs, ...(state.detection ? { detection: state.detection } : {}) });
}

async function forgetReport(tabId: number): Promise<void> {
  findings.delete(tabId);
  reports.delete(tabId);
  await browser.storage.session?.remove(`report:${tabId}`).catch(() => undefined);
}

async function getReport(tabId: number): Promise<TabReport | null> {
  let report = reports.get(tabId) ?? null;
  if (!report) {
    const stored = await browser.storage.session?.get(`report:${tabId}`).catch(() => undefined);
    report = (stored?.[`report:${tabId}`] as TabReport | undefined) ?? null;
  }
  // A report for another document than the one the tab shows now is no report for it.
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (report && tab?.url && !sameDocument(report.url, tab.url)) return null;
  return report;
}

/** Inject the enricher: the DOM half only; the text pipeline runs here. */
async function injectEnricher(tabId: number, frameId?: number): Promise<void> {
  await browser.scripting.executeScript({
    target: frameId === undefined ? { tabId } : { tabId, frameIds: [frameId] },
    files: ['/enricher.js'],
  });
}

/** The text pipeline on a page's texts, with the reader's settings. */
/** What the pipeline last found on each tab's top frame: the report is built from it here. */
const findings = new Map<number, TabReport>();

async function runPagePipeline(texts: Parameters<typeof enrichPage>[0], tabId: number, topFrame: boolean) {
  const options = enrichOptionsFrom(await loadSettings());
  const t0 = performance.now();
  const result = enrichPage(texts, options);
  if (topFrame) findings.set(tabId, buildReport('', null, result.body));
  // Compact on the wire: the page parses the answer on its main thread.
  return { ...toWire(result), computeMs: performance.now() - t0 };
}

/** Added content: repaired and converted like the page around the article. */
async function runFragments(texts: string[]) {
  const options = enrichOptionsFrom(await loadSettings());
  const around = surroundingsOptions(options, { text: '', edits: [], script: { detected: 'none', target: options.target ?? 'zh-CN' }, officials: [], enterprises: [], directives: [] });
  return texts.map((t) => encodeEdits(enrichFragment(t, { ...around, repairs: options.repairs }).edits));
}

async function enrichOnRequest(tabId: number): Promise<void> {
  // The request is the user's: skip detection (the flag is read by the enricher).
  await browser.scripting.executeScript({ target: { tabId }, func: () => ((globalThis as Record<string, unknown>).__zhengwenForce = true) });
  await injectEnricher(tabId);
}

async function sendToTab(tabId: number, message: Message): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}

/** Content scripts for sites the user added (or all sites), when permission was granted. */
async function registerUserSites(settings: Settings): Promise<void> {
  const scripting = browser.scripting as typeof browser.scripting & {
    getRegisteredContentScripts?: (f: { ids: string[] }) => Promise<{ id: string }[]>;
  };
  if (!scripting.registerContentScripts) return;
  const existing = (await scripting.getRegisteredContentScripts?.({ ids: [USER_SCRIPT_ID] }).catch(() => [])) ?? [];
  if (existing.length) await scripting.unregisterContentScripts({ ids: [USER_SCRIPT_ID] }).catch(() => undefined);
  const wanted = settings.allSites ? ['*://*/*'] : settings.sites.map(sitePattern);
  const granted: string[] = [];
  for (const pattern of wanted) {
    if (await browser.permissions.contains({ origins: [pattern] }).catch(() => false)) granted.push(pattern);
  }
  if (granted.length === 0) return;
  await scripting.registerContentScripts([
    { id: USER_SCRIPT_ID, matches: granted, js: ['content-scripts/content.js'], runAt: 'document_idle', allFrames: true },
  ]).catch((e: unknown) => console.warn('ZhengWen: could not register user sites', e));
}

export default defineBackground(() => {
  const actions: BackgroundActions = { injectEnricher, enrichOnRequest, runPagePipeline, setEnrichedReport, runFragments, setReport, getReport, sendToTab };
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) =>
    route(raw, sender, browser.runtime.id, browser.runtime.getURL('/'), actions),
  );

  browser.tabs.onRemoved.addListener((tabId) => void forgetReport(tabId));
  // A new document in the tab (its URL may be hidden from us): the old report is no longer its
  // report. Chrome also says 'loading' on pushState; the content script reports again then.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetReport(tabId);
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    browser.contextMenus.create({ id: MENU_ID, title: i18n.t('contextMenu.enrich'), contexts: ['page'] }, () => void browser.runtime.lastError);
    // First run only: what runs where, the optional all-sites permission, the shortcuts.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void enrichOnRequest(tab.id);
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-original') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendToTab(tab.id, { type: 'toggle-view' }).catch(() => undefined);
  });

  void loadSettings().then(registerUserSites);
  onSettingsChanged((s) => void registerUserSites(s));
  browser.permissions.onAdded?.addListener(() => void loadSettings().then(registerUserSites));
});
