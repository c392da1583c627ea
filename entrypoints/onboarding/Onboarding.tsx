/**
 * First run (opened once, at install): what runs where, the optional "all sites" permission
 * asked for only on the reader's click with the privacy promise, and the keyboard shortcuts.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_SITE_PATTERNS } from '../../lib/sites';
import { t } from '../../utils/i18n';
import { updateSettings } from '../../utils/settings-store';

const ALL_SITES = '*://*/*';
const patternHost = (p: string) => p.replace(/^\*:\/\//, '').replace(/\/\*$/, '');

type Grant = 'idle' | 'granted' | 'refused';

export function Onboarding() {
  const [grant, setGrant] = useState<Grant>('idle');
  const [toggleKey, setToggleKey] = useState('Alt+Shift+Z');

  useEffect(() => {
    // The reader may have rebound the toggle; show the binding in force.
    void browser.commands
      ?.getAll()
      .then((all) => {
        const key = all.find((c) => c.name === 'toggle-original')?.shortcut;
        if (key) setToggleKey(key);
      })
      .catch(() => undefined);
  }, []);

  const allowAllSites = () => {
    // The request is the first thing the click does: browsers grant it only in a user gesture.
    void browser.permissions
      .request({ origins: [ALL_SITES] })
      .catch(() => false)
      .then(async (ok) => {
        if (ok) await updateSettings((s) => ({ ...s, allSites: true }));
        setGrant(ok ? 'granted' : 'refused');
      });
  };

  const keys = (combo: string) =>
    combo.split('+').map((k, i) => (
      <>
        {i > 0 && '+'}
        <kbd>{k}</kbd>
      </>
    ));

  return (
    <main class="onboarding">
      <header>
        <h1 class="brand"><img src="/icon/96.png" alt="" />{t('onboarding.title')}</h1>
        <p class="lead">{t('onboarding.intro')}</p>
      </header>

      <section class="card-box" aria-labelledby="where">
        <h2 id="where">{t('onboarding.whereTitle')}</h2>
        <p>{t('onboarding.whereDefaults')}</p>
        <ul class="default-sites" data-testid="default-sites">
          {DEFAULT_SITE_PATTERNS.map((p) => <li><code data-content>{patternHost(p)}</code></li>)}
        </ul>
        <p>{t('onboarding.whereElsewhere')}</p>
      </section>

      <section class="card-box" aria-labelledby="all-sites">
        <h2 id="all-sites">{t('onboarding.allSitesTitle')}</h2>
        <p>{t('onboarding.allSitesText')}</p>
        <p class="privacy" data-testid="privacy">{t('onboarding.privacy')}</p>
        <div class="row">
          <button type="button" class="primary" data-testid="allow-all-sites" disabled={grant === 'granted'} onClick={allowAllSites}>
            {t('onboarding.allSitesButton')}
          </button>
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>{t('onboarding.openOptions')}</button>
        </div>
        <p role="status" data-testid="all-sites-status" data-grant={grant} class={grant === 'refused' ? 'error' : 'success'}>
          {grant === 'granted' ? t('onboarding.allSitesGranted') : grant === 'refused' ? t('onboarding.allSitesRefused') : ''}
        </p>
      </section>

      <section class="card-box" aria-labelledby="shortcuts">
        <h2 id="shortcuts">{t('onboarding.shortcutsTitle')}</h2>
        <dl class="shortcuts" data-testid="shortcuts">
          <dt>{keys(toggleKey)}</dt>
          <dd>{t('onboarding.shortcutToggle')}</dd>
          <dt>{keys('Alt+Shift+N')}</dt>
          <dd>{t('onboarding.shortcutNext')}</dd>
          <dt>{keys('Escape')}</dt>
          <dd>{t('onboarding.shortcutEscape')}</dd>
        </dl>
        <p class="muted small">{t('onboarding.shortcutsHint')}</p>
      </section>
    </main>
  );
}
