/**
 * Entity quality: officials and enterprises scored against the gold seeds (on the gold
 * `repaired` text, which is what the pipeline hands to entities), plus our own negative and
 * positive texts in tests/fixtures/texts/ to show the grammar is general.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import type { Enterprise, Official } from '../../lib/types';
import { type Gold, loadGold, prf, scoreEnterprises, scoreOfficials, titleCoverage } from '../support/gold';

const TEXTS = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/texts');
const fixture = (name: string) => readFileSync(join(TEXTS, name), 'utf8');

function expectExactSpans(text: string, officials: Official[], enterprises: Enterprise[]) {
  for (const o of officials) for (const s of o.spans) expect(text.slice(s.start, s.end)).toBe(o.name);
  for (const e of enterprises) for (const s of e.spans) expect([e.name, ...e.aliases]).toContain(text.slice(s.start, s.end));
}

describe('entities on the gold seeds', () => {
  const gold = loadGold();
  const rows = gold.map((g) => {
    const { officials, enterprises } = findEntities(g.repaired);
    return {
      g,
      officials,
      enterprises,
      off: scoreOfficials(officials, g),
      cov: titleCoverage(officials, g),
      ent: scoreEnterprises(enterprises, g),
    };
  });
  const sum = (pick: (r: (typeof rows)[number]) => { tp: number; fp: number; fn: number }) =>
    prf(
      rows.reduce((n, r) => n + pick(r).tp, 0),
      rows.reduce((n, r) => n + pick(r).fp, 0),
      rows.reduce((n, r) => n + pick(r).fn, 0),
    );
  const offAll = sum((r) => r.off);
  const entAll = sum((r) => r.ent);
  const covComplete = rows.reduce((n, r) => n + r.cov.complete, 0);
  const covTotal = rows.reduce((n, r) => n + r.cov.total, 0);

  console.log(
    [
      'seed      officials P/R/F1      titles  enterprises P/R/F1',
      ...rows.map(
        (r) =>
          `${r.g.id}  ${r.off.precision.toFixed(2)}/${r.off.recall.toFixed(2)}/${r.off.f1.toFixed(2)}   ` +
          `${r.cov.complete}/${r.cov.total}     ${r.ent.precision.toFixed(2)}/${r.ent.recall.toFixed(2)}/${r.ent.f1.toFixed(2)}`,
      ),
      `overall   ${offAll.precision.toFixed(2)}/${offAll.recall.toFixed(2)}/${offAll.f1.toFixed(2)}   ` +
        `${covComplete}/${covTotal}     ${entAll.precision.toFixed(2)}/${entAll.recall.toFixed(2)}/${entAll.f1.toFixed(2)}`,
    ].join('\n'),
  );

  // The seeds stay perfect: one stray official here shows in the browser test too.
  it('finds exactly the officials of the seeds (F1 = 1)', () => {
    expect(offAll.f1).toBe(1);
  });

  it('finds every gold title for ≥ 95 % of officials', () => {
    expect(covComplete / Math.max(1, covTotal)).toBeGreaterThanOrEqual(0.95);
  });

  it('finds exactly the enterprises of the seeds (F1 = 1)', () => {
    expect(entAll.f1).toBe(1);
  });

  it('gives exact spans for every mention', () => {
    for (const r of rows) expectExactSpans(r.g.repaired, r.officials, r.enterprises);
  });

  it('tags every bare mention of an official', () => {
    for (const r of rows) {
      for (const o of r.officials) {
        const mentions = r.g.repaired.split(o.name).length - 1;
        expect(o.spans.length, o.name).toBe(mentions);
      }
    }
  });
});

describe('entities on texts that contain none', () => {
  it.each(['entities-negative-market.txt', 'entities-negative-review.txt', 'entities-negative-bylines.txt', 'entities-negative-traps.txt'])('%s', (name) => {
    const { officials, enterprises } = findEntities(fixture(name));
    expect(officials).toEqual([]);
    expect(enterprises).toEqual([]);
  });
});

describe('entities on our own reports', () => {
  const summarise = (name: string) => {
    const text = fixture(name);
    const { officials, enterprises } = findEntities(text);
    expectExactSpans(text, officials, enterprises);
    return {
      officials: officials.map((o) => [o.name, ...o.titles].join(' ')),
      enterprises: enterprises.map((e) => [e.name, ...e.aliases].join(' ')),
    };
  };

  it('a county report: 县委书记, 县长, 镇党委书记, compound surnames, an alias', () => {
    expect(summarise('entities-positive-county.txt')).toEqual({
      officials: [
        '王建军 县委书记',
        '欧阳明辉 县委副书记 县长',
        '刘芳 镇党委书记',
        '陈志强 镇长',
        '张卫东 县领导',
        '李晓燕 县领导',
        '司马文涛 县领导',
      ],
      enterprises: ['成都天府软件股份有限公司 天府软件', '四川蜀南茶业有限公司'],
    });
  });

  it('a provincial report: 省委常委、宣传部部长, district bodies, a company list', () => {
    expect(summarise('entities-positive-province.txt')).toEqual({
      officials: [
        '赵东海 省委常委 宣传部部长',
        '上官晓红 省委宣传部副部长',
        '黎明 市委常委 宣传部部长',
        '诸葛文博 副市长',
        '马骏 区委副书记 区长',
        '邱平 区人大常委会主任',
        '钟晓梅 区政协主席',
        '熊伟 区委常委 区纪委书记 区监委主任',
      ],
      enterprises: ['四川九洲电器集团有限责任公司 九洲', '绵阳富临精工股份有限公司 富临精工', '华丰科技'],
    });
  });
});

/** Our own annotated articles (tests/fixtures/texts/entities-gold.json): the generality check. */
interface ExtraGold {
  file: string;
  officials: Gold['officials'];
  enterprises: Gold['enterprises'];
  optional?: { officials?: Gold['officials']; enterprises?: Gold['enterprises'] };
}

