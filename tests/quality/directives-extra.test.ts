/**
 * Directive extraction on our own hand-annotated articles (tests/fixtures/texts/directives-extra-*.txt,
 * gold in directives-gold.json): bodies, hosts, several speakers in turn, 第一/一是/一要 lists,
 * quotes, 他/她 and 罗书记-style references, attendee lists, bylines and look-alike 要.
 * Scored like the seeds (scoreDirectives), once with gold officials and once through the
 * real entities stage, so the second figure shows end-to-end speaker accuracy.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { findDirectives } from '../../lib/directives';
import { findEntities } from '../../lib/entities';
import type { Directive, Official } from '../../lib/types';
import { prf, scoreDirectives, type Gold, type GoldDirective } from '../support/gold';
import { officialsIn } from '../unit/directives-officials';

const TEXTS = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/texts');

interface ExtraText {
  file: string;
  officials: { name: string; titles: string[] }[];
  directives: Omit<GoldDirective, 'text'>[];
  optional: Omit<GoldDirective, 'text'>[];
}
const extras = (JSON.parse(readFileSync(join(TEXTS, 'directives-gold.json'), 'utf8')) as { texts: ExtraText[] }).texts;

/** The parts of a Gold record scoreDirectives reads. */
function asGold(x: ExtraText): Gold {
  const withText = (d: Omit<GoldDirective, 'text'>): GoldDirective => ({ ...d, text: '' });
  return {
    id: x.file, source: x.file, defects: [], title: '', date: null, clean: '', repaired: '', raw: '',
    officials: x.officials, enterprises: [],
    directives: x.directives.map(withText),
    optional: { officials: [], enterprises: [], directives: x.optional.map(withText) },
  };
}

/** Forces right among predictions that match a gold head. */
function forceCorrect(found: Directive[], x: ExtraText): number {
  const used = new Set<number>();
  let n = 0;
  for (const d of found) {
    const t = d.text.replace(/\s+/g, '');
    const gi = x.directives.findIndex((g, i) => !used.has(i) && t.includes(g.head.replace(/\s+/g, '')));
    if (gi < 0) continue;
    used.add(gi);
    if (d.force === x.directives[gi].force) n++;
  }
  return n;
}

function score(officialsOf: (text: string, x: ExtraText) => Official[]) {
  const rows = extras.map((x) => {
    const text = readFileSync(join(TEXTS, x.file), 'utf8');
    const found = findDirectives(text, officialsOf(text, x));
    return { x, text, found, s: scoreDirectives(found, asGold(x)), force: forceCorrect(found, x) };
  });
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + f(r), 0);
  const overall = prf(sum((r) => r.s.tp), sum((r) => r.s.fp), sum((r) => r.s.fn));
  const speaker = sum((r) => r.s.speakerCorrect) / Math.max(1, overall.tp);
  const force = sum((r) => r.force) / Math.max(1, overall.tp);
  return { rows, overall, speaker, force };
}

function print(title: string, r: ReturnType<typeof score>): void {
  console.log(title);
  console.table(
    r.rows.map(({ x, s }) => ({ text: x.file.replace(/^directives-|\.txt$/g, ''), gold: x.directives.length, tp: s.tp, fp: s.fp, fn: s.fn, f1: +s.f1.toFixed(3), speaker: +s.speakerAccuracy.toFixed(3) })),
  );
  console.log(`overall F1 ${r.overall.f1.toFixed(3)} (P ${r.overall.precision.toFixed(3)}, R ${r.overall.recall.toFixed(3)}), speaker ${r.speaker.toFixed(3)}, force ${r.force.toFixed(3)}`);
}

describe('directives on our own annotated texts', () => {
  const withGold = score((text, x) => officialsIn(text, x.officials));
  const withEntities = score((text) => findEntities(text).officials);
  print('directives on extra texts, gold officials', withGold);
  print('directives on extra texts, officials from findEntities', withEntities);

  test('gold officials: F1 ≥ 0.9, speaker accuracy ≥ 0.9, force accuracy ≥ 0.9', () => {
    expect(withGold.overall.f1).toBeGreaterThanOrEqual(0.9);
    expect(withGold.speaker).toBeGreaterThanOrEqual(0.9);
    expect(withGold.force).toBeGreaterThanOrEqual(0.9);
  });

  test('every directive is a span of its text; speakers are annotated officials or null', () => {
    for (const { x, text, found } of withGold.rows) {
      const names = new Set(x.officials.map((o) => o.name));
      for (const d of found) {
        expect(d.text).toBe(text.slice(d.start, d.end));
        expect(d.speaker === null || names.has(d.speaker), `${x.file}: ${d.speaker}`).toBe(true);
      }
    }
  });

  test('the look-alike article (要素, 要闻, 是否要, 将, 计划, 主要, 重要) yields nothing', () => {
    const row = withGold.rows.find((r) => r.x.directives.length === 0);
    expect(row?.found.map((d) => d.text)).toEqual([]);
  });
});
