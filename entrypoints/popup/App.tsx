/**
 * The toolbar popup: the current tab's report. `popup.html?tab=ID` shows a given tab (tests).
 * data-testid attributes are a contract (README): repair-count, official, enterprise,
 * directive (with data-name / data-speaker holding bare names).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { directivesToCsv, directivesToJson, directivesToMarkdown } from '../../lib/export';
import type { Message, RevealKind } from '../../lib/messages';
import type { TabReport } from '../../lib/report';
import { hostMatchesSite } from '../../lib/sites';
import { updateSettings, loadSettings } from '../../utils/settings-store';
import { DirectiveList } from './DirectiveList';
import { EntityList } from './EntityList';
import { RepairCounts } from './RepairCounts';

async function resolveTabId(): Promise<number | null> {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  if (fromQuery && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const send = (m: Message) => browser.runtime.sendMessage(m);

function download(name: string, mime: string, body: string) {
  const url = URL.createObjectURL(new Blob([body], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const STATE_TEXT: Record<TabReport['state'], string> = {
  enriched: '',
  working: '正在处理… Working on this page…',
  'not-article': '这个页面不像是一篇文章。This page does not look like an article.',
  disabled: '已在此网站关闭。ZhengWen is switched off on this site.',
  error: '处理此页面时出错。Something went wrong on this page.',
};

type Tab = 'directives' | 'people' | 'repairs';

export function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [report, setReport] = useState<TabReport | null | undefined>(undefined);
  const [siteOff, setSiteOff] = useState(false);
  const [tab, setTab] = useState<Tab>('directives');
  const [notice, setNotice] = useState('');

  const refresh = async (id: number) => setReport(((await send({ type: 'get-report', tabId: id })) as TabReport | null) ?? null);

  useEffect(() => {
    void (async () => {
      const id = await resolveTabId();
      setTabId(id);
      if (id === null) return setReport(null);
      await refresh(id);
    })();
  }, []);

  // While the page is still working, poll until the report lands.
  useEffect(() => {
    if (tabId === null || report?.state !== 'working') return;
    const t = setInterval(() => void refresh(tabId), 300);
    return () => clearInterval(t);
  }, [tabId, report?.state]);

  const host = report?.url ? safeHost(report.url) : '';
  useEffect(() => {
    if (!host) return;
    void loadSettings().then((s) => setSiteOff(s.disabledSites.some((d) => hostMatchesSite(host, d))));
  }, [host]);

  if (report === undefined) return <main class="popup"><p role="status">…</p></main>;

  const reveal = (kind: RevealKind, key: string) => {
    if (tabId !== null) void send({ type: 'reveal', tabId, kind, key });
  };
  const enrichNow = async () => {
    if (tabId === null) return;
    setNotice('正在处理… Working…');
    const ok = await send({ type: 'enrich-tab', tabId });
    setNotice(ok ? '' : '无法处理此页面（浏览器内部页面？）Could not enrich this page.');
    setTimeout(() => void refresh(tabId), 400);
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
    setSiteOff(off);
    setNotice('重新加载页面后生效。Reload the page to apply.');
  };
  const copyMarkdown = async () => {
    if (!report) return;
    await navigator.clipboard.writeText(directivesToMarkdown(report)).then(
      () => setNotice('已复制 Markdown。Copied.'),
      () => setNotice('无法访问剪贴板。Clipboard not available.'),
    );
  };

  return (
    <main class="popup" data-state={report?.state ?? 'none'}>
      <header>
        <h1>正文 ZhengWen</h1>
        <button class="link" onClick={() => void browser.runtime.openOptionsPage()}>设置 Options</button>
      </header>

      {!report || report.state !== 'enriched' ? (
        <section class="empty" data-testid="page-state" data-state={report?.state ?? 'none'}>
          <p>{report ? STATE_TEXT[report.state] : '尚未处理此页面。ZhengWen has not run on this page.'}</p>
          {report?.error && <p class="error">{report.error}</p>}
          {(!report || report.state !== 'working') && (
            <button data-testid="enrich-page" onClick={() => void enrichNow()}>处理此页面 Enrich this page</button>
          )}
        </section>
      ) : (
        <>
          <section class="summary" data-testid="page-state" data-state="enriched">
            <h2 data-testid="article-title">{report.article?.title || report.url}</h2>
            <p class="meta">
              {[report.article?.date, report.article?.source].filter(Boolean).join(' · ')}
              {report.script && (
                <span data-testid="script" data-detected={report.script.detected} data-target={report.script.target}>
                  {' '}· {report.script.detected} → {report.script.target}
                </span>
              )}
            </p>
            <button data-testid="toggle-original" aria-pressed={report.view === 'original'} onClick={() => void toggleView()}>
              {report.view === 'original' ? '显示修复后 Show repaired' : '显示原文 Show original'}
            </button>
          </section>
          <nav role="tablist" class="tabs">
            {(
              [
                ['directives', `指示 Directives (${report.directives.length})`],
                ['people', `人物与企业 People (${report.officials.length + report.enterprises.length})`],
                ['repairs', '修复 Repairs'],
              ] as [Tab, string][]
            ).map(([id, label]) => (
              <button role="tab" aria-selected={tab === id} data-testid={`tab-${id}`} onClick={() => setTab(id)}>
                {label}
              </button>
            ))}
          </nav>
          {tab === 'directives' && (
            <DirectiveList report={report} onReveal={(i) => reveal('directive', String(i))}>
              <div class="actions">
                <button data-testid="copy-markdown" onClick={() => void copyMarkdown()}>复制 Markdown</button>
                <button data-testid="export-json" onClick={() => download('directives.json', 'application/json', directivesToJson(report))}>JSON</button>
                <button data-testid="export-csv" onClick={() => download('directives.csv', 'text/csv;charset=utf-8', directivesToCsv(report))}>CSV</button>
              </div>
            </DirectiveList>
          )}
          {tab === 'people' && <EntityList report={report} onReveal={reveal} />}
          {tab === 'repairs' && <RepairCounts repairs={report.repairs} />}
        </>
      )}
      {host && (
        <label class="site-switch">
          <input type="checkbox" data-testid="site-switch" checked={!siteOff} onChange={() => void toggleSite()} />
          在 {host} 上运行 Run on this site
        </label>
      )}
      {notice && <p role="status" class="notice">{notice}</p>}
    </main>
  );
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
