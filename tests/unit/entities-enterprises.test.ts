import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';

const enterprises = (text: string, options = {}) => findEntities(text, options).enterprises;
const names = (text: string, options = {}) => enterprises(text, options).map((e) => e.name);

describe('findEntities: enterprises', () => {
  it('reads full names by company grammar, not the words before them', () => {
    expect(names('来到四川雪宝乳业公司，在四川美丰化工科技公司，先后前往天府软件股份有限公司。')).toEqual([
      '四川雪宝乳业公司',
      '四川美丰化工科技公司',
      '天府软件股份有限公司',
    ]);
  });

  it('adds a recurring short form as an alias, with its spans', () => {
    const text = '在成都天府软件股份有限公司，王建军了解情况。天府软件负责人介绍，天府新区支持企业。';
    const [e] = enterprises(text);
    expect(e.name).toBe('成都天府软件股份有限公司');
    expect(e.aliases).toEqual(['天府软件']);
    expect(e.spans.map((s) => text.slice(s.start, s.end))).toEqual(['成都天府软件股份有限公司', '天府软件']);
  });

  it('reads short names from a list of companies or company projects', () => {
    expect(names('依托长虹、京东方、华丰科技、光耀新材料等龙头企业，发展电子信息、汽车及零部件和新材料等主导产业。')).toEqual([
      '长虹',
      '京东方',
      '华丰科技',
      '光耀新材料',
    ]);
    expect(names('在晶科光伏、宏丰铜箔、环锂储能等已投产项目')).toEqual(['晶科光伏', '宏丰铜箔', '环锂储能']);
  });

  it('keeps parks, production lines, generic products and projects out of company lists', () => {
    expect(names('察看8.5代面板生产线、新能源汽车电池、西部智慧产业城、部分军转民项目等重点产业项目')).toEqual([]);
  });

  it('finds well-known companies and the user list anywhere', () => {
    expect(names('希望京东方深化合作。')).toEqual(['京东方']);
    expect(names('绵州酱园今年扩产。', { knownEnterprises: ['绵州酱园'] })).toEqual(['绵州酱园']);
  });

  it('does not take generic or anaphoric company words for names', () => {
    expect(names('联系了这家公司的客服，该公司表示可以换新。这是一家科技公司。生产厂家和子公司。')).toEqual([]);
    expect(names('市经信局、高新区管委会和西南科技大学参加。')).toEqual([]);
  });

  it('honours neverTag', () => {
    expect(names('依托长虹、京东方等龙头企业', { neverTag: ['长虹'] })).toEqual(['京东方']);
  });

  it('gives exact spans for every mention', () => {
    const text = '京东方OLED项目进场。四川欣富瑞科技公司是京东方配套企业。';
    for (const e of enterprises(text)) {
      for (const s of e.spans) expect([e.name, ...e.aliases]).toContain(text.slice(s.start, s.end));
    }
    expect(enterprises(text).find((e) => e.name === '京东方')?.spans).toHaveLength(2);
  });

  it('continues a name after an inner 集团 or 银行 up to a registered legal form', () => {
    expect(names('走访了攀钢集团江油长城特殊钢有限公司、绵阳市商业银行股份有限公司和中国建设银行绵阳分行。')).toEqual([
      '攀钢集团江油长城特殊钢有限公司',
      '绵阳市商业银行股份有限公司',
      '中国建设银行绵阳分行',
    ]);
  });

  it('does not continue across a conjunction or a list comma', () => {
    expect(names('长虹集团和九洲有限公司')).not.toContain('长虹集团和九洲有限公司');
  });

  it('accepts a region + industry name with a registered legal form, and a trade works without a region', () => {
    expect(names('四川省投资集团有限责任公司、宏远包装厂参加。')).toEqual(['四川省投资集团有限责任公司', '宏远包装厂']);
    expect(names('建设自来水厂和污水处理厂。')).toEqual([]);
  });

  it('keeps a brand that stands before the region', () => {
    expect(names('来到华能绵阳热电有限责任公司。')).toEqual(['华能绵阳热电有限责任公司']);
  });

  it('keeps a trade word that is also a lead word, and 和 in a brand', () => {
    expect(names('成都益民物业服务有限公司、新希望六和股份有限公司参加。')).toEqual(['成都益民物业服务有限公司', '新希望六和股份有限公司']);
  });

  it('makes another legal form and list abbreviations aliases of a full name', () => {
    const found = enterprises('与京东方科技集团股份有限公司签约，京东方集团副总裁出席，京东方将扩大投资。走访东方电气集团东方汽轮机有限公司。支持长虹、东汽等龙头企业。');
    expect(found.map((e) => [e.name, ...e.aliases])).toEqual([
      ['京东方科技集团股份有限公司', '京东方集团', '京东方'],
      ['东方电气集团东方汽轮机有限公司', '东汽'],
      ['长虹'],
    ]);
  });

  it('does not read a list whose 等 opens a verb phrase', () => {
    expect(names('用地、用能、资金等要素将向重点项目倾斜。')).toEqual([]);
  });

  it('does not take a short name of generic words as an alias', () => {
    const [e] = enterprises('绵阳市城市建设投资有限公司代表发言。城市更新加快推进。');
    expect(e.aliases).toEqual([]);
    expect(e.spans).toHaveLength(1);
  });
});

