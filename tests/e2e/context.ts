/** One fixture server and one browser per test file, for each browser under test. */
import { afterAll, beforeAll } from 'vitest';
import { loadManifest, startFixtureServer, type FixtureServer } from '../support/server';
import { launch, type BrowserName, type TestBrowser } from './harness';

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
export function useBrowser(name: BrowserName): E2E {
  const ctx = {} as E2E;
  beforeAll(async () => {
    ctx.server = await startFixtureServer();
    ctx.browser = await launch(name, allHosts());
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