function asGold(extra: ExtraGold, text: string): Gold {
  const optional = { officials: extra.optional?.officials ?? [], enterprises: extra.optional?.enterprises ?? [], directives: [] };
  return {
    id: extra.file.replace(/\.txt$/, ''),
    source: extra.file,
    defects: [],
    title: '',
    date: null,
    clean: text,
    repaired: text,
    officials: extra.officials,
    enterprises: extra.enterprises,
    directives: [],
    optional,
    raw: text,
  };
}

describe('entities on our annotated extra texts', () => {
  const extras = (JSON.parse(fixture('entities-gold.json')) as { texts: ExtraGold[] }).texts;
  const rows = extras.map((x) => {
    const text = fixture(x.file);
    const g = asGold(x, text);
    const { officials, enterprises } = findEntities(text);
    const found = new Set(officials.map((o) => o.name));
    const wanted = new Set(x.officials.map((o) => o.name));
    const optional = [...(x.optional?.enterprises ?? [])].flatMap((e) => [e.name, ...e.aliases]);
    const entNames = enterprises.map((e) => [e.name, ...e.aliases]).filter((ns) => !ns.some((n) => optional.includes(n)));
    return {
      g,
      text,
      officials,
      enterprises,
      off: scoreOfficials(officials, g),
      cov: titleCoverage(officials, g),
      ent: scoreEnterprises(enterprises, g),
      misses: [
        ...[...found].filter((n) => !wanted.has(n)).map((n) => `+${n}`),
        ...[...wanted].filter((n) => !found.has(n)).map((n) => `-${n}`),
        ...entNames.filter((ns) => !x.enterprises.some((e) => [e.name, ...e.aliases].some((n) => ns.includes(n)))).map((ns) => `+${ns[0]}`),
        ...x.enterprises.filter((e) => !entNames.some((ns) => [e.name, ...e.aliases].some((n) => ns.includes(n)))).map((e) => `-${e.name}`),
      ],
    };
  });
  const total = (pick: (r: (typeof rows)[number]) => { tp: number; fp: number; fn: number }) =>
    prf(
      rows.reduce((n, r) => n + pick(r).tp, 0),
      rows.reduce((n, r) => n + pick(r).fp, 0),
      rows.reduce((n, r) => n + pick(r).fn, 0),
    );
  const offAll = total((r) => r.off);
  const entAll = total((r) => r.ent);
  const covComplete = rows.reduce((n, r) => n + r.cov.complete, 0);
  const covTotal = rows.reduce((n, r) => n + r.cov.total, 0);
  const fmt = (p: { precision: number; recall: number; f1: number }) =>
    `${p.precision.toFixed(2)}/${p.recall.toFixed(2)}/${p.f1.toFixed(2)}`;

  console.log(
    [
      'text              officials P/R/F1  titles  enterprises P/R/F1  differences (+ extra, - missed)',
      ...rows.map((r) => `${r.g.id.padEnd(17)} ${fmt(r.off).padEnd(17)} ${`${r.cov.complete}/${r.cov.total}`.padEnd(7)} ${fmt(r.ent).padEnd(19)} ${r.misses.join(' ')}`),
      `${'overall'.padEnd(17)} ${fmt(offAll).padEnd(17)} ${`${covComplete}/${covTotal}`.padEnd(7)} ${fmt(entAll)}`,
    ].join('\n'),
  );

  it('has at least ten annotated texts', () => {
    expect(rows.length).toBeGreaterThanOrEqual(10);
  });

  it('finds officials with F1 ≥ 0.9', () => {
    expect(offAll.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('finds enterprises with F1 ≥ 0.9', () => {
    expect(entAll.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('finds every annotated title for ≥ 80 % of officials', () => {
    expect(covComplete / Math.max(1, covTotal)).toBeGreaterThanOrEqual(0.8);
  });

  it('gives exact spans for every mention', () => {
    for (const r of rows) expectExactSpans(r.text, r.officials, r.enterprises);
  });
});
