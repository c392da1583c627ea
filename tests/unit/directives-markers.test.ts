import { describe, expect, test } from 'vitest';
import { isModalYao, modalMarkers } from '../../lib/directives/markers';

const yaoAt = (s: string) => isModalYao(s, s.indexOf('要'));

describe('modal 要', () => {
  test.each(['主要任务', '重要抓手', '需要资金', '只要肯干', '要素保障', '规划纲要', '将要开工', '要不要扩建', '是否要引进', '首要问题', '想要发展', '要闻速递'])(
    '%s is not a marker',
    (s) => expect(yaoAt(s)).toBe(false),
  );
  test.each(['要把工业经济放在突出位置', '还要加快建设', '企业要破除思想', '也要守住底线'])('%s is a marker', (s) => expect(yaoAt(s)).toBe(true));
});

describe('modalMarkers', () => {
  test('finds 要, 必须 and 务必 in order', () => {
    const s = '各乡镇要落实责任，必须守住底线，务必确保安全。';
    expect(modalMarkers(s, 0, s.length).map((m) => m.word)).toEqual(['要', '必须', '务必']);
  });
  test('a plan clause (计划…要, 将…) is not a directive', () => {
    const s = '合作社计划明年要新建一座加工厂，将要带动农户增收。';
    expect(modalMarkers(s, 0, s.length)).toEqual([]);
  });
  test('the plan cue only silences its own clause', () => {
    const s = '公司计划扩产，要加快审批。';
    expect(modalMarkers(s, 0, s.length).map((m) => s.slice(m.index, m.index + 4))).toEqual(['要加快审']);
  });
});
