/**
 * What a reader feels on an article page, in Debian Chromium with the release build: how long
 * the page's main thread is ours (marks the content script and the enricher leave:
 * zhengwen:detect-start → zhengwen:enriched with { mainThreadMs, pipelineMs }), the longest
 * main-thread task meanwhile (PerformanceObserver long tasks, Chromium only), how that grows
 * with the page, what the enricher bundle costs to load, and the heap it adds to the tab.
 * Every comparison is a ratio within this run.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { extensionDir, chromiumArgs, browserPath } from '../tests/e2e/harness';
import { SEEDS_DIR } from '../tests/support/gold';
import { renderFixture } from '../tests/support/fixtures';
import { startFixtureServer } from '../tests/support/server';
import { benchArticle, paragraphsForBytes } from '../tests/support/long-article';
import { figure, note } from './bench/figures';

const root = resolve(import.meta.dirname, '..');
const ext = extensionDir('chromium', 'release');
const server = await startFixtureServer(0);
const { chromium } = await import('playwright-core');
const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'zw-bench-')), {
  executablePath: browserPath('chromium'),
  headless: true,
  args: chromiumArgs(ext),
});

// Long tasks are collected from the start of each page, in the page's own world.
await ctx.addInitScript(() => {
  const g = globalThis as unknown as { __zwLong: [number, number][] };
  g.__zwLong = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) g.__zwLong.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task API: figures stay empty
  }
});

interface Run {
  wallMs: number;
  mainThreadMs: number;
  pipelineMs: number;
  longestTaskMs: number;
  chars: number;
}

type Page = Awaited<ReturnType<typeof ctx.newPage>>;

async function enrichOnce(page: Page, url: string): Promise<Run> {
  await page.goto(url, { timeout: 120_000 });
  await page.waitForFunction("['enriched','error'].includes(document.documentElement.getAttribute('data-zhengwen'))", undefined, { timeout: 300_000 });
  return page.evaluate(`(() => {
    const mark = (n) => performance.getEntriesByName(n).at(-1);
    const start = mark('zhengwen:detect-start'), end = mark('zhengwen:enriched');
    if (!start || !end) throw new Error('no marks: ' + document.documentElement.getAttribute('data-zhengwen'));
    const tasks = globalThis.__zwLong.filter(([t, d]) => t + d > start.startTime && t < end.startTime + 50);
    return {
      wallMs: end.startTime - start.startTime,
      mainThreadMs: end.detail.mainThreadMs,
      pipelineMs: end.detail.pipelineMs,
      longestTaskMs: Math.max(0, ...tasks.map(([, d]) => d)),
      chars: end.detail.chars,
      steps: end.detail.steps,
      detectMs: (mark('zhengwen:detected')?.startTime ?? start.startTime) - start.startTime,
    };
  })()`) as Promise<Run>;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

try {
  console.log('\n## Enrichment on article pages (Chromium, release build)');
  const page = await ctx.newPage();
  // Seed fixture pages (need ../shared); else our own article at the seeds' size.
  let seedUrls: string[];
  if (existsSync(SEEDS_DIR)) seedUrls = [0, 1, 2, 3, 4].map((k) => server.urlOf(`myrb-article-00${k}.html`));
  else {
    note('seed_pages', 'missing ../shared: using a generated article of the same size');
    server.addRoute('www.myrb.net/html/2024/03/01/bench-seed.html', () => benchArticle(12));
    seedUrls = [server.urlOf('http://www.myrb.net/html/2024/03/01/bench-seed.html')];
  }
  const cold = await enrichOnce(page, seedUrls[0]);
  const warm: Run[] = [];
  for (let round = 0; round < 3; round++) for (const u of seedUrls) warm.push(await enrichOnce(page, u));
  figure('enrich_ms_cold', cold.mainThreadMs, 'ms main thread (first article after browser start)');
  figure('enrich_ms_warm', mean(warm.map((r) => r.mainThreadMs)), 'ms main thread (mean of later seed pages)');
  figure('enrich_wall_ms_cold', cold.wallMs, 'ms detection → enriched, background pipeline included');
  figure('enrich_wall_ms_warm', mean(warm.map((r) => r.wallMs)), 'ms detection → enriched, background pipeline included');
  figure('longest_task_ms', Math.max(cold.longestTaskMs, ...warm.map((r) => r.longestTaskMs)), 'ms (long tasks ≥ 50 ms during enrichment; 0 = none)');

  // Plain opencc-js conversion of the same page's text nodes, converter built once, no extension (a host it does not run on).
  const bundle = execFileSync(resolve(root, 'node_modules/.bin/esbuild'), [resolve(root, 'scripts/bench/page-convert.entry.ts'), '--bundle', '--format=iife', '--minify'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const plain = await ctx.newPage();
  const seedHtml = existsSync(SEEDS_DIR) ? renderFixture('myrb-article-000.html') : benchArticle(12);
  server.addRoute('bench.nomatch.test/seed.html', () => seedHtml);
  await plain.goto(server.urlOf('http://bench.nomatch.test/seed.html'));
  await plain.addScriptTag({ content: bundle });
  const convertMs = (await plain.evaluate(`(() => {
    const bench = globalThis.__zhengwenBench;
    const runs = [];
    for (let i = 0; i < 7; i++) {
      const copy = document.body.cloneNode(true);
      runs.push(bench.plain(copy));
    }
    return runs.sort((a, b) => a - b)[3];
  })()`)) as number;
  const warmWork = mean(warm.map((r) => r.mainThreadMs + r.pipelineMs));
  figure('convert_ms', convertMs, 'ms plain opencc-js over the page text nodes, converter built once');
  figure('enrich_vs_convert_ratio', warmWork / Math.max(convertMs, 0.05), '× (warm enrichment: main thread + background pipeline, over plain conversion)');

  console.log('\n## Growth with the page');
  const sizes = [1, 4, 16];
  const base = 12; // paragraphs ≈ a seed article
  const runs: Record<number, Run> = {};
  for (const k of sizes) {
    server.addRoute(`www.myrb.net/html/2024/03/01/growth-${k}.html`, () => benchArticle(base * k));
    const url = server.urlOf(`http://www.myrb.net/html/2024/03/01/growth-${k}.html`);
    await enrichOnce(page, url); // warm the page's caches at this size
    const rs = [await enrichOnce(page, url), await enrichOnce(page, url), await enrichOnce(page, url)];
    runs[k] = { wallMs: median(rs.map((r) => r.wallMs)), mainThreadMs: median(rs.map((r) => r.mainThreadMs)), pipelineMs: median(rs.map((r) => r.pipelineMs)), longestTaskMs: Math.max(...rs.map((r) => r.longestTaskMs)), chars: rs[0].chars };
    figure(`growth_${k}x_chars`, runs[k].chars, 'characters of article text', 0);
    figure(`growth_${k}x_wall_ms`, runs[k].wallMs, 'ms detection → enriched (median of 3)');
    figure(`growth_${k}x_main_thread_ms`, runs[k].mainThreadMs, 'ms main thread (median of 3)');
    figure(`longest_task_ms_${k}x`, runs[k].longestTaskMs, 'ms');
  }
  figure('growth_4x_time_ratio', runs[4].wallMs / runs[1].wallMs, '× (4× page, detection → enriched)');
  figure('growth_16x_time_ratio', runs[16].wallMs / runs[1].wallMs, '× (16× page)');
  figure('growth_16x_main_thread_ratio', runs[16].mainThreadMs / runs[1].mainThreadMs, '× (16× page, main thread)');

  const mb = paragraphsForBytes(1 << 20);
  server.addRoute('www.myrb.net/html/2024/03/01/one-mb.html', () => benchArticle(mb));
  const big = await enrichOnce(page, server.urlOf('http://www.myrb.net/html/2024/03/01/one-mb.html'));
  figure('article_1mb_chars', big.chars, 'characters (1 MiB of UTF-8 article text)', 0);
  figure('longest_task_ms_1mb', big.longestTaskMs, 'ms');
  figure('enrich_wall_ms_1mb', big.wallMs, 'ms detection → enriched');
  figure('enrich_main_thread_ms_1mb', big.mainThreadMs, 'ms main thread, in slices');
  figure('detect_ms_1mb', (big as Run & { detectMs: number }).detectMs, 'ms (the detector on the 1 MiB page)');
  console.log('main-thread steps on the 1 MiB page (ms):', JSON.stringify((big as Run & { steps: Record<string, number> }).steps, (_, v) => (typeof v === 'number' ? Math.round(v) : v)));

  console.log('\n## What an article page loads');
  const enricher = readFileSync(join(ext, 'enricher.js'));
  figure('enricher_kb', enricher.length / 1024, 'KB');
  figure('enricher_kb_gz', gzipSync(enricher).length / 1024, 'KB gzip');
  figure('detector_kb', statSync(join(ext, 'content-scripts/content.js')).size / 1024, 'KB (every matched page)');
  figure('background_kb', statSync(join(ext, 'background.js')).size / 1024, 'KB (the extension process, with the text pipeline and dictionaries)');
  const compile = await ctx.newPage();
  await compile.goto(server.urlOf('http://bench.nomatch.test/seed.html'));
  const compileMs = (await compile.evaluate(`((src) => {
    const runs = [];
    for (let i = 0; i < 7; i++) { const t0 = performance.now(); new Function(src + '\\n//' + i); runs.push(performance.now() - t0); }
    return runs.sort((a, b) => a - b)[3];
  })`.concat(`(${JSON.stringify(enricher.toString('utf8'))})`))) as number;
  figure('enricher_parse_compile_ms', compileMs, 'ms (median of 7, new Function in the page)');

  // Heap the enricher adds to an article tab: the same page with and without the extension running on it.
  const heap = async (url: string) => {
    const p = await ctx.newPage();
    await p.goto(url);
    if (url.includes('myrb.net')) await p.waitForFunction("document.documentElement.getAttribute('data-zhengwen') === 'enriched'", undefined, { timeout: 60_000 });
    else await p.waitForTimeout(1500);
    const cdp = await ctx.newCDPSession(p);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    await p.close();
    return usedSize;
  };
  const withExt = await heap(seedUrls[0]);
  const without = await heap(server.urlOf('http://bench.nomatch.test/seed.html'));
  figure('heap_kb', (withExt - without) / 1024, 'KB JS heap added to the article tab (page with the enricher minus the same page without)');
} finally {
  await ctx.close();
  await server.close();
}