describe('enterprises bounded by people and speakers', () => {
  it('does not find a known brand inside an official name (name + 为)', () => {
    const text = '颁奖仪式上，县长许国华为优秀个人颁发证书。随后许国华为新入职干部讲党课。';
    expect(names(text)).toEqual([]);
    expect(findEntities(text).officials.map((o) => o.name)).toEqual(['许国华']);
    // The brand itself is still found where no name runs into it.
    expect(names('县长许国华表示，将继续支持华为扩大投资。')).toEqual(['华为']);
  });

  it('opens a company name after a speaker and a speaking verb, and links it to its full name', () => {
    const found = enterprises('区长孙立新在现场要求宏远建工集团加快进度。宏远建工集团有限公司负责人表示将全力推进。');
    expect(found.map((e) => [e.name, ...e.aliases])).toEqual([['宏远建工集团有限公司', '宏远建工集团']]);
    expect(names('会上，陈刚希望顺达物流集团发挥龙头作用。')).toEqual(['顺达物流集团']);
  });
});

describe('short company names in counted lists', () => {
  it.each([
    ['鑫源电子、华茂机械、康宁药业等12户企业入选省级名单。', ['鑫源电子', '华茂机械', '康宁药业']],
    ['青禾食品、联创科技等30家企业签约入驻。', ['青禾食品', '联创科技']],
    ['引进了瑞丰食品、金穗米业等一批企业。', ['瑞丰食品', '金穗米业']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('full names and their short forms', () => {
  it('names a company by its registered form even when the short form comes first', () => {
    const found = enterprises('远山集团、嘉禾乳业等企业受到表彰。远山集团有限公司代表作了发言。');
    expect(found.map((e) => [e.name, ...e.aliases])).toEqual([['远山集团有限公司', '远山集团'], ['嘉禾乳业']]);
  });

  it('drops a lone level character before a company and links the recurring short form', () => {
    const text = '来到区交投物流集团有限公司货运站，要求交投物流优化线路。';
    const [e] = enterprises(text);
    expect(e.name).toBe('交投物流集团有限公司');
    expect(e.aliases).toEqual(['交投物流']);
    expect(e.spans.map((s) => text.slice(s.start, s.end))).toEqual(['交投物流集团有限公司', '交投物流']);
    // A place name with its level stays a region of the name.
    expect(names('走访绵阳市宏达包装有限公司。')).toEqual(['绵阳市宏达包装有限公司']);
  });

  it('takes a two-character brand ending in 和 as a proper name (安和), not a conjunction', () => {
    const [e] = enterprises('浙江安和智能装备有限公司新厂投产。安和智能总经理介绍，安和智能今年订单翻番。');
    expect(e.name).toBe('浙江安和智能装备有限公司');
    expect(e.aliases).toEqual(['安和智能']);
    expect(e.spans).toHaveLength(3);
  });

  it('opens a company after a body joined to it by 和', () => {
    expect(names('市发改委、县经信局和丰源纺织有限公司作交流发言。')).toEqual(['丰源纺织有限公司']);
  });
});

describe('findEntities: enterprise boundaries and short forms (eval2 round)', () => {
  it('does not open a company at a verb or a preposition before a place', () => {
    expect(names('常务会议同意青河县水务投资有限公司实施重组。')).toEqual(['青河县水务投资有限公司']);
  });

  it('links a standalone brand to a company named after an unlisted place', () => {
    const found = enterprises('约谈对象为：白沙县瑞丰陶瓷有限公司。白沙县要求瑞丰陶瓷限期整改，瑞丰陶瓷表示立即落实。');
    expect(found.map((e) => e.name)).toEqual(['白沙县瑞丰陶瓷有限公司']);
    expect(found[0].aliases).toContain('瑞丰陶瓷');
    expect(found[0].spans).toHaveLength(3);
  });

  it('takes the opening brand of a core as a short form when it recurs alone', () => {
    const found = enterprises('调研组来到安康源健康管理有限公司。安康源现有员工八十人。');
    expect(found[0].name).toBe('安康源健康管理有限公司');
    expect(found[0].aliases).toContain('安康源');
  });
});
