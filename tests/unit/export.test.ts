import { describe, expect, it } from 'vitest';
import { csvCell, directivesToCsv, directivesToJson, directivesToMarkdown, groupBySpeaker, type MarkdownLabels } from '../../lib/export';
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
    { index: 3, speaker: null, body: '市委', force: 'require', text: '各级党组织要担负起主体责任。', target: '各级党组织' },
    { index: 4, speaker: null, body: null, force: 'require', text: '要做好防汛准备。', target: null },
  ],
};

/** What the popup passes in, from the interface language's catalog. */
const LABELS: MarkdownLabels = { force: { require: '要求', encourage: '鼓励' }, unnamed: '未署名', listSeparator: '、' };

describe('directive groups', () => {
  it('groups by speaker in article order', () => {
    expect(groupBySpeaker(report.directives).map((g) => [g.speaker, g.items.map((d) => d.index)])).toEqual([
      ['王五', [0, 2]],
      [null, [1]],
      [null, [3]],
      [null, [4]],
    ]);
  });

  it('gives each body its own group (会议 and 市委 are not merged under the first)', () => {
    const bodies = groupBySpeaker(report.directives).filter((g) => g.speaker === null);
    expect(bodies.map((g) => [g.body, g.items.map((d) => d.index)])).toEqual([
      ['会议', [1]],
      ['市委', [3]],
      [null, [4]],
    ]);
  });
});

describe('directive exports', () => {
  it('writes Markdown with titles and the given force labels, one heading per body', () => {
    const md = directivesToMarkdown(report, LABELS);
    expect(md).toContain('## 县长王五');
    expect(md).toContain('- 【鼓励】鼓励企业创新。');
    expect(md).toContain('## 会议\n\n- 【要求】=SUM(A1)要落实');
    expect(md).toContain('## 市委\n\n- 【要求】各级党组织要担负起主体责任。');
    expect(md).toContain('## 未署名');
  });

  it('writes the Markdown labels in the interface language', () => {
    const md = directivesToMarkdown(report, { force: { require: 'Requirement', encourage: 'Encouragement' }, unnamed: 'No named speaker', listSeparator: ', ' });
    expect(md).toContain('- 【Encouragement】鼓励企业创新。');
    expect(md).toContain('## No named speaker');
  });

  it('writes CSV with a BOM, quoted cells and defused formulas', () => {
    const csv = directivesToCsv(report);
    expect(csv.startsWith('\uFEFF"speaker","force","target","text"\r\n')).toBe(true);
    expect(csv).toContain('"要抓好""安全""生产。"');
    expect(csv).toContain(`"'=SUM(A1)要落实"`);
  });

  it.each([
    ['=1+1', `"'=1+1"`],
    ['+1', `"'+1"`],
    ['-1', `"'-1"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1+1', `"'\t=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
    ['\tplain', `"'\tplain"`],
    ['  =HYPERLINK("x")', `"'  =HYPERLINK(""x"")"`],
    [' +1', `"' +1"`],
    ['\u3000=1', `"'\u3000=1"`],
    ['＝SUM(A1)', `"'＝SUM(A1)"`],
    ['＋1', `"'＋1"`],
    ['－1', `"'－1"`],
    ['＠SUM(A1)', `"'＠SUM(A1)"`],
  ])('defuses a cell that a spreadsheet could run: %j', (cell, expected) => {
    expect(csvCell(cell)).toBe(expected);
  });

  it.each([['要落实'], ['a=b'], ['1-2'], ['邮件 a@b.c'], ['']])('leaves an ordinary cell alone: %j', (cell) => {
    expect(csvCell(cell)).toBe(`"${cell}"`);
  });

  it('writes JSON that parses back', () => {
    expect(JSON.parse(directivesToJson(report)).directives).toHaveLength(5);
  });
});
