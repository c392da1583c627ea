import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../lib/edits';
import { removeDuplicates } from '../../lib/repair/duplicates';

function fix(input: string) {
  const r = removeDuplicates(input);
  expect(applyEdits(input, r.edits)).toBe(r.text);
  expect(r.edits.every((e) => e.kind === 'duplicate')).toBe(true);
  return r;
}

const P1 = '县委书记张某前往开发区调研，要求加快项目建设进度，确保年内建成投产。';
const P2 = '他强调，各部门要主动靠前服务，强化要素保障，为企业发展营造良好环境。';
const HEAD = '加快项目建设 推动高质量发展';

describe('removeDuplicates', () => {
  it('keeps the first copy of an article pasted twice and a headline between copies', () => {
    const text = [P1, P2, HEAD, P1, P2].join('\n');
    expect(fix(text).text).toBe([P1, P2, HEAD].join('\n'));
  });

  it('removes a repeated paragraph anywhere, blanks ignored', () => {
    expect(fix([P1, P2, `  ${P1} `].join('\n')).text).toBe([P1, P2].join('\n'));
  });

  it('keeps short lines that repeat legitimately', () => {
    const text = ['图片新闻', P1, '图片新闻', P2, '编辑：李志', '编辑：李志'].join('\n');
    expect(fix(text).edits).toEqual([]);
  });
});

describe('removeDuplicates: copies that differ', () => {
  it('removes a second copy in traditional script with other punctuation', () => {
    const trad = '縣委書記張某前往開發區調研,要求加快項目建設進度,確保年內建成投產.';
    expect(fix([P1, P2, trad].join('\n')).text).toBe([P1, P2].join('\n'));
  });

  it('removes the headline and byline of a whole second copy, keeps them in the first', () => {
    const article = [HEAD, P1, P2, '编辑：李志'];
    expect(fix([...article, ...article].join('\n')).text).toBe(article.join('\n'));
  });

  it('keeps a long line that merely resembles an earlier one', () => {
    const other = '县委书记张某前往高新区调研，要求加快招商引资步伐，确保年内签约落地。';
    expect(fix([P1, other].join('\n')).edits).toEqual([]);
  });
});

describe('removeDuplicates: facts are never copies', () => {
  it('keeps two paragraphs of equal length that differ in figures', () => {
    const tail = '，社会消费品零售总额稳步增长，城乡居民人均可支配收入持续提高，市场主体活力不断增强，经济运行总体平稳、稳中有进。';
    const q1 = `一季度，全市规模以上工业增加值同比增长8.2%，固定资产投资增长12.5%${tail}`;
    const q2 = `二季度，全市规模以上工业增加值同比增长9.1%，固定资产投资增长11.4%${tail}`;
    expect(fix([q1, q2].join('\n')).edits).toEqual([]);
  });

  it('keeps parallel sentences about two places, names or units', () => {
    const a = '东坝镇今年完成农村公路建设任务，新建硬化路面十二公里，惠及群众三千余人。';
    const b = '西坝镇今年完成农村公路建设任务，新建硬化路面十二公里，惠及群众三千余人。';
    const c = '东坝镇今年完成农村公路建设任务，新建硬化路面2公里，惠及群众三千余人。';
    const d = '东坝镇今年完成农村公路建设任务，新建硬化路面2万公里，惠及群众三千余人。';
    expect(fix([a, b].join('\n')).edits).toEqual([]);
    expect(fix([c, d].join('\n')).edits).toEqual([]);
    expect(fix(['王建军在会上强调，要压紧压实安全生产责任，确保全年不发生较大事故。', '李建军在会上强调，要压紧压实安全生产责任，确保全年不发生较大事故。'].join('\n')).edits).toEqual([]);
  });

  it('keeps a paragraph that extends an earlier one with a new clause in the middle', () => {
    const a = '县委书记张某前往开发区调研，要求加快项目建设进度，确保年内建成投产。';
    const b = '县委书记张某前往开发区调研，察看了三个重点项目现场，要求加快项目建设进度，确保年内建成投产。';
    expect(fix([a, b].join('\n')).edits).toEqual([]);
  });

  it('on a long text of parallel paragraphs removes nothing', () => {
    const paras = Array.from({ length: 200 }, (_, i) => `${(i % 12) + 1}月，第${i + 1}批项目完成投资${(i * 7) % 97}.${i % 10}亿元，同比增长${(i * 3) % 40}.${(i * 7) % 10}%，带动就业${100 + i}人。`);
    expect(fix(paras.join('\n')).edits).toEqual([]);
  });
});

describe('removeDuplicates: near-copies', () => {
  const LEAD = '本报讯（记者 李明 王强）5月12日，省委书记王建军在青山县调研乡村振兴工作，要求各级干部把产业发展作为头等大事，确保群众持续增收。';
  const SUMMARY = '摘要：省委书记王建军在青山县调研乡村振兴工作，要求各级干部把产业发展作为头等大事，确保群众持续增收。';

  it('removes a summary that repeats the lead without its dateline, and keeps the lead', () => {
    const r = fix([SUMMARY, LEAD, P2].join('\n'));
    expect(r.text).toBe([LEAD, P2].join('\n'));
  });

  it('removes a later copy that lost a character', () => {
    const lost = LEAD.replace('调研', '调');
    expect(fix([LEAD, P2, lost].join('\n')).text).toBe([LEAD, P2].join('\n'));
  });

  it('removes a later copy that lost its dateline, keeping the complete first', () => {
    const later = LEAD.replace('本报讯（记者 李明 王强）5月12日，', '');
    expect(fix([LEAD, P2, later].join('\n')).text).toBe([LEAD, P2].join('\n'));
  });

  it('removes a summary whose opening word also opens the dateline it dropped', () => {
    const lead = '青山县融媒体中心讯（记者 周玲）4月2日，青山县召开春耕备耕工作推进会，总结去年粮食生产工作，部署今年粮食生产重点任务，县长赵立新出席会议并讲话。';
    const summary = '【导读】青山县召开春耕备耕工作推进会，总结去年粮食生产工作，部署今年粮食生产重点任务，县长赵立新出席会议并讲话……';
    expect(fix([summary, lead, P2].join('\n')).text).toBe([lead, P2].join('\n'));
  });

  it('removes the summary, not the lead, when the summary lost a character and comes first', () => {
    const summary = '导读：' + LEAD.replace('本报讯（记者 李明 王强）5月12日，', '').replace('产业', '?业');
    const lead = LEAD.replace('本报讯（记者 李明 王强）5月12日，', '');
    expect(fix([summary, lead, P2].join('\n')).text).toBe([lead, P2].join('\n'));
    expect(fix(['摘要：' + lead, lead].join('\n')).text).toBe(lead);
  });

  it('keeps a summary-like line that differs in a figure', () => {
    const summary = '摘要：' + LEAD.replace('本报讯（记者 李明 王强）5月12日，', '').replace('头等大事', '头等大事，投入3亿元');
    expect(fix([summary, LEAD].join('\n')).edits).toEqual([]);
  });
});
