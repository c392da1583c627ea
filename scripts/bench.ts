/**
 * npm run bench: speed figures as ratios measured in one run (never absolute asserts).
 * 1. Script conversion of a seed fixture page in Chromium (scripts/bench-page.ts): ZhengWen's
 *    way against the common extensions' way (a fresh opencc-js converter over every text
 *    node, on each mutation).
 * 2. The whole pipeline per seed text.
 * 3. The article detector (scripts/bench-detector.ts), when present.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { enrichText } from '../lib/index';
import { loadGold } from '../tests/support/gold';

function timeIt(fn: () => void, minMs = 400): number {
  fn(); // warm-up
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    fn();
    runs++;
  }
  return (performance.now() - start) / runs;
}

function pipelineBench(): void {
  console.log('\n## Whole pipeline per seed (repair → script → entities → directives)');
  const golds = loadGold();
  const times = golds.map((g) => ({ id: g.id, chars: g.raw.length, ms: timeIt(() => enrichText(g.raw), 300) }));
  const base = Math.min(...times.map((t) => t.ms / t.chars));
  for (const t of times) console.log(`${t.id}: ${t.chars} chars, ${t.ms.toFixed(2)} ms (${((t.ms / t.chars) / base).toFixed(2)}× the fastest per char)`);
}

await import('./bench-page');
pipelineBench();
/** What a page loads: the detector alone on every matched page, the rest only on articles. */
function bundleSizes(): void {
  const dir = resolve(import.meta.dirname, '../.output/chrome-mv3');
  const files = ['content-scripts/content.js', 'enricher.js', 'opencc-trad.js'];
  if (!files.every((f) => existsSync(resolve(dir, f)))) {
    console.log('\n(bundle sizes: run `npm run build` first)');
    return;
  }
  const size = (f: string) => statSync(resolve(dir, f)).size;
  console.log('\n## Bytes loaded per page (Chromium build)');
  console.log(`any matched page (detector): ${(size(files[0]) / 1024).toFixed(1)} KB`);
  console.log(`article page, zh-CN (+ enricher): ${(size(files[1]) / 1024).toFixed(1)} KB`);
  console.log(`article page, zh-TW/zh-HK (+ traditional dictionaries): ${(size(files[2]) / 1024).toFixed(1)} KB`);
  console.log(`ratio non-article / article: ${((size(files[0]) / (size(files[0]) + size(files[1]))) * 100).toFixed(1)} %`);
}

bundleSizes();
const detectorBench = resolve(import.meta.dirname, 'bench-detector.ts');
if (existsSync(detectorBench)) {
  console.log('\n## Article detector');
  await import(detectorBench);
}
