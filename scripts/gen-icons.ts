/**
 * Draws the toolbar icons (正 on a red seal) with Debian Chromium and writes public/icon/N.png,
 * where WXT picks them up. Run once after changing the design: npx tsx scripts/gen-icons.ts
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 96, 128];
const out = resolve(import.meta.dirname, '../public/icon');

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">
    <div style="width:${size}px;height:${size}px;border-radius:${Math.round(size * 0.18)}px;background:#b3261e;display:flex;align-items:center;justify-content:center;
      color:#fff;font:700 ${Math.round(size * 0.78)}px/1 'Noto Sans CJK SC','Noto Serif CJK SC',sans-serif">正</div></body></html>`);
  await page.screenshot({ path: resolve(out, `${size}.png`), omitBackground: true });
}
await browser.close();
console.log(`icons written to ${out}`);
