import { describe, expect, test } from 'vitest';
import { findDirectives } from '../../lib/directives';
import { hasGoverningVerb, isNounRequirement } from '../../lib/directives/requirementNoun';
import { officialsIn } from './directives-officials';

function run(text: string, people: { name: string; titles: string[] }[]) {
  const ds = findDirectives(text, officialsIn(text, people));
  for (const d of ds) expect(d.text).toBe(text.slice(d.start, d.end));
  return ds.map((d) => [d.speaker, d.text]);
}

/** The first 要求 of `s` and the start of its clause. */
function at(s: string): [string, number, number] {
  const pos = s.indexOf('要求');
  return [s, pos, Math.max(...Array.from('，,；;：:。').map((p) => s.lastIndexOf(p, pos))) + 1];
}
const noun = (s: string) => isNounRequirement(...at(s));

describe('isNounRequirement', () => {
  test.each([
    '依照上级要求，',
    '落实有关要求',
    '这一要求必须落实',
    '提出三点要求：',
    '提出明确要求：',
    '满足群众要求',
    '符合环保要求',
    '高标准、严要求',
    '各项要求落实到位',
    '这些要求的落实情况',
    '安全要求和技术规范',
    '总要求是',
  ])('%s: noun', (s) => expect(noun(s)).toBe(true));

  test.each(['要求各部门加强值守', '，并要求企业限期整改', '他要求，', '她同时要求，', '周文明确要求各地加强监测', '会议要求，', '要求不得擅自开工'])(
    '%s: verb',
    (s) => expect(noun(s)).toBe(false),
  );

  test.each(['要严格执行节能降耗要求，', '认真传达省里要求，', '达到验收要求，', '按照疫情防控要求，'])('%s: governed by an earlier verb', (s) =>
    expect(hasGoverningVerb(...at(s))).toBe(true),
  );
  test.each(['他要求，', '市委书记周文要求，', '会议要求，'])('%s: no governing verb', (s) => expect(hasGoverningVerb(...at(s))).toBe(false));

  test('a name ending like a modifier is a subject (王建新要求)', () => {
    const s = '副县长王建新要求，各乡镇要加强巡查。';
    const pos = s.indexOf('要求');
    expect(isNounRequirement(s, pos, 0)).toBe(true);
    expect(isNounRequirement(s, pos, 0, new Set([6]))).toBe(false);
  });
});

describe('the noun 要求 in running text', () => {
  test('does not split a directive nor reset the speaker of the next sentence', () => {
    const t = '副市长陈海在会上指出，当前防汛形势严峻。各乡镇要加强巡查，全面落实汛期值守要求，把隐患消除在萌芽状态。各部门要密切配合，形成工作合力。';
    expect(run(t, [{ name: '陈海', titles: ['副市长'] }])).toEqual([
      ['陈海', '各乡镇要加强巡查，全面落实汛期值守要求，把隐患消除在萌芽状态。'],
      ['陈海', '各部门要密切配合，形成工作合力。'],
    ]);
  });

  test('a modifier before it keeps the modal clause whole', () => {
    const t = '镇长何平强调，要严格按照上级要求，做好节假日值班值守。';
    expect(run(t, [{ name: '何平', titles: ['镇长'] }])).toEqual([['何平', '要严格按照上级要求，做好节假日值班值守。']]);
  });

  test('表示 + 将 + 落实…要求 is a plan, not a directive', () => {
    const t = '区长孙涛表示，我区将认真对照此次督查要求，逐项抓好整改落实。';
    expect(run(t, [{ name: '孙涛', titles: ['区长'] }])).toEqual([]);
  });

  test('传达…要求 and 根据…要求 report what others asked', () => {
    const t = '会议传达学习了市委有关要求，研究了近期重点工作。根据省里要求，各地已全面启动隐患排查。';
    expect(run(t, [])).toEqual([]);
  });

  test('达到…要求 is a condition', () => {
    const t = '县长吴涛到新建学校检查，学校主体工程已达到验收要求，计划秋季投入使用。';
    expect(run(t, [{ name: '吴涛', titles: ['县长'] }])).toEqual([]);
  });
});

describe('the verb 要求 still issues directives', () => {
  test('要求各部门… after a named subject whose name ends like a modifier', () => {
    const t = '副县长周建新要求各部门强化责任担当，确保各项任务按期完成。';
    expect(run(t, [{ name: '周建新', titles: ['副县长'] }])).toEqual([['周建新', '要求各部门强化责任担当，确保各项任务按期完成。']]);
  });

  test('…，并要求… carries the speaker', () => {
    const t = '市长林涛察看了园区污水处理站，并要求相关企业限期完成整改。';
    expect(run(t, [{ name: '林涛', titles: ['市长'] }])).toEqual([['林涛', '要求相关企业限期完成整改。']]);
  });

  test('他要求，… and an adverb before the verb', () => {
    const t = '区委书记韩冰调研了城市更新项目。他要求，各街道要倾听群众意见。韩冰明确要求各部门加快审批。';
    expect(run(t, [{ name: '韩冰', titles: ['区委书记'] }])).toEqual([
      ['韩冰', '各街道要倾听群众意见。'],
      ['韩冰', '要求各部门加快审批。'],
    ]);
  });

  test('a subject prefix wins over a governing verb (在检查落实情况时要求，)', () => {
    const t = '副市长陈海在检查落实情况时要求，各单位要抓紧补齐短板。';
    expect(run(t, [{ name: '陈海', titles: ['副市长'] }])).toEqual([['陈海', '各单位要抓紧补齐短板。']]);
  });

  test('提出三点要求：一要…二要… leads a list', () => {
    const t = '县委书记赵宁提出三点要求：一要压实防火责任；二要加强巡山护林；三要做好物资储备。';
    expect(run(t, [{ name: '赵宁', titles: ['县委书记'] }])).toEqual([
      ['赵宁', '要压实防火责任'],
      ['赵宁', '要加强巡山护林'],
      ['赵宁', '要做好物资储备。'],
    ]);
  });

  test('提出明确要求： leads the directive after the colon', () => {
    const t = '县委书记赵宁对秋冬季防火提出明确要求：各乡镇要严防死守，坚决杜绝野外用火。';
    expect(run(t, [{ name: '赵宁', titles: ['县委书记'] }])).toEqual([['赵宁', '各乡镇要严防死守，坚决杜绝野外用火。']]);
  });
});
