/**
 * Directive extraction quality: gold seeds (F1 and speaker accuracy, per seed and overall)
 * and our own texts (negatives with 主要/重要/需要, 要不要, 将要/计划; positives with other
 * names, 一是…二是…, 务必, 勉励, 责成, a body, ● points).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { findDirectives } from '../../lib/directives';
import { loadGold, prf, scoreDirectives } from '../support/gold';
import { officialsIn } from '../unit/directives-officials';

const TEXTS = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/texts');
const readText = (name: string) => readFileSync(join(TEXTS, name), 'utf8');

describe('directives on gold seeds', () => {
  const golds = loadGold();
  const rows = golds.map((g) => {
    const text = g.repaired;
    const officials = officialsIn(text, g.officials);
    const found = findDirectives(text, officials);
    return { g, text, found, names: new Set(g.officials.map((o) => o.name)), score: scoreDirectives(found, g) };
  });

  test('F1 ≥ 0.95 and speaker accuracy ≥ 0.95, per seed and overall', () => {
    const table = rows.map(({ g, score }) => ({
      seed: g.id,
      gold: g.directives.length,
      found: score.tp + score.fp,
      tp: score.tp,
      fp: score.fp,
      fn: score.fn,
      f1: +score.f1.toFixed(3),
      speaker: +score.speakerAccuracy.toFixed(3),
    }));
    const sum = (k: 'tp' | 'fp' | 'fn') => rows.reduce((n, r) => n + r.score[k], 0);
    const overall = prf(sum('tp'), sum('fp'), sum('fn'));
    const speakerOverall = rows.reduce((n, r) => n + r.score.speakerCorrect, 0) / Math.max(1, sum('tp'));
    console.log('directives per seed');
    console.table(table);
    console.log(`overall F1 ${overall.f1.toFixed(3)}, speaker accuracy ${speakerOverall.toFixed(3)}`);
    for (const r of table) {
      expect(r.f1, r.seed).toBeGreaterThanOrEqual(0.95);
      expect(r.speaker, r.seed).toBeGreaterThanOrEqual(0.95);
    }
    expect(overall.f1).toBeGreaterThanOrEqual(0.95);
    expect(speakerOverall).toBeGreaterThanOrEqual(0.95);
  });

  test('every directive is a span of the text; speakers are officials or null', () => {
    for (const { text, found, names } of rows) {
      for (const d of found) {
        expect(d.text).toBe(text.slice(d.start, d.end));
        expect(d.speaker === null || names.has(d.speaker)).toBe(true);
      }
    }
  });
});

describe('directives on our own texts', () => {
  test('a feature story with 主要/重要/需要, 要不要 and plans (计划…要, 将要) has none', () => {
    const text = readText('directives-negative-feature.txt');
    const officials = officialsIn(text, [{ name: '王建华', titles: ['村党支部书记'] }]);
    expect(findDirectives(text, officials)).toEqual([]);
  });

  test('a county meeting: 务必, 一是…二是…, a body, 勉励, 责成, other names', () => {
    const text = readText('directives-positive-county.txt');
    const officials = officialsIn(text, [
      { name: '张立军', titles: ['县委书记'] },
      { name: '王海峰', titles: ['县委副书记', '县长'] },
      { name: '李春华', titles: ['县领导'] },
      { name: '赵明', titles: ['县领导'] },
    ]);
    const found = findDirectives(text, officials).map((d) => ({ speaker: d.speaker, body: d.body, force: d.force, head: d.text.slice(0, 8) }));
    expect(found).toEqual([
      { speaker: '张立军', body: null, force: 'require', head: '务必把安全生产摆' },
      { speaker: '张立军', body: null, force: 'require', head: '压紧压实责任，各' },
      { speaker: '张立军', body: null, force: 'require', head: '深入排查隐患，聚' },
      { speaker: '张立军', body: null, force: 'require', head: '强化应急处置，完' },
      { speaker: '王海峰', body: null, force: 'require', head: '各乡镇要切实扛起' },
      { speaker: null, body: '会议', force: 'require', head: '全县各级各部门必' },
      { speaker: '张立军', body: null, force: 'encourage', head: '勉励同学们珍惜时' },
      { speaker: '张立军', body: null, force: 'require', head: '责成县卫健局加快' },
    ]);
  });

  test('a mayor’s visit: 他要求，…, 希望…, ● points after "X强调", attendee not a speaker', () => {
    const text = readText('directives-positive-village.txt');
    const officials = officialsIn(text, [
      { name: '陈晓东', titles: ['市长'] },
      { name: '刘倩', titles: ['副市长'] },
      { name: '孙伟', titles: ['市委常委', '秘书长'] },
    ]);
    const found = findDirectives(text, officials).map((d) => [d.speaker, d.force, d.target ?? null, d.text.slice(0, 8)]);
    expect(found).toEqual([
      ['陈晓东', 'require', null, '要坚持农业农村优'],
      ['陈晓东', 'encourage', '合作社', '希望合作社进一步'],
      ['陈晓东', 'require', null, '要抓好产业发展。'],
      ['陈晓东', 'require', null, '要改善人居环境。'],
    ]);
  });
});
