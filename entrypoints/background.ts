/**
 * Background: per-tab reports and badge, injection of the enricher on article pages and on
 * request, the context menu, the keyboard command, and content scripts for user-added sites.
 */
import { i18n } from '#i18n';
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { parseMessage, type Message } from '../lib/messages';
import { emptyReport, type TabReport } from '../lib/report';
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
  await action.setBadgeBackgroundColor({ tabId, color: '#b3261e' }).catch(() => undefined);
}

async function getReport(tabId: number): Promise<TabReport | null> {
  const inMemory = reports.get(tabId);
  if (inMemory) return inMemory;
  const stored = await browser.storage.session?.get(`report:${tabId}`).catch(() => undefined);
  return (stored?.[`report:${tabId}`] as TabReport | undefined) ?? null;
}

/** Inject the enricher (and the traditional dictionaries when that target is chosen). */
async function injectEnricher(tabId: number, frameId?: number): Promise<void> {
  const settings = await loadSettings();
  const files: ('/opencc-trad.js' | '/enricher.js')[] =
    settings.target === 'zh-TW' || settings.target === 'zh-HK' ? ['/opencc-trad.js', '/enricher.js'] : ['/enricher.js'];
  await browser.scripting.executeScript({
    target: frameId === undefined ? { tabId } : { tabId, frameIds: [frameId] },
    files,
  });
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
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const message = parseMessage(raw);
    if (!message) return undefined;
    const tabId = sender.tab?.id;
    switch (message.type) {
      case 'load-enricher':
        return tabId === undefined ? undefined : injectEnricher(tabId, sender.frameId).then(() => true);
      case 'report':
        // Only the top frame speaks for the tab.
        if (tabId === undefined || (sender.frameId ?? 0) !== 0) return undefined;
        return setReport(tabId, message.report).then(() => true);
      case 'get-report':
        return getReport(message.tabId);
      case 'enrich-tab':
        return enrichOnRequest(message.tabId).then(
          () => true,
          (e: unknown) => setReport(message.tabId, emptyReport('', 'error', String(e))).then(() => false),
        );
      case 'set-view':
        return sendToTab(message.tabId, { type: 'apply-view', view: message.view });
      case 'reveal':
        return sendToTab(message.tabId, { type: 'show', kind: message.kind, key: message.key });
      default:
        return undefined;
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    reports.delete(tabId);
    void browser.storage.session?.remove(`report:${tabId}`).catch(() => undefined);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) reports.delete(tabId);
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
