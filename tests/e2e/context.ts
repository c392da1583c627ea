/** One fixture server and one browser per test file, for each browser under test. */
import { afterAll, beforeAll } from 'vitest';
import { loadManifest, startFixtureServer, type FixtureServer } from '../support/server';
import { launch, tabIdOf, type BrowserName, type LaunchOptions, type TestBrowser, type TestPage } from './harness';

export const BROWSERS: BrowserName[] = (process.env.ZHENGWEN_BROWSERS?.split(',') as BrowserName[] | undefined) ?? ['chromium', 'firefox'];

export const TEST_HOSTS = ['fixtures.zhengwen.test', 'mirror.example.com', 'news.example.org'];

export function allHosts(): string[] {
  const hosts = new Set(TEST_HOSTS);
  for (const entry of Object.values(loadManifest())) hosts.add(new URL(entry.url).hostname);
  return [...hosts];
}

export interface E2E {
  server: FixtureServer;
  browser: TestBrowser;
}

/** Starts the server and the browser before the file's tests and closes them after. */
export function useBrowser(name: BrowserName, options: Omit<LaunchOptions, 'hosts'> = {}): E2E {
  const ctx = {} as E2E;
  beforeAll(async () => {
    ctx.server = await startFixtureServer();
    ctx.browser = await launch(name, { hosts: allHosts(), ...options });
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return ctx;
}

/** Body text of the page, as a reader sees it. */
export const bodyText = () => document.body.innerText;

/** Is the page's DOM identical to what the server sent (ignoring our state attribute)? */
export async function domUntouched(): Promise<boolean> {
  const raw = await (await fetch(location.href)).text();
  const fresh = new DOMParser().parseFromString(raw, 'text/html');
  return fresh.body.innerHTML === document.body.innerHTML && fresh.title === document.title;
}

type Ext = { storage: { local: { set(v: object): Promise<void> } } };

/** Store settings as the options page would (the next page load applies them). */
export async function setSettings(browser: TestBrowser, settings: Record<string, unknown>): Promise<void> {
  const page = await browser.openExtensionPage('options.html');
  await page.evaluate(
    async (s: Record<string, unknown>) => {
      const g = globalThis as unknown as { browser?: Ext; chrome: Ext };
      await (g.browser ?? g.chrome).storage.local.set({ settings: { version: 2, ...s } });
    },
    settings,
  );
  await page.close();
}

/** The popup for the tab showing `url`, once its report has a final state. */
export async function openPopup(browser: TestBrowser, url: string): Promise<TestPage> {
  const tabId = await tabIdOf(browser, url);
  if (tabId < 0) throw new Error(`no tab shows ${url}`);
  const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.waitFor(() => {
    const el = document.querySelector<HTMLElement>('[data-testid=page-state]');
    return !!el && el.dataset.state !== 'working';
  });
  return popup;
}
