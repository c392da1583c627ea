/**
 * Script conversion measured in the page (Debian Chromium): the seed-004 fixture page grows by
 * 20 paragraphs; the common extensions' approach against ZhengWen's, same page, same run.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { startFixtureServer } from '../tests/support/server';
import { figure } from './bench/figures';

const root = resolve(import.meta.dirname, '..');
const bundle = execFileSync(resolve(root, 'node_modules/.bin/esbuild'), [resolve(root, 'scripts/bench/page-convert.entry.ts'), '--bundle', '--format=iife', '--minify'], { encoding: 'utf8', maxBuffer: 64 << 20 });

const server = await startFixtureServer(0);
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost'],
});
try {
  const page = await browser.newPage();
  await page.goto(server.urlOf('myrb-article-004.html'));
  await page.addScriptTag({ content: bundle });
  // A string, not a function: tsx would wrap named functions in a helper the page lacks.
  const result = (await page.evaluate(`(() => {
    const bench = globalThis.__zhengwenBench;
    const original = document.querySelector('.article-content');
    const time = (name) => {
      const runs = [];
      for (let i = 0; i < 5; i++) {
        const copy = original.cloneNode(true);
        document.body.append(copy);
        const t0 = performance.now();
        bench[name](copy, 20);
        runs.push(performance.now() - t0);
        copy.remove();
      }
      return runs.sort((a, b) => a - b)[2];
    };
    return { naive: time('naive'), zhengwen: time('zhengwen') };
  })()`)) as { naive: number; zhengwen: number };
  console.log('## Script conversion in the page (Chromium, seed-004 page + 20 added paragraphs, median of 5)');
  console.log(`fresh converter per text node on each mutation: ${result.naive.toFixed(1)} ms`);
  console.log(`ZhengWen (one converter, joined text, new nodes only): ${result.zhengwen.toFixed(1)} ms`);
  console.log(`ratio: ${(result.naive / result.zhengwen).toFixed(0)}× less time`);
  figure('convert_naive_ms', result.naive, 'ms (fresh converter per text node on each mutation)');
  figure('convert_zhengwen_ms', result.zhengwen, 'ms (one converter, joined text, new nodes only)');
  figure('convert_naive_vs_zhengwen_ratio', result.naive / result.zhengwen, '×');
} finally {
  await browser.close();
  await server.close();
}
