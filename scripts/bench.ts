/**
 * npm run bench: speed figures as ratios measured in one run (never absolute asserts), each
 * printed as `name: value unit` and written together to .output/bench.json.
 * 1. What a reader feels on an article page in Chromium (scripts/bench-enricher.ts): main-thread
 *    time, longest task, growth with the page, a 1 MiB article, bundle cost, heap.
 * 2. Script conversion of a seed fixture page in Chromium (scripts/bench-page.ts): ZhengWen's
 *    way against the common extensions' way (a fresh opencc-js converter over every text
 *    node, on each mutation).
 * 3. The whole text pipeline per seed text (Node).
 * 4. The article detector (scripts/bench-detector.ts).
 */
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { enrichText } from '../lib/index';
import { loadGold, SEEDS_DIR } from '../tests/support/gold';
import { figure, note, writeFigures } from './bench/figures';

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
  console.log('\n## Whole pipeline per seed (repair → script → entities → directives, Node)');
  if (!existsSync(SEEDS_DIR)) {
    console.log('(no ../shared/seeds: skipped)');
    return;
  }
  const golds = loadGold();
  const times = golds.map((g) => ({ id: g.id, chars: g.raw.length, ms: timeIt(() => enrichText(g.raw), 300) }));
  const base = Math.min(...times.map((t) => t.ms / t.chars));
  for (const t of times) console.log(`${t.id}: ${t.chars} chars, ${t.ms.toFixed(2)} ms (${((t.ms / t.chars) / base).toFixed(2)}× the fastest per char)`);
  figure('pipeline_ms_per_seed_mean', times.reduce((a, t) => a + t.ms, 0) / times.length, 'ms (Node, text only)');
}

note('machine', `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
await import('./bench-enricher');
await import('./bench-page');
pipelineBench();
const detectorBench = resolve(import.meta.dirname, 'bench-detector.ts');
if (existsSync(detectorBench)) {
  console.log('\n## Article detector');
  await import(detectorBench);
}
writeFigures();
