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
});
