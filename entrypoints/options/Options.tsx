/**
 * Options: one form over the typed settings. Every change is saved at once (a visible "saved"
 * state) and applies on the next page load. Settings move between browsers as a JSON file,
 * validated on import with a report of what changed; lists also come in as plain text.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { downloadText } from '../../components/download';
import { TARGET_KEY } from '../../components/labels';
import { SLOT, withSlot } from '../../components/slot';
import { DEFAULT_SETTINGS, REPAIR_NAMES, type Settings } from '../../lib/settings';
import { exportSettings, importSettings, mergeNames, parseNameList } from '../../lib/settings-transfer';
import { DEFAULT_SITE_PATTERNS, parseSiteEntry, sitePattern, type SiteProblem } from '../../lib/sites';
import { TARGET_SCRIPTS, type TargetScript } from '../../lib/types';
import { CATALOG_LOCALES, formatMessage, type CatalogLocale, type UiLanguage } from '../../lib/ui-text';
import { applyUiLanguage, fetchCatalog, t } from '../../utils/i18n';
import { loadSettings, onSettingsChanged, saveSettings } from '../../utils/settings-store';

const REPAIR_KEY = {
  junk: 'options.repairs.junk',
  mojibake: 'options.repairs.mojibake',
  pinyin: 'options.repairs.pinyin',
  punctuation: 'options.repairs.punctuation',
  duplicates: 'options.repairs.duplicates',
} as const;
const TAG_KEY = { tagOfficials: 'options.tags.tagOfficials', tagEnterprises: 'options.tags.tagEnterprises', directives: 'options.tags.directives' } as const;
const STYLE_KEY = { underline: 'options.tags.underline', background: 'options.tags.background', none: 'options.tags.none' } as const;
const LIST_KEY = { alwaysTag: 'options.lists.alwaysTag', neverTag: 'options.lists.neverTag', knownEnterprises: 'options.lists.knownEnterprises' } as const;
const SITE_PROBLEM_KEY = {
  wildcard: 'options.sites.error.wildcard',
  tld: 'options.sites.error.tld',
  port: 'options.sites.error.port',
  userinfo: 'options.sites.error.userinfo',
  invalid: 'options.sites.error.invalid',
} as const satisfies Record<SiteProblem, string>;
const FIELD_KEY = {
  uiLanguage: 'options.field.uiLanguage',
  target: 'options.field.target',
  repairs: 'options.field.repairs',
  tagOfficials: 'options.field.tagOfficials',
  tagEnterprises: 'options.field.tagEnterprises',
  directives: 'options.field.directives',
  sites: 'options.field.sites',
  disabledSites: 'options.field.disabledSites',
  allSites: 'options.field.allSites',
  alwaysTag: 'options.field.alwaysTag',
  neverTag: 'options.field.neverTag',
  knownEnterprises: 'options.field.knownEnterprises',
  highlightStyle: 'options.field.highlightStyle',
} as const satisfies Record<Exclude<keyof Settings, 'version'>, string>;
type ListKey = keyof typeof LIST_KEY;

const fieldName = (k: string) => (k in FIELD_KEY ? t(FIELD_KEY[k as keyof typeof FIELD_KEY]) : k);
const quote = (s: string) => t('meta.quote', [s]);
const patternHost = (p: string) => p.replace(/^\*:\/\//, '').replace(/\/\*$/, '');

interface ImportReport {
  file: string;
  changed: string[];
  ignored: string[];
  droppedSites: string[];
  /** Imported sites the browser has not granted yet. */
  ungranted: string[];
}

type Status = { kind: 'saved' | 'info' | 'error'; text: string } | null;

function Section(props: { legend: string; id: string; children: ComponentChildren }) {
  return (
    <fieldset class="card-box" id={props.id}>
      <legend>{props.legend}</legend>
      {props.children}
    </fieldset>
  );
}

/** Names of the interface languages, each in its own language (from its own catalog). */
async function loadNativeNames(): Promise<Partial<Record<CatalogLocale, string>>> {
  const pairs = await Promise.all(
    CATALOG_LOCALES.map(async (l) => [l, await fetchCatalog(l).then((c) => formatMessage(c, 'meta.nativeName', [])).catch(() => l)] as const),
  );
  return Object.fromEntries(pairs);
}

