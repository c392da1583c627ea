/**
 * The toolbar popup: the current tab's report. `popup.html?tab=ID` shows a given tab (tests).
 * data-testid attributes are a contract (README). Page text (title, names, directives, the
 * host) is rendered as text in elements marked data-content, with its own lang=.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { downloadText } from '../../components/download';
import { contentLang, DETECTED_SCRIPT_KEY, markdownLabels, TARGET_KEY } from '../../components/labels';
import { SLOT, withSlot } from '../../components/slot';
import { Tabs } from '../../components/Tabs';
import { directivesToCsv, directivesToJson, directivesToMarkdown } from '../../lib/export';
import type { Message, RevealKind } from '../../lib/messages';
import type { PageState, TabReport } from '../../lib/report';
import type { Settings } from '../../lib/settings';
import { hostMatchesSite, parseSiteEntry, sitePattern } from '../../lib/sites';
import { t, type MessageKey } from '../../utils/i18n';
import { loadSettings, onSettingsChanged, saveSettings, updateSettings } from '../../utils/settings-store';
import { DirectiveList } from './DirectiveList';
import { EntityList } from './EntityList';
import { RepairCounts, repairTotal } from './RepairCounts';

/** The tab the popup reports on, and its URL when the browser lets us see it. */
async function resolveTab(): Promise<{ id: number | null; url: string }> {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  if (fromQuery && /^\d+$/.test(fromQuery)) {
    const id = Number(fromQuery);
    const tab = await browser.tabs.get(id).catch(() => null);
    return { id, url: tab?.url ?? '' };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id ?? null, url: tab?.url ?? '' };
}

const send = (m: Message) => browser.runtime.sendMessage(m);

const STATE_KEY = {
  none: 'popup.state.none',
  working: 'popup.state.working',
  'not-article': 'popup.state.notArticle',
  disabled: 'popup.state.disabled',
  error: 'popup.state.error',
} as const satisfies Record<Exclude<PageState, 'enriched'> | 'none', MessageKey>;

type TabId = 'directives' | 'people' | 'repairs';

function safeHost(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : '';
  } catch {
    return '';
  }
}

export function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [tabUrl, setTabUrl] = useState('');
  const [report, setReport] = useState<TabReport | null | undefined>(undefined);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tab, setTab] = useState<TabId>('directives');
  const [notice, setNotice] = useState('');

  const refresh = async (id: number) => setReport(((await send({ type: 'get-report', tabId: id })) as TabReport | null) ?? null);

  useEffect(() => {
    void loadSettings().then(setSettings);
    onSettingsChanged(setSettings);
    void (async () => {
      const { id, url } = await resolveTab();
      setTabId(id);
      setTabUrl(url);
      if (id === null) return setReport(null);
      await refresh(id);
    })();
  }, []);

  // While the page is still working, poll until the report lands.
  useEffect(() => {
    if (tabId === null || report?.state !== 'working') return;
    const timer = setInterval(() => void refresh(tabId), 300);
    return () => clearInterval(timer);
  }, [tabId, report?.state]);

  if (report === undefined || !settings) return <main class="popup"><p role="status">{t('common.loading')}</p></main>;

  const host = safeHost(report?.url || tabUrl);
  const siteOff = !!host && settings.disabledSites.some((d) => hostMatchesSite(host, d));
  const site = host ? parseSiteEntry(host) : null;
  const siteAdded = !!site?.ok && settings.sites.some((s) => hostMatchesSite(host, s));

  const reveal = (kind: RevealKind, key: string) => {
    if (tabId !== null) void send({ type: 'reveal', tabId, kind, key });
  };
  const copy = (text: string) =>
    navigator.clipboard.writeText(text).then(
      () => setNotice(t('common.copied')),
      () => setNotice(t('common.clipboardUnavailable')),
    );
  const enrichNow = async () => {
    if (tabId === null) return;
    setNotice(t('popup.state.working'));
    const ok = await send({ type: 'enrich-tab', tabId });
    setNotice(ok ? '' : t('popup.enrichFailed'));
    setTimeout(() => void refresh(tabId), 400);
  };
  /**
   * The permission request must be the first thing the click does (a user gesture), and the
   * site is saved in the same tick: a permission prompt may close the popup. A site saved
   * without permission is harmless (content scripts are registered only for granted sites,
   * and the background registers it when the permission arrives).
   */
  const alwaysRun = () => {
    if (!site?.ok) return;
    const granted = browser.permissions.request({ origins: [sitePattern(site.host)] });
    const before = settings;
    const next = { ...settings, sites: [...settings.sites, site.host], disabledSites: settings.disabledSites.filter((d) => !hostMatchesSite(host, d)) };
    const saved = saveSettings(next);
    void granted
      .catch(() => false)
      .then(async (ok) => {
        await saved;
        if (ok) return setNotice(t('popup.alwaysRunAdded'));
        await saveSettings(before);
        setNotice(t('common.permissionRefused'));
      });
  };
  const toggleView = async () => {
    if (tabId === null || !report) return;
    const view = report.view === 'enriched' ? 'original' : 'enriched';
    await send({ type: 'set-view', tabId, view });
    await refresh(tabId);
  };
  const toggleSite = async () => {
    if (!host) return;
    const off = !siteOff;
    await updateSettings((s) => ({
      ...s,
      disabledSites: off ? [...s.disabledSites, host] : s.disabledSites.filter((d) => !hostMatchesSite(host, d)),
    }));
    setNotice(t('popup.reloadToApply'));
  };

  const hostEl = <span class="host" data-content translate={false}>{host}</span>;
  const state: PageState | 'none' = report?.state ?? 'none';

  return (
    <main class="popup" data-state={state}>
      <header class="popup-header">
        <span class="brand"><img src="/icon/32.png" alt="" />{t('manifest.name')}</span>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>{t('common.options')}</button>
      </header>

      {!report || report.state !== 'enriched' ? (
        <section class="empty card-box" data-testid="page-state" data-state={state}>
          <p>{t(STATE_KEY[state === 'enriched' ? 'none' : state])}</p>
          {report?.error && <p class="error" data-content>{report.error}</p>}
          {state !== 'working' && (
            <div class="row">
              <button type="button" class="primary" data-testid="enrich-page" onClick={() => void enrichNow()}>{t('popup.enrichPage')}</button>
              {state === 'none' && site?.ok && !siteAdded && (
                <button type="button" data-testid="always-run-site" onClick={alwaysRun}>{t('popup.alwaysRunSite')}</button>
              )}
            </div>
          )}
        </section>
      ) : (
        <Report report={report} tab={tab} setTab={setTab} reveal={reveal} copy={copy} toggleView={() => void toggleView()} />
      )}
      {host && (
        <label class="site-switch">
          <input type="checkbox" data-testid="site-switch" checked={!siteOff} onChange={() => void toggleSite()} />
          <span>{t('popup.siteSwitch')}</span>
          <span class="muted small">{withSlot(t('popup.host', [SLOT]), hostEl)}</span>
        </label>
      )}
      <p role="status" class="notice small" data-testid="notice">{notice}</p>
    </main>
  );
}

