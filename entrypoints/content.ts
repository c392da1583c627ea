/**
 * Runs on every matched page, so it is only the detector: a non-article page costs the
 * detector alone and is left untouched. An article page asks the background to inject the
 * enricher (pipeline, dictionaries, DOM layer).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectArticle, type Detection } from '../lib/article/detect';
import { emptyReport } from '../lib/report';
import { DEFAULT_SITE_PATTERNS, hostMatchesSite } from '../lib/sites';
import { setPageState } from '../utils/page-state';
import { loadSettings } from '../utils/settings-store';

export default defineContentScript({
  matches: [...DEFAULT_SITE_PATTERNS],
  runAt: 'document_idle',
  allFrames: true,
  async main(ctx) {
    const isTop = window === window.top;
    // Cross-origin frames are left alone; same-origin article frames are handled.
    if (!isTop && !sameOriginAsTop()) return;
    await run(isTop);
    // Single-page navigation changes the URL without a load: detect again once the new
    // content has settled (the app renders it after changing the URL).
    // (WXT's event may fire as the navigation starts, before location.href changes.)
    let last = location.href;
    const check = (to: string) => {
      if (to === last) return;
      last = to;
      void whenSettled(ctx).then(() => {
        if (ctx.isValid && last === to) void run(isTop);
      });
    };
    ctx.addEventListener(window, 'wxt:locationchange', (e) => check(e.newUrl.href));
    ctx.addEventListener(window, 'popstate', () => check(location.href));
  },
});

/** Resolves once the page has gone SETTLE_MS without changing its DOM (at most MAX_WAIT_MS). */
const SETTLE_MS = 250;
const MAX_WAIT_MS = 2000;
function whenSettled(ctx: ContentScriptContext): Promise<void> {
  return new Promise((resolve) => {
    const started = Date.now();
    let timer = 0;
    const observer = new MutationObserver(() => arm());
    const done = () => {
      observer.disconnect();
      resolve();
    };
    const arm = () => {
      clearTimeout(timer);
      timer = ctx.setTimeout(done, Date.now() - started > MAX_WAIT_MS ? 0 : SETTLE_MS);
    };
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    arm();
  });
}

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
    performance.mark('zhengwen:detect-start');
    const verdict = detectArticle(document, url);
    if (!verdict.isArticle) {
      enricher?.rerun(false); // a running enricher lets go of the old article
      if (isTop) await finish('not-article', url);
      return;
    }
    performance.mark('zhengwen:detected');
    // The enricher runs in this same world: it reads the verdict instead of detecting again.
    (globalThis as unknown as { __zhengwenDetection?: Detection }).__zhengwenDetection = verdict;
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
