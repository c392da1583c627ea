/**
 * Enterprises beyond the seeds, one invented example per category of the generality issue:
 * bracketed places, left edges in lists, banks, short names in visits and project lists,
 * well-known names; and generic phrases and clause fragments that are never companies.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';

const enterprises = (text: string) => findEntities(text).enterprises.map((e) => [e.name, ...e.aliases].join(' '));
const names = (text: string) => findEntities(text).enterprises.map((e) => e.name);

describe('full names', () => {
  it('keeps a bracketed place inside the name and links the short forms', () => {
    expect(enterprises('来到科瑞斯传动（无锡）有限公司。科瑞斯的订单增长两成。')).toEqual(['科瑞斯传动（无锡）有限公司 科瑞斯']);
    expect(enterprises('签约企业有恒远（漳州）新材料科技有限公司。恒远新材料项目总投资12亿元。')).toEqual([
      '恒远（漳州）新材料科技有限公司 恒远新材料',
    ]);
  });

  it('finds each name of a list with its own left edge', () => {
    expect(names('先后走访了锦绣包装有限公司、天成机电集团天成精工有限公司、宏昌药业有限公司等处。')).toEqual([
      '锦绣包装有限公司',
      '天成机电集团天成精工有限公司',
      '宏昌药业有限公司',
    ]);
  });

  it('opens a name after a place prefix from the division table', () => {
    const [e] = findEntities('在宜宾华宇新能源科技有限公司，华宇新能源负责人介绍了产能。').enterprises;
    expect(e.name).toBe('宜宾华宇新能源科技有限公司');
    expect(e.aliases).toContain('华宇新能源');
  });

  it('links a plain 公司 form made of part of a registered name', () => {
    expect(enterprises('引进黔南青岩茶叶开发有限公司。青岩茶叶公司负责人表示。')).toEqual(['黔南青岩茶叶开发有限公司 青岩茶叶公司']);
  });
});

describe('banks', () => {
  it('names banks with a branch or a region, never the central bank', () => {
    expect(names('县政府与兴业银行宜宾分行、宜宾银行签约，人民银行宜宾分行及农行宜宾分行有关负责同志参加。')).toEqual([
      '兴业银行宜宾分行',
      '宜宾银行',
      '农行宜宾分行',
    ]);
  });

  it('splits two banks joined by 和', () => {
    expect(names('中国银行泸州分行和泸州银行表示支持。')).toEqual(['中国银行泸州分行', '泸州银行']);
  });
});

describe('short names', () => {
  it('reads names after a verb of visiting', () => {
    expect(names('随后，他先后来到鸿煜纸业、沃德鑫机械，察看生产线。')).toEqual(['鸿煜纸业', '沃德鑫机械']);
    expect(names('在瑞祥汽车，企业负责人介绍了新车型。')).toEqual(['瑞祥汽车']);
  });

  it('reads names in a list of companies opened by other words', () => {
    expect(names('全县涌现出恒丰毛纺、宏源皮业、佳美食品包装等一批骨干企业。')).toEqual(['恒丰毛纺', '宏源皮业', '佳美食品包装']);
  });

  it('reads a list whose head joins two kinds of company, but not a list of other nouns', () => {
    expect(names('先后引进了青禾果业、湘泸食品、武溪冷链等加工和物流企业。')).toEqual(['青禾果业', '湘泸食品', '武溪冷链']);
    expect(names('统筹资金、土地等要素和企业需求。')).toEqual([]);
  });

  it('links a short name that is part of a registered name after a township prefix', () => {
    expect(enterprises('表彰了南雄市雄州珠玑纸业有限公司。随后来到珠玑纸业、韶钢特钢。')).toContain('南雄市雄州珠玑纸业有限公司 珠玑纸业');
  });

  it('reads the company that opens a project listed after 包括', () => {
    expect(names('产业项目12个，包括瑞科机器人研发中心、金鼎精密年产300万套模具项目等。')).toEqual(['瑞科机器人', '金鼎精密']);
  });

  it('finds well-known companies named bare', () => {
    expect(names('产品通过京东、美团等平台销售，并与西门子、宁德时代合作。')).toEqual(['京东', '美团', '西门子', '宁德时代']);
  });
});

describe('never companies', () => {
  it.each([
    '培育综合性大型企业集团和链主企业。',
    '补齐基础设施和社会民生短板。',
    '要用好政策性担保公司，让担保公司敢担愿担。',
    '董事长许立新介绍公司去年的经营情况。',
    '今年一季度公司产值增长两成。',
    '老板要求公司所有接口整改。',
    '全市已建成煤制油、煤制气等现代煤化工项目。',
    '精准招引电池、电机、电控等关键零部件企业。',
    '产品销往江苏、浙江等地的纺织企业。',
    '走进高端装备、绿色食品等产业集群。',
    '加快手续办理，开辟绿色通道。',
    '适用于登记注册的有限责任公司、个人独资企业、合伙企业等各类企业。',
    '第二步，上传公司章程、住所证明等材料。',
    '第一年我想在村里搞电商，结果物流跟不上。',
    '湖州加快建设5G全连接工厂。',
    '他曾在杭州一家互联网公司工作了六年。',
    '求推荐靠谱的装修公司。',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('takes only the company after a clause that names it (…保持者为Y集团)', () => {
    expect(names('单体投资纪录保持者为冀东恒运集团。')).toEqual(['冀东恒运集团']);
  });
});

describe('edges and branches (invented examples, round-3 categories)', () => {
  it('opens the name after a collaboration verb with 与, and at a clause start with its brand', () => {
    expect(names('要深化与华信银行武汉分行的合作。')).toEqual(['华信银行武汉分行']);
    expect(names('会议要求，国网湘潭供电公司要做好迎峰度夏保供。')).toEqual(['国网湘潭供电公司']);
  });

  it('never reads a count of companies as a name', () => {
    expect(names('汉江集团是龙头企业，旗下拥有7家子公司。')).toEqual(['汉江集团']);
  });

  it('links a branch written with its brand short to the full name, and tells two banks apart', () => {
    expect(enterprises('县政府与中国农业银行襄阳分行、中国银行襄阳分行签约。农行襄阳分行将提供授信。')).toEqual([
      '中国农业银行襄阳分行 农行襄阳分行',
      '中国银行襄阳分行',
    ]);
  });
});

describe('names joined by 和 and clause fragments before 公司 (invented examples, round-4 categories)', () => {
  it('splits the last two items of a list, and a known company joined to a full name', () => {
    expect(names('先后走访了潍柴动力、海尔和青岛啤酒等企业。')).toEqual(['潍柴动力', '海尔', '青岛啤酒']);
    expect(names('随后先后走访了恒信精密、鼎华半导体和永创新材，了解企业订单情况。')).toEqual(['恒信精密', '鼎华半导体', '永创新材']);
    expect(names('先后来到比亚迪和深圳市汇川技术股份有限公司调研。')).toEqual(['比亚迪', '深圳市汇川技术股份有限公司']);
    // A brand's own 和 stays: 六和, 协和.
    expect(names('走访了六和饲料、协和药业等企业。')).toEqual(['六和饲料', '协和药业']);
  });

  it('never reads a clause before 公司 as a company', () => {
    expect(names('请于本月底前联系燃气公司上门检查。最近公司财务部需要汇总报表。合并之后建议按公司名称去重。')).toEqual([]);
  });
});

describe('round-5 categories (invented examples)', () => {
  it('splits a short name ending in its trade from the full name joined to it', () => {
    expect(names('先后来到鸿远科技和湖州德清恒丰竹业有限公司调研。')).toEqual(['湖州德清恒丰竹业有限公司']);
  });

  it('never opens a name on a pronoun, a verb of brokering or a time word', () => {
    expect(names('她牵线宁波海辰物流有限公司与村合作社签约。')).toEqual(['宁波海辰物流有限公司']);
    expect(names('她想起临走前公司交代的任务。')).toEqual([]);
  });
});
