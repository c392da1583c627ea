/**
 * Real browsers with the built extension: Debian Chromium through playwright-core and
 * Firefox ESR through puppeteer-core over WebDriver BiDi. Both are driven through one small
 * interface so each scenario is written once and run in both.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export type BrowserName = 'chromium' | 'firefox';
export const GECKO_ID = 'zhengwen@zhengwen.example';
const FIREFOX_UUID = '5e1b7a52-2f0e-4c2e-9a61-6f3d7b0c9a11';
const ROOT = resolve(import.meta.dirname, '../..');

export interface TestPage {
  goto(url: string): Promise<void>;
  /** Wait for <html data-zhengwen> to reach a final state and return it. */
  waitForState(timeoutMs?: number): Promise<string>;
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Evaluate in the first frame whose URL contains `urlPart` (same- or cross-origin). */
  evaluateInFrame<T>(urlPart: string, fn: () => T | Promise<T>): Promise<T>;
  /** Poll `fn` in the page until it returns true (works under extension-page CSP). Return a
   * boolean, not a DOM node: nodes do not cross the WebDriver BiDi boundary. */
  waitFor<A>(fn: (arg: A) => boolean | undefined, arg?: A, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  /** Type into a field as a user would, key by key. */
  type(selector: string, text: string): Promise<void>;
  press(key: string): Promise<void>;
  bringToFront(): Promise<void>;
  /** Viewport size in CSS pixels. */
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
}

export interface TestBrowser {
  name: BrowserName;
  newPage(): Promise<TestPage>;
  /** An extension page (popup.html, options.html). */
  extensionUrl(path: string): string;
  openExtensionPage(path: string): Promise<TestPage>;
  close(): Promise<void>;
}

async function poll(check: () => Promise<unknown>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      if (await check()) return;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`waitFor timed out after ${timeoutMs} ms${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const FINAL = "['enriched','not-article','disabled','error'].includes(document.documentElement.getAttribute('data-zhengwen'))";

export function browserPath(name: BrowserName): string {
  const env = name === 'chromium' ? process.env.CHROMIUM_PATH : process.env.FIREFOX_PATH;
  const candidates = env ? [env] : name === 'chromium' ? ['/usr/bin/chromium', '/usr/bin/chromium-browser'] : ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    const pkg = name === 'chromium' ? 'chromium' : 'firefox-esr';
    const envName = name === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH';
    throw new Error(
      `${name} not found (looked in ${candidates.join(', ')}). Install it with ` +
        `\`sudo apt-get install -y ${pkg} fonts-noto-cjk\` or point ${envName} at the executable.`,
    );
  }
  return found;
}

/** 'e2e' is the test build (.output-e2e, see wxt.config.ts); 'release' is `npm run build`'s. */
export type BuildKind = 'e2e' | 'release';

export function extensionDir(name: BrowserName, build: BuildKind = 'e2e'): string {
  const dir = join(ROOT, build === 'e2e' ? '.output-e2e' : '.output', name === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');
  const command = build === 'e2e' ? 'npm run build:e2e' : 'npm run build';
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`extension not built at ${dir}: run \`${command}\` first`);
  return dir;
}

/** Browser (interface) languages the tests can run the browsers in. */
export type BrowserLanguage = 'en-US' | 'zh-CN' | 'zh-TW';

export interface LaunchOptions {
  /** Hostnames to resolve to 127.0.0.1 (Firefox needs them listed; Chromium maps all). */
  hosts?: string[];
  build?: BuildKind;
  headless?: boolean;
  /** The browser's own language, which the extension's i18n follows (default: the system's). */
  language?: BrowserLanguage;
  /** The system colour scheme the pages see (prefers-color-scheme). */
  colorScheme?: 'light' | 'dark';
}

const LANGUAGE_PACKS: Record<BrowserName, string> = {
  chromium: 'chromium-l10n',
  firefox: 'firefox-esr-l10n-zh-cn firefox-esr-l10n-zh-tw',
};

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<TestBrowser> {
  const ext = extensionDir(name, options.build ?? 'e2e');
  const headless = options.headless ?? true;
  const browser =
    name === 'chromium' ? await launchChromium(ext, headless, options) : await launchFirefox(ext, options.hosts ?? [], headless, options);
  if (options.language) await checkLanguage(browser, options.language);
  return browser;
}

/** Chromium with the extension at `ext`, every host mapped to the local fixture server. */
export function chromiumArgs(ext: string): string[] {
  return [
    `--disable-extensions-except=${ext}`,
    `--load-extension=${ext}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost',
  ];
}

/** A browser without the language's pack silently falls back to English: say so instead. */
async function checkLanguage(browser: TestBrowser, language: BrowserLanguage): Promise<void> {
  const page = await browser.openExtensionPage('options.html');
  try {
    const ui = await page.evaluate(() => {
      type I18n = { i18n: { getUILanguage(): string } };
      const g = globalThis as unknown as { browser?: I18n; chrome: I18n };
      return (g.browser ?? g.chrome).i18n.getUILanguage();
    });
    if (ui.toLowerCase() !== language.toLowerCase()) {
      await browser.close();
      throw new Error(
        `${browser.name} runs in ${ui}, not ${language}: its language pack is missing. Install it with ` +
          `\`sudo apt-get install -y ${LANGUAGE_PACKS[browser.name]}\`.`,
      );
    }
  } finally {
    await page.close().catch(() => undefined);
  }
}

