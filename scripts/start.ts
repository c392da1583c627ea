/**
 * npm start: build the Chromium extension, serve the demo article under the Mianyang news
 * site's hostname, and open Chromium with the extension loaded. Without a display it runs
 * headless and saves screenshots of the page and the popup to ./screenshots/.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startFixtureServer } from '../tests/support/server';

const DEMO = 'demo-article.html';
const root = resolve(import.meta.dirname, '..');

async function main() {
  console.log('Building the extension for Chromium…');
  execSync('npx wxt build', { cwd: root, stdio: 'inherit' });
  const server = await startFixtureServer();
  const url = server.urlOf(DEMO);
  const headless = !process.env.DISPLAY || process.env.ZHENGWEN_HEADLESS === '1';
  const { launch, tabIdOf } = await import('../tests/e2e/harness');
  const browser = await launch('chromium', { build: 'release', headless }).catch((e: Error) => {
    console.error(e.message);
    process.exit(1);
  });
  if (!headless) console.log('Chromium with ZhengWen is open; press Ctrl-C to stop.');
  const page = await browser.newPage();
  console.log(`Opening ${url}`);
  await page.goto(url);
  const state = await page.waitForState();
  console.log(`Page state: data-zhengwen="${state}"`);
  if (!headless) return; // leave the browser open for the user
  const out = resolve(root, 'screenshots');
  mkdirSync(out, { recursive: true });
  await page.screenshot(resolve(out, 'page.png'));
  const tabId = await tabIdOf(browser, url);
  const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.waitFor(() => !!document.querySelector('[data-testid=page-state]'));
  await popup.screenshot(resolve(out, 'popup.png'));
  const summary = await popup.evaluate(() => document.body.innerText.slice(0, 600));
  console.log(`\nPopup:\n${summary}\n`);
  console.log(`Screenshots saved to ${out}/page.png and ${out}/popup.png`);
  await browser.close();
  await server.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
