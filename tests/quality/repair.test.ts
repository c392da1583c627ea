/**
 * Repair quality on the gold seeds: CER of the repaired zh-CN text against gold `repaired`,
 * zero edits on already-clean text, and properties (never throws, idempotent, exact edits,
 * linear time) on adversarial input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../lib/edits';
import { repairText } from '../../lib/repair';
import { convertScript } from '../../lib/script';
import { cleanTexts, damageCorpus, DAMAGE_KINDS, LOSSY_KINDS, type DamageKind } from '../support/damage-corpus';
import { cer, loadGold } from '../support/gold';
import { doublingRatio } from '../support/timing';

const golds = loadGold();
const MAX_CER = 0.003;

describe('repair quality on gold seeds', () => {
  const rows: { id: string; cer: number; edits: number; cleanEdits: number }[] = [];

  for (const g of golds) {
    it(`${g.id}: repaired zh-CN text within CER ${MAX_CER}`, () => {
      const r = repairText(g.raw);
      expect(applyEdits(g.raw, r.edits)).toBe(r.text);
      const zh = convertScript(r.text, 'zh-CN').text;
      const score = cer(zh, g.repaired);
      const clean = repairText(g.repaired);
      rows.push({ id: g.id, cer: Number(score.toFixed(5)), edits: r.edits.length, cleanEdits: clean.edits.length });
      expect(score).toBeLessThanOrEqual(MAX_CER);
    });

    it(`${g.id}: gold repaired text gets zero edits`, () => {
      const r = repairText(g.repaired);
      expect(r.edits).toEqual([]);
      expect(r.text).toBe(g.repaired);
    });

    it(`${g.id}: repair is idempotent on the seed`, () => {
      const once = repairText(g.raw).text;
      expect(repairText(once).text).toBe(once);
    });
  }

  it('prints the per-seed table', () => {
    console.log('\nrepair quality per seed\n' + rows.map((r) => `${r.id}\tCER ${r.cer}\tedits ${r.edits}\tedits-on-gold ${r.cleanEdits}`).join('\n'));
    expect(rows.length).toBe(golds.length);
  });
});

/** Pieces that combine into the defects the repairs look for, and near misses. */
const TOKENS = [
  '区', '區', '(', ')', '（', '）', 'qū', 'bào', '?', '日', '社', '报', ',', ':', ';', '!', '1', '2', '.', ' ', '\n',
  '<p>', '</p>', '<', '>', '---', 'title: x', '请输入验证码', '[返回首页](//a.b/)', 'http://a.b/c?d=1', '`', '&nbsp;',
  '会议要求各部门加强协调，确保按期完成。', 'OLED', '(5)', 'a', '—', '“', '”',
];
const pageArb = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((parts) => parts.join(''));

describe('repair properties', () => {
  it('never throws, edits are exact, and repair is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(pageArb, fc.string({ maxLength: 200 })), (x) => {
        const r = repairText(x);
        expect(applyEdits(x, r.edits)).toBe(r.text);
        expect(repairText(r.text).text).toBe(r.text);
      }),
      { numRuns: 400 },
    );
  });

  it('is idempotent on the seeds with every repair switched on and off', () => {
    for (const g of golds) {
      for (const name of ['junk', 'pinyin', 'punctuation', 'duplicates'] as const) {
        const once = repairText(g.raw, { [name]: false });
        expect(applyEdits(g.raw, once.edits)).toBe(once.text);
        expect(repairText(once.text, { [name]: false }).text).toBe(once.text);
      }
    }
  });

  // Linear time: doubling an adversarial input should roughly double the time. Ratio only,
  // best of three runs, with a generous bound; no absolute times.
  const ADVERSARIAL: [string, string][] = [
    ['open parens', '('],
    ['a(', 'a('],
    ['unclosed reading', '区(qū'],
    ['mirror readings', '區(qū)域'],
    ['orphan readings', '日?bào)'],
    ['alternating punctuation', ',?!:;()'],
    ['tag openers', '<p '],
    ['link openers', '[返回'],
    ['entities', '&#1'],
    ['script tags', '<script>'],
    ['backticks', '`a'],
    ['front matter openers', '---\nk: v\n'],
    ['blanks between marks', ', \u3000 ;'],
    ['short lines', '请输入验证码\n'],
    ['long lines repeated', '会议要求各部门加强协调，确保按期完成。\n'],
    ['unclosed word glosses', '區域(qū yù qū yù '],
    ['straight quotes', '"区'],
    ['dots after Chinese', '区.'],
    ['near-duplicate lines', '会议要求各部门加强协调确保按期完成第一\n会议要求各部门加强协调确保按期完成第二\n'],
  ];
  const HALF_MB = 512 * 1024;

  for (const [name, unit] of ADVERSARIAL) {
    it(`stays linear on ${name}`, () => {
      const small = unit.repeat(Math.ceil(HALF_MB / unit.length));
      const big = small + small;
      const { small: t1, big: t2, ratio } = doublingRatio((t) => repairText(t), small, big);
      console.log(`linearity ${name}: ${t1.toFixed(1)}ms → ${t2.toFixed(1)}ms for 2x input`);
      // Linear is ~2, quadratic ~4: the bound leaves room for a loaded machine.
      expect(ratio).toBeLessThan(3.5);
    });
  }
});

/** Damage the seeds do not show, injected into gold and our own clean texts (see
 * tests/support/damage-corpus.ts for the conventions): CER per damage kind. */
describe('repair quality on the damage corpus', () => {
  const MAX_KIND_CER = 0.005;
  const MAX_LOSSY_CER = 0.02;
  const texts = cleanTexts();
  const cases = damageCorpus(texts);
  const byKind = new Map<DamageKind, { dist: number; len: number; max: number; n: number; worst: string }>();
  for (const c of cases) {
    const r = repairText(c.input);
    const zh = convertScript(r.text, 'zh-CN').text;
    const score = cer(zh, c.expected);
    const len = c.expected.replace(/\s+/g, '').length;
    const row = byKind.get(c.kind) ?? { dist: 0, len: 0, max: 0, n: 0, worst: '' };
    row.dist += score * len;
    row.len += len;
    row.n++;
    if (score >= row.max) {
      row.max = score;
      row.worst = c.source;
    }
    byKind.set(c.kind, row);
  }

  it('prints CER per damage kind', () => {
    const table = DAMAGE_KINDS.filter((k) => byKind.has(k)).map((k) => {
      const r = byKind.get(k)!;
      return `${k.padEnd(26)} cases ${String(r.n).padStart(2)}  CER ${(r.dist / r.len).toFixed(5)}  max ${r.max.toFixed(5)} (${r.worst})`;
    });
    console.log('\nrepair CER per damage kind\n' + table.join('\n'));
    expect(byKind.size).toBe(DAMAGE_KINDS.length);
  });

  for (const kind of DAMAGE_KINDS) {
    it(`${kind}: every case within CER ${LOSSY_KINDS.has(kind) ? MAX_LOSSY_CER : MAX_KIND_CER}`, () => {
      const r = byKind.get(kind)!;
      expect(r.max).toBeLessThanOrEqual(LOSSY_KINDS.has(kind) ? MAX_LOSSY_CER : MAX_KIND_CER);
    });
  }

  for (const t of texts) {
    it(`${t.id}: clean text gets zero edits`, () => {
      expect(repairText(t.text).edits).toEqual([]);
    });
  }
});