async function launchChromium(ext: string, headless: boolean, options: LaunchOptions): Promise<TestBrowser> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'zw-chromium-'));
  // On Linux Chromium takes its interface language from the environment, not from --lang.
  const locale = options.language?.replace('-', '_');
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath('chromium'),
    headless,
    ...(locale ? { env: { ...process.env, LANGUAGE: locale, LANG: `${locale}.UTF-8` } as Record<string, string> } : {}),
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    args: chromiumArgs(ext),
  });
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  type PwPage = Awaited<ReturnType<typeof ctx.newPage>>;
  const wrap = (page: PwPage): TestPage => ({
    goto: async (url) => void (await page.goto(url)),
    waitForState: async (timeoutMs = 20_000) => {
      await page.waitForFunction(FINAL, undefined, { timeout: timeoutMs });
      return (await page.evaluate(() => document.documentElement.getAttribute('data-zhengwen'))) ?? '';
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    evaluateInFrame: async (part, fn) => {
      const frame = page.frames().find((f) => f.url().includes(part));
      if (!frame) throw new Error(`no frame with ${part}`);
      return frame.evaluate(fn as never) as never;
    },
    waitFor: (fn, arg, timeoutMs) => poll(() => page.evaluate(fn as never, arg as never), timeoutMs),
    click: (selector) => page.click(selector),
    type: (selector, text) => page.locator(selector).pressSequentially(text),
    press: (key) => page.keyboard.press(key),
    bringToFront: () => page.bringToFront(),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (path, o) => void (await page.screenshot({ path, fullPage: o?.fullPage })),
    reload: async () => void (await page.reload()),
    close: () => page.close(),
  });
  return {
    name: 'chromium',
    newPage: async () => wrap(await ctx.newPage()),
    extensionUrl: (path) => `chrome-extension://${id}/${path}`,
    openExtensionPage: async (path) => {
      const page = await ctx.newPage();
      await page.goto(`chrome-extension://${id}/${path}`);
      return wrap(page);
    },
    close: async () => {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function launchFirefox(ext: string, hosts: string[], headless: boolean, options: LaunchOptions): Promise<TestBrowser> {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath('firefox'),
    headless,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.dns.localDomains': hosts.join(','),
      'network.dns.forceResolve': '127.0.0.1',
      'dom.security.https_first': false,
      'dom.security.https_only_mode': false,
      'network.proxy.type': 0,
      // The browser's language (needs the language pack), and the colour scheme pages see.
      ...(options.language ? { 'intl.locale.requested': options.language } : {}),
      ...(options.colorScheme ? { 'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1 } : {}),
    },
  });
  await browser.installExtension(ext);
  type PpPage = Awaited<ReturnType<typeof browser.newPage>>;
  const wrap = (page: PpPage): TestPage => ({
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    waitForState: async (timeoutMs = 30_000) => {
      await page.waitForFunction(FINAL, { timeout: timeoutMs });
      return (await page.evaluate(() => document.documentElement.getAttribute('data-zhengwen'))) ?? '';
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    evaluateInFrame: async (part, fn) => {
      const frame = page.frames().find((f) => f.url().includes(part));
      if (!frame) throw new Error(`no frame with ${part}`);
      return frame.evaluate(fn as never) as never;
    },
    waitFor: (fn, arg, timeoutMs) => poll(() => page.evaluate(fn as never, arg as never), timeoutMs),
    click: (selector) => page.click(selector),
    type: (selector, text) => page.type(selector, text),
    press: async (combo) => {
      // Puppeteer presses one key at a time: hold the modifiers of "Alt+Shift+KeyN" around it.
      const keys = combo.split('+') as never[];
      const key = keys.pop()!;
      for (const k of keys) await page.keyboard.down(k);
      await page.keyboard.press(key);
      for (const k of keys.reverse()) await page.keyboard.up(k);
    },
    bringToFront: () => page.bringToFront(),
    setViewport: (width, height) => page.setViewport({ width, height }),
    screenshot: async (path, o) => void (await page.screenshot({ path, fullPage: o?.fullPage })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    close: () => page.close(),
  });
  const extensionUrl = (path: string) => `moz-extension://${FIREFOX_UUID}/${path}`;
  return {
    name: 'firefox',
    newPage: async () => wrap(await browser.newPage()),
    extensionUrl,
    openExtensionPage: async (path) => {
      const page = await browser.newPage();
      const url = extensionUrl(path);
      // An awaited goto to an extension URL never resolves over BiDi: start it and poll.
      void page.goto(url).catch(() => undefined);
      const base = url.split('?')[0];
      await poll(() => page.evaluate((b: string) => location.href.startsWith(b) && document.readyState === 'complete', base), 15_000);
      return wrap(page);
    },
    close: () => browser.close(),
  };
}

/** The browser's tab id of the tab showing `url`, asked from an extension page (the
 * extension's host permissions let it see URLs of the sites it runs on). */
export async function tabIdOf(browser: TestBrowser, url: string): Promise<number> {
  const page = await browser.openExtensionPage('options.html');
  try {
    return await page.evaluate(async (u: string) => {
      type Tabs = { tabs: { query: (q: object) => Promise<{ id?: number; url?: string }[]> } };
      const g = globalThis as unknown as { browser?: Tabs; chrome: Tabs };
      const tabs = await (g.browser ?? g.chrome).tabs.query({});
      return tabs.find((t) => t.url === u)?.id ?? -1;
    }, url);
  } finally {
    await page.close();
  }
}
