/**
 * npm run bench: speed figures as ratios measured in one run (never absolute asserts).
 * 1. Script conversion of a seed fixture page: ZhengWen's way (one converter per context,
 *    the article's text joined once) against the common extensions' way (a fresh opencc-js
 *    converter over every text node, on each mutation).
 * 2. The whole pipeline per seed text.
 * 3. The article detector (scripts/bench-detector.ts), when present.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { Converter } from 'opencc-js/t2cn';
import { collectText } from '../lib/dom/text-map';
import { convertScript } from '../lib/script';
import { enrichText } from '../lib/index';
import { loadGold } from '../tests/support/gold';
import { renderFixture } from '../tests/support/fixtures';

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

function conversionBench(): void {
  const html = renderFixture('myrb-article-004.html');
  const MUTATIONS = 20; // e.g. a "load more" page growing in 20 steps
  const naive = timeIt(() => {
    for (let m = 0; m < MUTATIONS; m++) {
      const { document } = parseHTML(html);
      const walker = document.createTreeWalker(document.body, 4);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const convert = Converter({ from: 't', to: 'cn' }); // built per node, per mutation
        (n as Text).data = convert((n as Text).data);
      }
    }
  }, 1500);
  const ours = timeIt(() => {
    for (let m = 0; m < MUTATIONS; m++) {
      const { document } = parseHTML(html);
      const map = collectText(document.body as unknown as Element);
      convertScript(map.text, 'zh-CN'); // the converter is built once per context
    }
  });
  console.log('\n## Script conversion of the seed-004 fixture page, 20 passes (linkedom DOM)');
  console.log(`fresh converter per text node: ${naive.toFixed(1)} ms`);
  console.log(`ZhengWen (one converter, joined text): ${ours.toFixed(1)} ms`);
  console.log(`ratio: ${(naive / ours).toFixed(1)}× faster`);
}

function pipelineBench(): void {
  console.log('\n## Whole pipeline per seed (repair → script → entities → directives)');
  const golds = loadGold();
  const times = golds.map((g) => ({ id: g.id, chars: g.raw.length, ms: timeIt(() => enrichText(g.raw), 300) }));
  const base = Math.min(...times.map((t) => t.ms / t.chars));
  for (const t of times) console.log(`${t.id}: ${t.chars} chars, ${t.ms.toFixed(2)} ms (${((t.ms / t.chars) / base).toFixed(2)}× the fastest per char)`);
}

conversionBench();
pipelineBench();
const detectorBench = resolve(import.meta.dirname, 'bench-detector.ts');
if (existsSync(detectorBench)) {
  console.log('\n## Article detector');
  await import(detectorBench);
}
