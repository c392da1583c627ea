import { describe, expect, test } from 'vitest';
import { findDirectives } from '../../lib/directives';
import { officialsIn } from './directives-officials';

function run(text: string, people: { name: string; titles: string[] }[]) {
  const ds = findDirectives(text, officialsIn(text, people));
  for (const d of ds) expect(d.text).toBe(text.slice(d.start, d.end));
  return ds;
}

describe('speakers', () => {
  test('a joint subject gives the first name', () => {
    const t = '昨日，市委书记周文，市委副书记、市长吴刚前往开发区调研，强调要加快推进重点项目建设。';
    const ds = run(t, [{ name: '周文', titles: ['市委书记'] }, { name: '吴刚', titles: ['市委副书记', '市长'] }]);
    expect(ds).toMatchObject([{ speaker: '周文', force: 'require', text: '要加快推进重点项目建设。' }]);
  });

  test('他强调 is the last named official, not an attendee', () => {
    const t = '区长郑华调研园区，副区长钱军陪同。他强调，要优化营商环境。';
    const ds = run(t, [{ name: '郑华', titles: ['区长'] }, { name: '钱军', titles: ['副区长'] }]);
    expect(ds).toMatchObject([{ speaker: '郑华', text: '要优化营商环境。' }]);
  });

  test('a body speaks with speaker null and names itself', () => {
    const t = '市委书记周文主持会议。会议强调，全市上下要坚定信心、真抓实干。';
    const ds = run(t, [{ name: '周文', titles: ['市委书记'] }]);
    expect(ds).toMatchObject([{ speaker: null, body: '会议', text: '全市上下要坚定信心、真抓实干。' }]);
  });

  test('a non-official reporter issues nothing', () => {
    const t = '市经信局相关负责人表示，下一步要做好企业服务。';
    expect(run(t, [])).toEqual([]);
  });

  test('a speaker carries over to later sentences of the paragraph', () => {
    const t = '市长吴刚在讲话中指出，项目建设是发展的关键。各县区要主动作为。要压实安全责任。';
    const ds = run(t, [{ name: '吴刚', titles: ['市长'] }]);
    expect(ds.map((d) => [d.speaker, d.target, d.text])).toEqual([
      ['吴刚', '各县区', '各县区要主动作为。'],
      ['吴刚', null, '要压实安全责任。'],
    ]);
  });
});

describe('units', () => {
  test('要求… and 希望… in one sentence are two directives', () => {
    const t = '周文察看项目进度，要求有关方面做好服务保障，希望企业扩大投资。';
    const ds = run(t, [{ name: '周文', titles: [] }]);
    expect(ds.map((d) => [d.force, d.target, d.text])).toEqual([
      ['require', '有关方面', '要求有关方面做好服务保障'],
      ['encourage', '企业', '希望企业扩大投资。'],
    ]);
  });

  test('一要…二要…: each point runs over its sentences up to the next numeral', () => {
    const t = '吴刚提出两点要求：一要加快建设。对在建项目，要落实责任。二要强化保障。';
    const ds = run(t, [{ name: '吴刚', titles: [] }]);
    expect(ds.map((d) => d.text)).toEqual(['要加快建设。对在建项目，要落实责任。', '要强化保障。']);
    expect(ds.every((d) => d.speaker === '吴刚')).toBe(true);
  });

  test('paragraphs of 要… after a "X强调" line are points of X', () => {
    const t = '周文强调\n要抓好产业发展。做优特色产业。\n要改善人居环境。\n市领导吴刚参加。';
    const ds = run(t, [{ name: '周文', titles: [] }, { name: '吴刚', titles: ['市领导'] }]);
    expect(ds.map((d) => [d.speaker, d.text])).toEqual([
      ['周文', '要抓好产业发展。做优特色产业。'],
      ['周文', '要改善人居环境。'],
    ]);
  });

  test('a pull quote repeated by the body is reported once', () => {
    const t = '●要坚持绿色发展理念，就地安置拆迁群众\n周文指出，要坚持绿色发展理念，统筹考虑群众生计，就地安置拆迁群众。';
    const ds = run(t, [{ name: '周文', titles: [] }]);
    expect(ds.map((d) => d.text)).toEqual(['要坚持绿色发展理念，统筹考虑群众生计，就地安置拆迁群众。']);
  });

  test('要求 as a noun is no directive', () => {
    const t = '周文听取汇报，并对下步工作提出明确要求。会上传达了省里要求、部署要求。';
    expect(run(t, [{ name: '周文', titles: [] }])).toEqual([]);
  });

  test('headlines are not directives', () => {
    const t = '周文调研时强调\n坚持创新引领 做强工业经济';
    expect(run(t, [{ name: '周文', titles: [] }])).toEqual([]);
  });
});

describe('robustness', () => {
  test('是否 inside a directive does not make it a question', () => {
    const t = '周文强调，要认真检查是否存在安全隐患。';
    expect(run(t, [{ name: '周文', titles: [] }]).map((d) => d.text)).toEqual(['要认真检查是否存在安全隐患。']);
  });

  test('a name the entities stage missed still issues 强调…要 (speaker null)', () => {
    const t = '副市长冯涛强调，要加快项目建设。';
    expect(run(t, [])).toMatchObject([{ speaker: null, text: '要加快项目建设。' }]);
  });

  test('a villager’s 表示…要 is no directive', () => {
    const t = '茶农刘大姐表示，今年要多种两亩茶。';
    expect(run(t, [])).toEqual([]);
  });
});
