import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { readName } from '../../lib/entities/names';
import { matchTitle } from '../../lib/entities/titles';

const officials = (text: string, options = {}) => findEntities(text, options).officials;
const summary = (text: string, options = {}) =>
  officials(text, options).map((o) => ({ name: o.name, titles: o.titles }));

describe('title grammar', () => {
  it.each([
    ['市委书记', '市委书记罗强'],
    ['科技城党工委副书记', '科技城党工委副书记颜超'],
    ['常务副区长', '常务副区长叶建国'],
    ['高新区管委会主任', '高新区管委会主任魏德谦'],
    ['市政府秘书长', '市政府秘书长夏明'],
    ['区人大常委会主任', '区人大常委会主任邱平'],
    ['市经信局局长', '市经信局局长王五'],
    ['市领导', '市领导黄朝阳'],
  ])('reads %s', (title, text) => {
    expect(text.slice(0, matchTitle(text, 0))).toBe(title);
  });

  it('reads a level-less title only inside a chain', () => {
    expect(matchTitle('办公室常务副主任颜超', 0)).toBe(0);
    expect(matchTitle('办公室常务副主任颜超', 0, true)).toBe('办公室常务副主任'.length);
  });
});

describe('name length', () => {
  it('is decided by what follows', () => {
    expect(readName('杨华参加。', 0)).toBe('杨华');
    expect(readName('罗增斌前往高新区', 0)).toBe('罗增斌');
    expect(readName('何党生在茶亭', 0)).toBe('何党生');
    expect(readName('孙八陪同。', 0)).toBe('孙八');
    expect(readName('杨华等参加', 0)).toBe('杨华');
  });

  it('reads compound surnames', () => {
    expect(readName('欧阳明辉前往', 0)).toBe('欧阳明辉');
    expect(readName('司马文涛参加', 0)).toBe('司马文涛');
  });

  it('rejects place words after a level character', () => {
    expect(readName('江路的菜市场', 0)).toBeNull();
  });
});

describe('findEntities: officials', () => {
  it('collects every title of a chain, then later bare mentions', () => {
    const text = '市委副书记、市长、科技城管委会主任林书成前往现场。林书成指出，要加快建设。';
    const [o] = officials(text);
    expect(o.name).toBe('林书成');
    expect(o.titles).toEqual(['市委副书记', '市长', '科技城管委会主任']);
    expect(o.spans).toHaveLength(2);
    for (const s of o.spans) expect(text.slice(s.start, s.end)).toBe('林书成');
  });

  it('gives a shared title to every name of a list, and splits chains at a new title', () => {
    expect(summary('县领导张卫东、李晓燕、司马文涛参加。')).toEqual([
      { name: '张卫东', titles: ['县领导'] },
      { name: '李晓燕', titles: ['县领导'] },
      { name: '司马文涛', titles: ['县领导'] },
    ]);
    expect(summary('市委常委、副市长李炜、副市长谢晓东参加。')).toEqual([
      { name: '李炜', titles: ['市委常委', '副市长'] },
      { name: '谢晓东', titles: ['副市长'] },
    ]);
  });

  it('merges titles given in different places and tags the headline mention', () => {
    const text = '王小明在青山镇调研\n区委书记王小明前往青山镇。随后，区委书记、区人武部第一书记王小明主持会议。';
    const [o] = officials(text);
    expect(o.titles).toEqual(['区委书记', '区人武部第一书记']);
    expect(o.spans.map((s) => s.start)).toEqual([0, text.indexOf('王小明', 5), text.lastIndexOf('王小明')]);
  });

  it('does not tag reporters, editors, photographers or company heads', () => {
    const text = '（融媒体记者刘鑫王敏）记者 周晓东 安达福/文 赖杰/图\n编辑：李志\n（作者：黄克奇 郑陈浩）\n集团党委书记、董事长李四介绍，公司总经理王五表示。';
    expect(officials(text)).toEqual([]);
  });

  it('does not tag a name inside a doctrine phrase, even when always tagged', () => {
    const text = '要坚持以习近平新时代中国特色社会主义思想为指导。';
    expect(officials(text, { alwaysTag: ['习近平'] })).toEqual([]);
  });

  it('honours alwaysTag and neverTag', () => {
    const text = '副区长杨华参加。张三也来了，张三说很好。';
    const found = officials(text, { alwaysTag: ['张三'], neverTag: ['杨华'] });
    expect(found.map((o) => o.name)).toEqual(['张三']);
    expect(found[0].titles).toEqual([]);
    expect(found[0].spans).toHaveLength(2);
  });

  it('ignores 市长/区长 inside ordinary words', () => {
    expect(officials('这座城市长期以来保留早市。位于高新区长江路的市场，全区长效机制。')).toEqual([]);
  });

  it('reports a level post without the government before it, and skips notes like （挂职）', () => {
    expect(summary('县人民政府副县长赵一鸣受县政府委托作报告。副市长（挂职）钱多多，县政府县长孙大伟出席。')).toEqual([
      { name: '赵一鸣', titles: ['副县长'] },
      { name: '钱多多', titles: ['副市长'] },
      { name: '孙大伟', titles: ['县长'] },
    ]);
  });

  it('reads department and mass-organisation titles', () => {
    expect(summary('市市场监管局党组书记、局长周一帆，县乡村振兴局局长吴二，市工商联主席郑三林，市委党校常务副校长冯四海作辅导。')).toEqual([
      { name: '周一帆', titles: ['市市场监管局党组书记', '局长'] },
      { name: '吴二', titles: ['县乡村振兴局局长'] },
      { name: '郑三林', titles: ['市工商联主席'] },
      { name: '冯四海', titles: ['市委党校常务副校长'] },
    ]);
  });

  it('reads street, community and township posts', () => {
    expect(summary('东湖街道党工委副书记、办事处主任卫东升，金桥社区党总支书记蒋小娟，镇党委委员、组织委员严冬列席。')).toEqual([
      { name: '卫东升', titles: ['街道党工委副书记', '办事处主任'] },
      { name: '蒋小娟', titles: ['社区党总支书记'] },
      { name: '严冬', titles: ['镇党委委员', '组织委员'] },
    ]);
  });

  it('lets 秘书长 open a chain after a list', () => {
    expect(summary('市政协副主席陈一、林二，秘书长许三出席。').map((o) => o.name)).toEqual(['陈一', '林二', '许三']);
  });

  it('passes over a company post inside an official chain, but not a chain that starts in a company', () => {
    expect(summary('县政府党组成员、县交投公司董事长毛建业出席。')).toEqual([{ name: '毛建业', titles: ['县政府党组成员'] }]);
    expect(summary('集团党委书记、董事长毛建业出席。')).toEqual([]);
  });
});

