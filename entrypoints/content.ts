/**
 * Runs on every matched page, so it is only the detector: a non-article page costs the
 * detector alone and is left untouched. An article page asks the background to inject the
 * enricher (pipeline, dictionaries, DOM layer).
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectArticle } from '../lib/article/detect';
import { emptyReport } from '../lib/report';
import { DEFAULT_SITE_PATTERNS, hostMatchesSite } from '../lib/sites';
import { setPageState } from '../utils/page-state';
import { loadSettings } from '../utils/settings-store';

export default defineContentScript({
  matches: [...DEFAULT_SITE_PATTERNS],
  runAt: 'document_idle',
  allFrames: true,
  async main() {
    const isTop = window === window.top;
    // Cross-origin frames are left alone; same-origin article frames are handled.
    if (!isTop && !sameOriginAsTop()) return;
    await run(isTop);
    // Single-page navigation changes the URL without a load: detect again. A cheap check of
    // location.href (no page-world hooks needed), plus popstate for back/forward.
    let last = location.href;
    const check = () => {
      if (location.href === last) return;
      last = location.href;
      void run(isTop);
    };
    window.addEventListener('popstate', check);
    setInterval(check, 500);
  },
});

/** The enricher's hook when it is already in this page (entrypoints/enricher/page-enricher.ts). */
type Enricher = { rerun(isArticle: boolean): void } | undefined;

async function run(isTop: boolean): Promise<void> {
  const url = location.href;
  try {
    const settings = await loadSettings();
    if (settings.disabledSites.some((s) => hostMatchesSite(location.hostname, s))) {
      if (isTop) await finish('disabled', url);
      return;
    }
    const enricher = (globalThis as unknown as { __zhengwenEnricher?: Enricher }).__zhengwenEnricher;
    const verdict = detectArticle(document, url);
    if (!verdict.isArticle) {
      enricher?.rerun(false); // a running enricher lets go of the old article
      if (isTop) await finish('not-article', url);
      return;
    }
    if (enricher) enricher.rerun(true);
    else await browser.runtime.sendMessage({ type: 'load-enricher' });
  } catch (e) {
    if (isTop) await finish('error', url, String(e));
  }
}

function sameOriginAsTop(): boolean {
  try {
    return window.top?.location.origin === location.origin;
  } catch {
    return false;
  }
}

async function finish(state: 'disabled' | 'not-article' | 'error', url: string, error?: string): Promise<void> {
  setPageState(document, state);
  await browser.runtime.sendMessage({ type: 'report', report: emptyReport(url, state, error) }).catch(() => undefined);
}