export function Options() {
  const [s, setS] = useState<Settings | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [sitesDraft, setSitesDraft] = useState<string | null>(null);
  const [siteErrors, setSiteErrors] = useState<{ entry: string; problem: SiteProblem }[]>([]);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [, setLanguageVersion] = useState(0);
  const [nativeNames, setNativeNames] = useState<Partial<Record<CatalogLocale, string>> | null>(null);

  useEffect(() => {
    // One first render with everything: settings and the languages' own names.
    void Promise.all([loadSettings(), loadNativeNames()]).then(([settings, names]) => {
      setNativeNames(names);
      setS(settings);
    });
    onSettingsChanged(setS);
  }, []);
  if (!s || !nativeNames) return <main><p role="status">{t('common.loading')}</p></main>;

  const relabel = async (language: UiLanguage) => {
    await applyUiLanguage(language);
    document.title = t('options.title');
    setLanguageVersion((v) => v + 1);
  };
  /** Saves and shows the saved state; `message` replaces the plain "saved" text. */
  const save = async (next: Settings, message?: () => string) => {
    setS(next);
    await saveSettings(next);
    if (next.uiLanguage !== s.uiLanguage) await relabel(next.uiLanguage);
    setStatus({ kind: 'saved', text: message ? message() : t('options.saved') });
  };
  const requestOrigins = (origins: string[]): Promise<boolean> => {
    if (origins.length === 0) return Promise.resolve(true);
    // Asked for at the moment the user turns it on, never at install; first call in the handler.
    return browser.permissions.request({ origins }).catch(() => false);
  };

  const onSites = async (text: string) => {
    setSitesDraft(text);
    const entries = parseNameList(text);
    const parsed = entries.map((entry) => ({ entry, site: parseSiteEntry(entry) }));
    const errors = parsed.flatMap(({ entry, site }) => (site.ok ? [] : [{ entry, problem: site.problem }]));
    setSiteErrors(errors);
    if (errors.length > 0) return setStatus({ kind: 'error', text: t('options.sites.notAdded') });
    const hosts = [...new Set(parsed.flatMap(({ site }) => (site.ok ? [site.host] : [])))];
    const fresh = hosts.filter((h) => !s.sites.includes(h));
    if (!(await requestOrigins(fresh.map(sitePattern)))) return setStatus({ kind: 'error', text: t('common.permissionRefused') });
    setSitesDraft(null);
    await save({ ...s, sites: hosts });
  };

  const onImportSettings = async (file: File) => {
    const result = importSettings(await file.text(), s);
    if (!result.ok) {
      setReport(null);
      return setStatus({ kind: 'error', text: t('options.transfer.failed', [t(result.reason === 'not-json' ? 'options.transfer.notJson' : 'options.transfer.notSettings')]) });
    }
    const wanted = result.settings.allSites ? ['*://*/*'] : result.settings.sites.map(sitePattern);
    const ungranted: string[] = [];
    for (const origin of wanted) if (!(await browser.permissions.contains({ origins: [origin] }).catch(() => false))) ungranted.push(origin);
    setSitesDraft(null);
    setSiteErrors([]);
    await save(result.settings);
    setReport({ file: file.name, changed: result.changed, ignored: result.ignored, droppedSites: result.droppedSites, ungranted });
  };

  const onImportList = async (key: ListKey, file: File) => {
    const { list, added, existing } = mergeNames(s[key], parseNameList(await file.text()));
    await save({ ...s, [key]: list }, () => t('options.lists.imported', [t(LIST_KEY[key]), added, existing]));
  };

  const reset = async () => {
    setConfirmReset(false);
    setSitesDraft(null);
    setSiteErrors([]);
    setReport(null);
    await save({ ...DEFAULT_SETTINGS }, () => t('options.transfer.resetDone'));
  };

  const sep = t('meta.listSeparator');
  const fileButton = (label: string, testId: string, accept: string, onFile: (f: File) => void) => (
    <label class="button file-button">
      {label}
      <input type="file" class="sr-only" accept={accept} data-testid={testId}
        onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          input.value = '';
          if (file) onFile(file);
        }} />
    </label>
  );

  return (
    <main class="options">
      <header class="options-header">
        <h1 class="brand"><img src="/icon/48.png" alt="" />{t('options.title')}</h1>
        <p role="status" data-testid="status" data-saved={status?.kind === 'saved' ? 'true' : 'false'} class={`status ${status?.kind === 'error' ? 'error' : ''}`}>
          {status?.kind === 'saved' && <span class="saved-badge" aria-hidden="true">✓ {t('options.savedBadge')}</span>} {status?.text}
        </p>
      </header>

      <Section legend={t('options.language.legend')} id="language">
        <select data-testid="ui-language" aria-label={t('options.language.legend')} value={s.uiLanguage}
          onChange={(e) => void save({ ...s, uiLanguage: (e.currentTarget as HTMLSelectElement).value as UiLanguage })}>
          <option value="auto">{t('options.language.auto')}</option>
          {CATALOG_LOCALES.map((l) => (
            <option value={l} lang={l.replace('_', '-')} data-content>{nativeNames[l] ?? l}</option>
          ))}
        </select>
        <p class="muted small">{t('options.language.hint')}</p>
      </Section>

      <Section legend={t('options.target.legend')} id="target">
        <select data-testid="target" aria-label={t('options.target.legend')} value={s.target}
          onChange={(e) => void save({ ...s, target: (e.currentTarget as HTMLSelectElement).value as TargetScript })}>
          {TARGET_SCRIPTS.map((v) => <option value={v}>{t(TARGET_KEY[v])}</option>)}
        </select>
      </Section>

      <Section legend={t('options.repairs.legend')} id="repairs">
        {REPAIR_NAMES.map((n) => (
          <label class="check">
            <input type="checkbox" data-testid={`repair-${n}`} checked={s.repairs[n]}
              onChange={(e) => void save({ ...s, repairs: { ...s.repairs, [n]: (e.currentTarget as HTMLInputElement).checked } })} />
            {t(REPAIR_KEY[n])}
          </label>
        ))}
      </Section>

      <Section legend={t('options.tags.legend')} id="tags">
        {(Object.keys(TAG_KEY) as (keyof typeof TAG_KEY)[]).map((k) => (
          <label class="check">
            <input type="checkbox" data-testid={`tag-${k}`} checked={s[k]}
              onChange={(e) => void save({ ...s, [k]: (e.currentTarget as HTMLInputElement).checked })} />
            {k === 'tagOfficials' ? <span class="mark-official">{t(TAG_KEY[k])}</span> : k === 'tagEnterprises' ? <span class="mark-enterprise">{t(TAG_KEY[k])}</span> : t(TAG_KEY[k])}
          </label>
        ))}
        <label class="field">
          {t('options.tags.highlightStyle')}
          <select data-testid="highlight-style" value={s.highlightStyle}
            onChange={(e) => void save({ ...s, highlightStyle: (e.currentTarget as HTMLSelectElement).value as Settings['highlightStyle'] })}>
            {(Object.keys(STYLE_KEY) as (keyof typeof STYLE_KEY)[]).map((v) => <option value={v}>{t(STYLE_KEY[v])}</option>)}
          </select>
        </label>
      </Section>

      <Section legend={t('options.sites.legend')} id="sites">
        <p class="muted small">{t('options.sites.defaults')}</p>
        <ul class="default-sites">
          {DEFAULT_SITE_PATTERNS.map((p) => <li><code data-content>{patternHost(p)}</code></li>)}
        </ul>
        <label class="field block">
          {t('options.sites.extra')}
          <textarea data-testid="sites" rows={3} value={sitesDraft ?? s.sites.join('\n')} aria-invalid={siteErrors.length > 0}
            aria-describedby="sites-error" onChange={(e) => void onSites((e.currentTarget as HTMLTextAreaElement).value)} />
        </label>
        <ul id="sites-error" class="error small" data-testid="sites-error" role="alert" hidden={siteErrors.length === 0}>
          {siteErrors.map(({ entry, problem }) => (
            <li data-problem={problem}>{withSlot(t(SITE_PROBLEM_KEY[problem], [SLOT]), <code data-content>{quote(entry)}</code>)}</li>
          ))}
        </ul>
        <label class="check">
          <input type="checkbox" data-testid="all-sites" checked={s.allSites}
            onChange={async (e) => {
              const input = e.currentTarget as HTMLInputElement;
              const on = input.checked;
              if (on && !(await requestOrigins(['*://*/*']))) {
                input.checked = false;
                return setStatus({ kind: 'error', text: t('common.permissionRefused') });
              }
              await save({ ...s, allSites: on });
            }} />
          {t('options.sites.allSites')}
        </label>
        {s.disabledSites.length > 0 && (
          <p>
            {t('options.sites.switchedOff')} <span data-content>{s.disabledSites.join(sep)}</span>{' '}
            <button type="button" onClick={() => void save({ ...s, disabledSites: [] })}>{t('options.sites.reenableAll')}</button>
          </p>
        )}
      </Section>

      <Section legend={t('options.lists.legend')} id="lists">
        <p class="muted small">{t('options.lists.hint')}</p>
        {(Object.keys(LIST_KEY) as ListKey[]).map((k) => (
          <div class="list-field">
            <label class="field block">
              {t(LIST_KEY[k])}
              <textarea data-testid={k} rows={3} value={s[k].join('\n')}
                onChange={(e) => void save({ ...s, [k]: parseNameList((e.currentTarget as HTMLTextAreaElement).value) })} />
            </label>
            {fileButton(t('options.lists.importFile'), `import-list-${k}`, '.txt,.csv,text/plain', (f) => void onImportList(k, f))}
          </div>
        ))}
      </Section>

      <Section legend={t('options.transfer.legend')} id="transfer">
        <div class="row">
          <button type="button" data-testid="settings-export" onClick={() => downloadText('zhengwen-settings.json', 'application/json', exportSettings(s))}>
            {t('options.transfer.export')}
          </button>
          {fileButton(t('options.transfer.import'), 'settings-import', '.json,application/json', (f) => void onImportSettings(f))}
          {confirmReset ? (
            <span class="row confirm" role="group" aria-label={t('options.transfer.resetConfirm')}>
              <span>{t('options.transfer.resetConfirm')}</span>
              <button type="button" class="danger" data-testid="settings-reset-confirm" onClick={() => void reset()}>{t('options.transfer.resetYes')}</button>
              <button type="button" onClick={() => setConfirmReset(false)}>{t('options.transfer.resetNo')}</button>
            </span>
          ) : (
            <button type="button" data-testid="settings-reset" onClick={() => setConfirmReset(true)}>{t('options.transfer.reset')}</button>
          )}
        </div>
        {report && (
          <div class="import-report" data-testid="import-report" data-changed={report.changed.join(',')}>
            <p><strong>{withSlot(t('options.transfer.reportTitle', [SLOT]), <code data-content>{report.file}</code>)}</strong></p>
            <p>{report.changed.length > 0 ? t('options.transfer.changed', [report.changed.map(fieldName).join(sep)]) : t('options.transfer.unchanged')}</p>
            {report.ignored.length > 0 && (
              <p class="error">{withSlot(t('options.transfer.ignored', [SLOT]), <span data-content>{report.ignored.map(fieldName).join(sep)}</span>)}</p>
            )}
            {report.droppedSites.length > 0 && (
              <p class="error">{withSlot(t('options.transfer.droppedSites', [SLOT]), <code data-content>{report.droppedSites.join(sep)}</code>)}</p>
            )}
            {report.ungranted.length > 0 && (
              <p>
                <button type="button" data-testid="grant-sites"
                  onClick={() => void requestOrigins(report.ungranted).then((ok) => ok && setReport({ ...report, ungranted: [] }))}>
                  {t('options.transfer.grantSites')}
                </button>
              </p>
            )}
          </div>
        )}
      </Section>
    </main>
  );
}