describe('name length after verbs of meetings', () => {
  it.each([
    ['蒋玉兰列席会议', '蒋玉兰'],
    ['姜涛随同调研', '姜涛'],
    ['邵华作专题辅导', '邵华'],
    ['沈晨所作的报告', '沈晨'],
    ['贺建要牵头抓好', '贺建'],
    ['胡斌受委托', '胡斌'],
  ])('%s', (text, name) => {
    expect(readName(text, 0)).toBe(name);
  });
});

describe('transliterated names and further titles', () => {
  it('reads names whose parts are joined by a name dot, without a surname', () => {
    expect(summary('州政协副主席买买提江·吐尔地、县委常委古丽娜尔·艾山出席。副县长艾合买提•肉孜主持。')).toEqual([
      { name: '买买提江·吐尔地', titles: ['州政协副主席'] },
      { name: '古丽娜尔·艾山', titles: ['县委常委'] },
      { name: '艾合买提•肉孜', titles: ['副县长'] },
    ]);
  });

  it('ends a dotted name at a two-character follow word rather than a single character', () => {
    expect(readName('努尔兰·阿不都出席会议', 0)).toBe('努尔兰·阿不都');
    expect(readName('帕尔哈提·买买提参加调研', 0)).toBe('帕尔哈提·买买提');
  });

  it('shares a list title with a dotted name and adds no false short name', () => {
    expect(summary('区人大常委会副主任孙海、阿布来提·艾则孜，区政协副主席罗兰出席。').map((o) => o.name)).toEqual([
      '孙海',
      '阿布来提·艾则孜',
      '罗兰',
    ]);
  });

  it('reads a bare 党组成员 and graded 巡视员/调研员 posts', () => {
    expect(summary('区政协主席刘正平主持，党组成员许丽出席。省政府二级巡视员邓志坚、市委一级调研员吴海燕参加。')).toEqual([
      { name: '刘正平', titles: ['区政协主席'] },
      { name: '许丽', titles: ['党组成员'] },
      { name: '邓志坚', titles: ['省政府二级巡视员'] },
      { name: '吴海燕', titles: ['市委一级调研员'] },
    ]);
  });
});

describe('committee bodies and words after a name', () => {
  it.each([
    ['区委副书记、区委理论学习中心组副组长韩立文主持学习。', '韩立文', '区委理论学习中心组副组长'],
    ['常务副县长、县安委会主任邱明出席。', '邱明', '县安委会主任'],
    ['区委常委、统战部部长苏静围绕民营经济作发言。', '苏静', '统战部部长'],
    ['县委常委、政法委书记钱平结合工作实际谈体会。', '钱平', '政法委书记'],
  ])('%s', (text, name, title) => {
    const found = findEntities(text).officials.find((o) => o.name === name);
    expect(found?.titles).toContain(title);
  });
});
