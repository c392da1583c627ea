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
    const url = location.href;
    try {
      const settings = await loadSettings();
      if (settings.disabledSites.some((s) => hostMatchesSite(location.hostname, s))) {
        if (isTop) await finish('disabled', url);
        return;
      }
      const verdict = detectArticle(document, url);
      if (!verdict.isArticle) {
        if (isTop) await finish('not-article', url);
        return;
      }
      await browser.runtime.sendMessage({ type: 'load-enricher' });
    } catch (e) {
      if (isTop) await finish('error', url, String(e));
    }
  },
});

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
