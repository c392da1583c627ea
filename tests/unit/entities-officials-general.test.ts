/**
 * Officials beyond the seeds, one invented example per category of the generality issue:
 * organ-based titles, titles after the name, lists under a collective, rare and compound
 * surnames, appointees, quoted officials; and what must stay untagged.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';

const officials = (text: string) => findEntities(text).officials.map((o) => ({ name: o.name, titles: o.titles }));
const names = (text: string) => findEntities(text).officials.map((o) => o.name);

describe('organ-based titles', () => {
  it.each([
    ['市委政研室主任郝立新作专题辅导。', '郝立新', '市委政研室主任'],
    ['县工商联党组书记彭小兵主持会议。', '彭小兵', '县工商联党组书记'],
    ['高新区管委会副主任罗海峰致辞。', '罗海峰', '高新区管委会副主任'],
    ['驻村工作队队长孔令辉介绍了帮扶情况。', '孔令辉', '驻村工作队队长'],
    ['国务院发展研究中心原副主任、研究员景志成作报告。', '景志成', '国务院发展研究中心原副主任'],
    ['时任县委常委、宣传部部长魏长江已调任他职。', '魏长江', '时任县委常委'],
    ['市长、新能源产业链链长邹明出席。', '邹明', '新能源产业链链长'],
  ])('%s', (text, name, title) => {
    const [o] = officials(text);
    expect(o.name).toBe(name);
    expect(o.titles).toContain(title);
  });

  it('reads a body merged with its post in a chain (宣传部长, 统战部长)', () => {
    expect(officials('州委常委、统战部长邵文杰出席。')).toEqual([{ name: '邵文杰', titles: ['州委常委', '统战部长'] }]);
  });

  it('takes a bracketed note (援藏, 挂职) between title and name', () => {
    expect(names('县委副书记（援藏）范志刚来到村里。')).toEqual(['范志刚']);
  });

  it('passes over a cooperative post inside a chain', () => {
    expect(officials('村党支部书记、宏丰果蔬专业合作社理事长黄大海介绍，')).toEqual([{ name: '黄大海', titles: ['村党支部书记'] }]);
  });

  it('reads bare posts after a comma in a sentence that lists officials', () => {
    expect(names('市人大常委会主任龚立主持，副主任梅雪、尹平，秘书长童浩出席。')).toEqual(['龚立', '梅雪', '尹平', '童浩']);
  });
});

describe('titles after the name', () => {
  it.each([
    ['会上，赵明远书记作了动员。', '赵明远'],
    ['大家听取了周海燕镇长的汇报。', '周海燕'],
    ['在卢建平副部长带领下，', '卢建平'],
    ['要深入学习贯彻习近平总书记关于安全生产的重要论述。', '习近平'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it('leaves doctrines, places with their level and bodies with their head alone', () => {
    expect(names('坚持以习近平新时代中国特色社会主义思想为指导。')).toEqual([]);
    expect(names('他来到安吉县长征路。')).toEqual([]);
    expect(names('林业局长期坚持植树。')).toEqual([]);
    expect(names('位于梓潼县长卿山下的“两弹城”。')).toEqual([]);
    expect(names('县委党组书记主持会议。')).toEqual([]);
  });
});

describe('lists under a collective title', () => {
  it('reads names separated by spaces or commas', () => {
    expect(names('市领导 邓建 孟庆华 沈雪 出席。')).toEqual(['邓建', '孟庆华', '沈雪']);
    expect(names('县领导刘金山，许丽，胡建国参加会议。')).toEqual(['刘金山', '许丽', '胡建国']);
  });

  it('takes no verb after a collective for a name (县级领导包联, 区领导挂点)', () => {
    expect(names('实行县级领导包联和专班推进机制。')).toEqual([]);
    expect(names('区领导挂点联系重点项目。')).toEqual([]);
  });
});

describe('rare and compound surnames', () => {
  it.each([
    ['县委书记仉立国出席。', '仉立国'],
    ['副县长亓红梅主持。', '亓红梅'],
    ['市中级人民法院院长左丘明远列席。', '左丘明远'],
    ['镇长万俟文陪同。', '万俟文'],
    ['乡党委书记玄英杰到村调研。', '玄英杰'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it('reads 日/月 inside a given name, never at its end', () => {
    expect(names('市人大常委会主任钟日光，市政协主席黄秀玲出席。')).toEqual(['钟日光', '黄秀玲']);
    expect(names('副市长王强日前到企业调研。')).toEqual(['王强']);
  });

  it('reads a long name without a dot when it recurs alike (苏和巴特尔)', () => {
    expect(names('旗长苏和巴特尔出席并讲话。苏和巴特尔指出，')).toEqual(['苏和巴特尔']);
    // 和 inside the name is no conjunction when the shorter form never stands alone.
    expect(names('盟长那顺孟和出席。那顺孟和强调，')).toEqual(['那顺孟和']);
    expect(names('县长王建和副县长李明出席。王建指出，')).toEqual(['王建', '李明']);
    expect(names('“要把根扎深。”镇党委书记令狐建军说。“明年再提高。”令狐建军说，')).toEqual(['令狐建军']);
  });

  it('ends a dotted name before 说', () => {
    expect(names('村党支部书记吐尔逊·买买提说，')).toEqual(['吐尔逊·买买提']);
  });
});

describe('appointees and quoted officials', () => {
  it('reads 任命X为…, 免去X的…职务, X辞去…职务', () => {
    const text = '会议决定任命：贝宏图为绵阳市财政局局长；杭小雨为绵阳市商务局局长。会议决定免去钱立的绵阳市财政局局长职务。会议接受孙红辞去绵阳市人民政府副市长职务的请求。';
    expect(officials(text)).toEqual([
      { name: '贝宏图', titles: ['绵阳市财政局局长'] },
      { name: '杭小雨', titles: ['绵阳市商务局局长'] },
      { name: '钱立', titles: ['绵阳市财政局局长'] },
      { name: '孙红', titles: ['绵阳市人民政府副市长'] },
    ]);
  });

  it('reads X同志任… and X同志不再担任…职务', () => {
    expect(names('经省委批准，卢海同志任遂宁市委常委、组织部部长；何涛同志不再担任遂宁市委书记职务。')).toEqual(['卢海', '何涛']);
  });

  it('reads the official named after a quotation', () => {
    expect(names('“要把项目抓实抓细。”县委书记钟伟说。')).toEqual(['钟伟']);
  });
});

describe('never officials', () => {
  it.each([
    '公司董事长王建国介绍了企业情况。',
    '记者 张明 通讯员 李华',
    '他从副县长干到县长，干了八年。',
    '村民王大妈笑着说，日子越过越好。',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('names where no known word ends them (invented examples, round-3 categories)', () => {
  it('reads the three-character name after a title set apart from the word before it', () => {
    expect(names('副乡长柯明远负责河道清淤工作。')).toEqual(['柯明远']);
    expect(officials('会上，县委常委、县纪委书记、县监委主任滕雅琴领学了条例。')).toEqual([
      { name: '滕雅琴', titles: ['县委常委', '县纪委书记', '县监委主任'] },
    ]);
    // A short title glued to a place is no title before a name: 吉林省 + 长白山….
    expect(names('吉林省长白山泉水饮品有限公司年产矿泉水十万吨。')).toEqual([]);
  });

  it('reads whole list items as names, surname first, whatever their length', () => {
    expect(names('市人大常委会副主任韩立新、乌兰图娅、何振东，秘书长苏和出席。')).toEqual(['韩立新', '乌兰图娅', '何振东', '苏和']);
  });

  it('reads appointees to a 街道 office and titles of a prefecture', () => {
    expect(officials('根据区政府决定，任命覃小燕为东湖街道办事处主任。')).toEqual([{ name: '覃小燕', titles: ['东湖街道办事处主任'] }]);
    expect(officials('地委委员、行署副专员买买提·艾力出席。')).toEqual([{ name: '买买提·艾力', titles: ['地委委员', '行署副专员'] }]);
  });

  it('never takes a body before a post for a name (党组织书记)', () => {
    expect(names('各村党组织书记、驻村第一书记参加会议。')).toEqual([]);
  });
});

describe('names with no Chinese surname after a title (invented examples, round-4 categories)', () => {
  it('reads Tibetan and Mongolian names where a known word or a separator ends them', () => {
    expect(officials('市委副书记、市长扎西平措主持会议。')).toEqual([{ name: '扎西平措', titles: ['市委副书记', '市长'] }]);
    expect(names('副市长央金卓嘎、周立新参加会议。')).toEqual(['央金卓嘎', '周立新']);
    expect(names('县领导图门、刘晓东、额尔敦，孙国强参加会议。')).toEqual(['图门', '刘晓东', '额尔敦', '孙国强']);
  });

  it('never reads a verb, a post or a place after a title as such a name', () => {
    expect(names('县委书记亲自部署。市长牵头研究。免去其县委书记职务。')).toEqual([]);
    // A comma after a title ends a clause, not a list item.
    expect(names('推行一个重点项目、一名市级领导联系推动，逐个项目落实责任人。')).toEqual([]);
  });
});