function Report(props: {
  report: TabReport;
  tab: TabId;
  setTab: (t: TabId) => void;
  reveal: (kind: RevealKind, key: string) => void;
  copy: (text: string) => Promise<void>;
  toggleView: () => void;
}) {
  const { report } = props;
  const lang = contentLang(report.script?.target);
  const meta = [report.article?.date, report.article?.source].filter(Boolean).join(' · ');
  const count = (n: number) => <span class="count">{n}</span>;
  return (
    <>
      <section class="summary" data-testid="page-state" data-state="enriched">
        <h1 class="article-title" data-testid="article-title" lang={lang} data-content>{report.article?.title || report.url}</h1>
        <p class="meta muted small">
          {meta && <span lang={lang} data-content>{meta}</span>}
          {report.script && (
            <span data-testid="script" data-detected={report.script.detected} data-target={report.script.target}>
              {t('script.summary', [t(DETECTED_SCRIPT_KEY[report.script.detected]), t(TARGET_KEY[report.script.target])])}
            </span>
          )}
        </p>
        <button type="button" data-testid="toggle-original" aria-pressed={report.view === 'original'} onClick={props.toggleView}>
          {report.view === 'original' ? t('popup.showRepaired') : t('popup.showOriginal')}
        </button>
      </section>
      <Tabs
        label={t('popup.sections')}
        selected={props.tab}
        onSelect={props.setTab}
        tabs={[
          { id: 'directives', testId: 'tab-directives', label: <>{t('popup.tab.directives')}{count(report.directives.length)}</> },
          { id: 'people', testId: 'tab-people', label: <>{t('popup.tab.people')}{count(report.officials.length + report.enterprises.length)}</> },
          { id: 'repairs', testId: 'tab-repairs', label: <>{t('popup.tab.repairs')}{count(repairTotal(report.repairs))}</> },
        ]}>
        {props.tab === 'directives' && (
          <DirectiveList report={report} onReveal={(i) => props.reveal('directive', String(i))} onCopy={(text) => void props.copy(text)}>
            <div class="row actions" role="group" aria-label={t('directives.exports')}>
              <button type="button" data-testid="copy-markdown" onClick={() => void props.copy(directivesToMarkdown(report, markdownLabels()))}>{t('directives.copyMarkdown')}</button>
              <button type="button" data-testid="export-json" onClick={() => downloadText('directives.json', 'application/json', directivesToJson(report))}>{t('directives.exportJson')}</button>
              <button type="button" data-testid="export-csv" onClick={() => downloadText('directives.csv', 'text/csv;charset=utf-8', directivesToCsv(report))}>{t('directives.exportCsv')}</button>
            </div>
          </DirectiveList>
        )}
        {props.tab === 'people' && <EntityList report={report} onReveal={props.reveal} />}
        {props.tab === 'repairs' && <RepairCounts repairs={report.repairs} />}
      </Tabs>
    </>
  );
}
