/**
 * The whole pipeline on the raw seed texts, scored against ../shared/gold: what the CLI and
 * the page produce, not what each stage does on clean input. Prints one row per seed.
 */
import { describe, expect, it } from 'vitest';
import { enrichText } from '../../lib/index';
import { cer, loadGold, scoreDirectives, scoreEnterprises, scoreOfficials, titleCoverage } from '../support/gold';

const golds = loadGold();
const rows = golds.map((g) => {
  const r = enrichText(g.raw, { target: 'zh-CN' });
  return {
    gold: g,
    result: r,
    cer: cer(r.text, g.repaired),
    officials: scoreOfficials(r.officials, g),
    titles: titleCoverage(r.officials, g),
    enterprises: scoreEnterprises(r.enterprises, g),
    directives: scoreDirectives(r.directives, g),
  };
});

const sum = (f: (x: (typeof rows)[number]) => number) => rows.reduce((a, x) => a + f(x), 0);
const f1 = (tp: number, fp: number, fn: number) => (2 * tp) / Math.max(1, 2 * tp + fp + fn);

console.log(
  ['seed      CER     officials F1  titles  enterprises F1  directives F1  speaker'].concat(
    rows.map((x) =>
      [
        x.gold.id.padEnd(9),
        x.cer.toFixed(4).padEnd(7),
        x.officials.f1.toFixed(3).padEnd(13),
        `${x.titles.complete}/${x.titles.total}`.padEnd(7),
        x.enterprises.f1.toFixed(3).padEnd(15),
        x.directives.f1.toFixed(3).padEnd(14),
        x.directives.speakerAccuracy.toFixed(3),
      ].join(' '),
    ),
  ).join('\n'),
);

describe('pipeline on the raw seeds against gold', () => {
  it.each(rows.map((x) => [x.gold.id, x] as const))('%s: repaired text within CER 0.3 %%', (_, x) => {
    expect(x.cer).toBeLessThanOrEqual(0.003);
  });

  it('officials F1 ≥ 0.97 with every title for ≥ 95 % of officials', () => {
    expect(f1(sum((x) => x.officials.tp), sum((x) => x.officials.fp), sum((x) => x.officials.fn))).toBeGreaterThanOrEqual(0.97);
    expect(sum((x) => x.titles.complete) / sum((x) => x.titles.total)).toBeGreaterThanOrEqual(0.95);
  });

  it('enterprises F1 ≥ 0.95', () => {
    expect(f1(sum((x) => x.enterprises.tp), sum((x) => x.enterprises.fp), sum((x) => x.enterprises.fn))).toBeGreaterThanOrEqual(0.95);
  });

  it('directives F1 ≥ 0.95 and speaker accuracy ≥ 0.95', () => {
    expect(f1(sum((x) => x.directives.tp), sum((x) => x.directives.fp), sum((x) => x.directives.fn))).toBeGreaterThanOrEqual(0.95);
    expect(sum((x) => x.directives.speakerCorrect) / Math.max(1, sum((x) => x.directives.matched))).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps the edits exact: applying them to the input gives the output', async () => {
    const { applyEdits } = await import('../../lib/edits');
    for (const x of rows) expect(applyEdits(x.gold.raw, x.result.edits)).toBe(x.result.text);
  });
});
