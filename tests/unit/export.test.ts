import { describe, expect, it } from 'vitest';
import { directivesToCsv, directivesToJson, directivesToMarkdown, groupBySpeaker } from '../../lib/export';
import type { TabReport } from '../../lib/report';

const report: TabReport = {
  state: 'enriched',
  url: 'http://www.myrb.net/a.html',
  article: { title: '示例标题', date: '2022-01-05', source: null },
  view: 'enriched',
  repairs: {},
  script: { detected: 'traditional', target: 'zh-CN' },
  officials: [{ name: '王五', titles: ['县长'], mentions: 2 }],
  enterprises: [],
  directives: [
    { index: 0, speaker: '王五', body: null, force: 'require', text: '要抓好"安全"生产。', target: null },
    { index: 1, speaker: null, body: '会议', force: 'require', text: '=SUM(A1)要落实', target: null },
    { index: 2, speaker: '王五', body: null, force: 'encourage', text: '鼓励企业创新。', target: '企业' },
  ],
};

describe('directive exports', () => {
  it('groups by speaker in article order', () => {
    expect(groupBySpeaker(report.directives).map((g) => [g.speaker, g.items.map((d) => d.index)])).toEqual([
      ['王五', [0, 2]],
      [null, [1]],
    ]);
  });

  it('writes Markdown with titles and force labels', () => {
    const md = directivesToMarkdown(report);
    expect(md).toContain('## 县长王五');
    expect(md).toContain('- 【鼓励】鼓励企业创新。');
    expect(md).toContain('## 会议');
  });

  it('writes CSV with a BOM, quoted cells and defused formulas', () => {
    const csv = directivesToCsv(report);
    expect(csv.startsWith('\uFEFF"speaker","force","target","text"\r\n')).toBe(true);
    expect(csv).toContain('"要抓好""安全""生产。"');
    expect(csv).toContain(`"'=SUM(A1)要落实"`);
  });

  it('writes JSON that parses back', () => {
    expect(JSON.parse(directivesToJson(report)).directives).toHaveLength(3);
  });
});
