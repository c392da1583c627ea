import { describe, expect, it } from 'vitest';
import { filterDirectives } from '../../lib/directive-filter';
import type { TabReport } from '../../lib/report';

const report: Pick<TabReport, 'directives' | 'officials' | 'enterprises'> = {
  officials: [{ name: '周文涛', titles: ['县委书记'], mentions: 3 }],
  enterprises: [{ name: '四川长虹电源有限公司', aliases: ['长虹电源'], mentions: 2 }],
  directives: [
    { index: 0, speaker: '周文涛', body: null, force: 'require', text: '要加快推进产业数字化。', target: null },
    { index: 1, speaker: null, body: '会议', force: 'require', text: '要支持长虹电源扩大产能。', target: null },
    { index: 2, speaker: null, body: '市委', force: 'encourage', text: '鼓励企业创新。', target: '企业' },
  ],
};
const ids = (q: string) => filterDirectives(report, q).map((d) => d.index);

describe('directive filter', () => {
  it('keeps everything for an empty query', () => expect(ids('  ')).toEqual([0, 1, 2]));
  it('finds by speaker name and title', () => {
    expect(ids('周文涛')).toEqual([0]);
    expect(ids('县委书记')).toEqual([0]);
  });
  it('finds by body and target', () => {
    expect(ids('市委')).toEqual([2]);
    expect(ids('企业')).toEqual([2]);
  });
  it('finds a company by its full name where the text uses its short name', () => expect(ids('四川长虹电源有限公司')).toEqual([1]));
  it('needs every word', () => expect(ids('要 数字化')).toEqual([0]));
  it('ignores case and full-width forms', () => {
    const r = { ...report, directives: [{ ...report.directives[0], text: '要推进ＡＩ应用。' }] };
    expect(filterDirectives(r, 'ai').map((d) => d.index)).toEqual([0]);
  });
});
