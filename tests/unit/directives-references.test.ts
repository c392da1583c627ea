import { describe, expect, test } from 'vitest';
import { findDirectives } from '../../lib/directives';
import { attributedQuotes } from '../../lib/directives/quotes';
import { titleReferences } from '../../lib/directives/titleReferences';
import { officialsIn } from './directives-officials';

function run(text: string, people: { name: string; titles: string[] }[]) {
  const ds = findDirectives(text, officialsIn(text, people));
  for (const d of ds) expect(d.text).toBe(text.slice(d.start, d.end));
  return ds.map((d) => [d.speaker, d.force, d.text]);
}

describe('surname-and-post references', () => {
  test('罗书记 and 刘副市长 resolve to the official with that surname and post', () => {
    const t = '市委书记罗文、副市长刘畅调研。罗书记说，刘副市长要牵头。';
    const officials = officialsIn(t, [{ name: '罗文', titles: ['市委书记'] }, { name: '刘畅', titles: ['副市长'] }]);
    const refs = titleReferences(t, officials, officials.flatMap((o) => o.spans.map((s) => ({ ...s, name: o.name }))));
    expect(refs.map((r) => [t.slice(r.start, r.end), r.name])).toEqual([['罗书记', '罗文'], ['刘副市长', '刘畅']]);
  });

  test('an ambiguous reference (two 王 who are both 书记) names nobody', () => {
    const t = '县委书记王强、镇党委书记王勇检查。王书记要求，各村要落实责任。';
    expect(run(t, [{ name: '王强', titles: ['县委书记'] }, { name: '王勇', titles: ['镇党委书记'] }])).toEqual([
      [null, 'require', '各村要落实责任。'],
    ]);
  });

  test('a later 罗书记当即要求… is the official’s directive', () => {
    const t = '市委书记罗文到企业调研。罗书记当即要求有关部门做好服务。';
    expect(run(t, [{ name: '罗文', titles: ['市委书记'] }])).toEqual([['罗文', 'require', '要求有关部门做好服务。']]);
  });
});

describe('quotations attributed after the quote', () => {
  test('“要…。”X对…说。 gives X the quoted directive, without the quote marks', () => {
    const t = '区长李明走进餐馆。“要把责任落实到每个环节，发现问题要立即整改。”李明对随行人员说。';
    expect(attributedQuotes(t, { start: 0, end: t.length })).toHaveLength(1);
    expect(run(t, [{ name: '李明', titles: ['区长'] }])).toEqual([['李明', 'require', '要把责任落实到每个环节，发现问题要立即整改。']]);
  });

  test('a quote tagged with a non-official is nobody’s directive', () => {
    const t = '区长李明走进餐馆。“要多来几次才好。”店主笑着说。';
    expect(run(t, [{ name: '李明', titles: ['区长'] }])).toEqual([]);
  });

  test('a quote after 说： belongs to the reporter before it, not to a later tag', () => {
    expect(attributedQuotes('他说：“要抓好安全生产工作。”随后说明情况。', { start: 0, end: 22 })).toEqual([]);
  });
});

describe('more directive forms', () => {
  test('他强调，坚决… is a directive', () => {
    expect(run('县长张华检查工地。他强调，坚决杜绝违章作业。', [{ name: '张华', titles: ['县长'] }])).toEqual([
      ['张华', 'require', '坚决杜绝违章作业。'],
    ]);
  });

  test('叮嘱 requires; 号召 encourages', () => {
    const t = '镇长周平叮嘱村干部，要抢抓农时。会议号召，广大党员要冲锋在前。';
    expect(run(t, [{ name: '周平', titles: ['镇长'] }])).toEqual([
      ['周平', 'require', '叮嘱村干部，要抢抓农时。'],
      [null, 'encourage', '广大党员要冲锋在前。'],
    ]);
  });

  test('"X要求各企业：" heads the points below it and is not a directive itself', () => {
    const t = '主任宋明要求各企业：\n要落实主体责任。\n要加强员工培训。';
    expect(run(t, [{ name: '宋明', titles: ['主任'] }]).map((d) => d[2])).toEqual(['要落实主体责任。', '要加强员工培训。']);
  });

  test('会议要求，一要…；二要… is a list even after a comma', () => {
    const t = '会议要求，一要压实责任；二要强化保障。';
    expect(run(t, []).map((d) => [d[0], d[2]])).toEqual([
      [null, '要压实责任'],
      [null, '要强化保障。'],
    ]);
  });

  test('她 after a villager speaking in the same paragraph is the villager', () => {
    const t = '副县长林芳调研茶园。村民张大姐说，她希望把茶叶卖得更远。';
    expect(run(t, [{ name: '林芳', titles: ['副县长'] }])).toEqual([]);
  });

  test('要…，要…，要… in one sentence without numerals is one directive', () => {
    const t = '市长吴涛要求施工单位要合理安排工序，要加强安全施工，要减少扰民。';
    expect(run(t, [{ name: '吴涛', titles: ['市长'] }])).toHaveLength(1);
  });
});
