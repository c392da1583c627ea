/**
 * Page chrome copied into the text (issue 10, category 5), on invented pages: metadata bars,
 * toolbars, menus, footers, rule lines, table remnants and non-breaking spaces turned into `?`.
 * The article's own lines (headline, byline, dateline, 来源/编辑, 附件, list items, figures)
 * always stay.
 */
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../lib/edits';
import { repairText } from '../../lib/repair';
import { stripGluedChrome } from '../../lib/repair/glued-chrome';
import { repairJunk } from '../../lib/repair/junk';
import { junkLineReason } from '../../lib/repair/junk-lines';
import { metaBarStart } from '../../lib/repair/meta-bar';
import { replaceNbspMarks } from '../../lib/repair/nbsp-marks';
import { repairTableRemnants } from '../../lib/repair/table-remnants';

function junk(input: string): string {
  const r = repairJunk(input);
  expect(applyEdits(input, r.edits)).toBe(r.text);
  expect(r.edits.every((e) => e.kind === 'junk')).toBe(true);
  expect(repairJunk(r.text).edits).toEqual([]);
  return r.text;
}

const ARTICLE = [
  '青山县召开秋冬季森林防火工作会议',
  '本报讯（记者 周玲 通讯员 李强）10月9日，青山县召开秋冬季森林防火工作会议，部署今冬明春森林防火工作。',
  '会议要求，各乡镇要严格落实森林防火责任制，全县共设立检查站46个，确保不发生重大森林火灾。',
  '附件：1.青山县森林防火责任人名单',
  '2.青山县重点防火区域图',
  '来源：青山县应急管理局',
  '编辑：王芳',
];

describe('page chrome around an article', () => {
  it('removes a portal page frame and keeps every article line', () => {
    const page = [
      '青山县人民政府欢迎您！ 今天是2025-10-10',
      '长者浏览模式 无障碍',
      '简体版',
      '繁體版',
      '首页 > 新闻中心 > 乡镇动态',
      ARTICLE[0],
      '信息分类：工作动态 发布机构：青山县应急管理局 发布日期：2025-10-10 浏览次数：356 字体：[大 中 小]',
      ...ARTICLE.slice(1),
      '【打印本页】 【关闭窗口】',
      '上一条：县政协召开专题协商会',
      '下一条：关于做好秋季征兵工作的通告',
      '上一篇：县政协召开专题协商会 下一篇：关于做好秋季征兵工作的通告',
      '关闭',
      '打印本页',
      '主办：青山县人民政府办公室 承办：青山县大数据中心',
      '网站标识码：3301000000 浙ICP备12345678号-1',
      '浙公网安备 33010002000001号',
    ].join('\n');
    expect(junk(page)).toBe(ARTICLE.join('\n'));
  });

  it('removes a content farm frame: banner, menu, header bar, share bar, notices, tags, related headlines', () => {
    const page = [
      '好消息资讯网 - 每日更新地方新闻',
      '首页 | 国内 | 地方 | 民生 | 专题',
      '当前位置：首页 > 地方新闻 > 正文',
      ARTICLE[0],
      '时间：2025-10-10 08:12 人气：731 作者：admin',
      '分享到： 微信 微博 QQ空间',
      ...ARTICLE.slice(1),
      '注意：本站部分文字内容、图片由网友投稿，如侵权请联系删除，联系邮箱：abc@example.com',
      '本文链接：https://www.example.com/news/202510/1234.html',
      '标签：森林防火 地方新闻',
      '赞(0) 收藏 打赏',
      '相关阅读',
      '县领导督导检查秋冬季森林防火工作',
      '全县召开安全生产工作会议',
    ].join('\n');
    expect(junk(page)).toBe(ARTICLE.join('\n'));
  });

  it('cuts a metadata bar and toolbar buttons glued to article lines', () => {
    const glued = [
      `${ARTICLE[0]} 发布时间：2025-10-10 09:30 来源：青山县应急管理局 浏览次数：1024 【字体：大 中 小】【打印】【关闭】`,
      ARTICLE[1],
      '【纠错】 编辑：王芳',
      '2025年10月10日【打印本页】【关闭窗口】',
      '县林业局有关负责人表示 [复制链接]',
      '编辑：王芳 返回首页>>',
    ].join('\n');
    const r = stripGluedChrome(glued);
    expect(applyEdits(glued, r.edits)).toBe(r.text);
    expect(r.text).toBe([ARTICLE[0], ARTICLE[1], '编辑：王芳', '2025年10月10日', '县林业局有关负责人表示', '编辑：王芳'].join('\n'));
  });

  it('cuts a breadcrumb trail off the first paragraph it was glued to, never the paragraph', () => {
    const para = '走进青山县东坪村，新修的产业路通到了每一个茶园。全村去年茶叶收入1200万元。';
    expect(repairText(`当前位置:首页>乡村振兴>正文${para}`).text).toBe(para);
    // No closing word: the section name stays with the prose rather than risk a character of it.
    expect(repairText(`您的位置：首页 > 新闻中心 > 本地新闻${para}`).text).toBe(`本地新闻${para}`);
    // A trail alone is a navigation line.
    expect(repairText(`当前位置：首页>新闻中心>正文\n${para}`).text).toBe(para);
  });

  it('removes a blog host\'s menu, toolbar and neighbours, and a reader-post notice', () => {
    const article = ['伊犁七日：那拉提的早晨', '上一篇写到我们在湖边住了一晚，湖边的风大得出奇。', '下一篇写巴音布鲁克，敬请期待。'];
    const page = [
      '首页　博文目录　图片　关于我',
      article[0],
      '转载▼',
      article[1],
      article[2],
      '阅读（1286）┊评论（12）┊收藏（3）┊转载（2）┊喜欢▼┊打印┊举报',
      '前一篇：伊犁七日（二）：赛里木湖的风',
      '【网友投稿】本文由网友投稿，仅代表作者个人观点，与本站立场无关。',
    ].join('\n');
    expect(repairText(page).text).toBe(article.join('\n'));
    // A byline of names set apart by blanks is no menu.
    expect(repairText('记者　王强　李明　张华\n' + article[1]).text).toBe('记者　王强　李明　张华\n' + article[1]);
  });

  it('removes the site name above the headline and the site segments after it', () => {
    const article = ['全市制造业高质量发展推进会召开', '本报讯 3月7日，全市制造业高质量发展推进会召开，会议部署了今年重点任务。', '编辑：王芳'];
    expect(repairText(['城事头条网', `${article[0]}_湖州资讯_城事头条网`, ...article.slice(1)].join('\n')).text).toBe(article.join('\n'));
    // A headline that merely holds an underscore or ends in 网 stays.
    expect(repairText(['天网工程_建设提速', article[1]].join('\n')).text).toBe(['天网工程_建设提速', article[1]].join('\n'));
  });

  it('removes a summary in other words when the article keeps all it says, never one with a fact of its own', () => {
    const body = ['3月7日，市长周志刚前往叙州区，深入田间地头和农资企业，调研春耕备耕和乡村振兴工作。', '周志刚强调，要抢抓农时、压实责任，确保粮食生产稳面积稳产量。'];
    const summary = '【导读】市长周志刚前往叙州区调研春耕备耕和乡村振兴工作，强调要抢抓农时、压实责任，确保粮食生产稳面积稳产量……';
    expect(repairText([summary, ...body].join('\n')).text).toBe(body.join('\n'));
    const ownFact = '【导读】市长周志刚前往叙州区调研春耕备耕工作，全区今年计划播种粮食面积52万亩。';
    expect(repairText([ownFact, ...body].join('\n')).text).toBe([ownFact, ...body].join('\n'));
  });

  it('reads a metadata bar only by its counter or font control', () => {
    expect(metaBarStart('来源：青山县应急管理局 作者：王芳')).toBe(-1);
    expect(metaBarStart('标题 时间：2025-10-10 人气：88')).toBe(3);
    expect(metaBarStart('发布时间：2025-10-10 【字体：大 中 小】')).toBe(0);
    expect(metaBarStart('会议强调，浏览次数不是衡量工作的标准。')).toBe(-1);
  });

  it('removes rule lines but keeps an omission mark and dot leaders of a contents table', () => {
    expect(junkLineReason('****************')).toBe('rule');
    expect(junkLineReason('- - - - - -')).toBe('rule');
    expect(junkLineReason('………………………………')).toBe('rule');
    expect(junkLineReason('＊＊＊＊＊＊')).toBe('rule');
    expect(junkLineReason('……')).toBeNull();
    expect(junkLineReason('一、总体要求……………………1')).toBeNull();
  });

  it('keeps the article lines that look like chrome', () => {
    for (const line of ARTICLE.concat(['联系电话：0571-12345678', '电子邮箱：qsx@example.com', '1.李红梅　镇卫生院院长', '文/张明', '青山县应急管理局', '2025年10月10日', '主办：县委宣传部 承办：县文化馆 协办：各乡镇'])) {
      expect(junkLineReason(line), line).toBeNull();
    }
    // An event notice naming its organisers keeps that line: it is a footer only among chrome.
    const notice = ['青山县第三届农民运动会将于11月开幕。', '主办：县体育局 承办：县文化馆', '报名截止时间为10月31日。'].join('\n');
    expect(junk(notice)).toBe(notice);
  });
});

describe('table remnants and non-breaking spaces turned into ?', () => {
  it('turns bar rows into cells and drops lone bars', () => {
    const r = repairTableRemnants('主要指标如下： |\n| 指标 | 单位 | 数值 |\n| 粮食产量 | 万吨 | 61.3 |\n正文结束。');
    expect(r.text).toBe('主要指标如下：\n指标　单位　数值\n粮食产量　万吨　61.3\n正文结束。');
    expect(junk('正文第一段。\n|\n正文第二段。')).toBe('正文第一段。\n正文第二段。');
    // A formula or a shell pipe is not a table.
    expect(repairTableRemnants('cat a.txt | grep b').edits).toEqual([]);
    // A table drawn in text (borders, padded cells, Markdown rules) stays as drawn.
    const drawn = ['+------+--------+', '| 项目 | 配置   |', '+------+--------+', '| 内存 | 16 GB  |', '+------+--------+'].join('\n');
    expect(repairJunk(drawn).edits).toEqual([]);
    expect(repairTableRemnants('| 项目   | 数量 |\n| 水泥   | 30吨 |').edits).toEqual([]);
    expect(repairTableRemnants('| 项目 | 数量 |\n|---|---|\n| 水泥 | 30吨 |').edits).toEqual([]);
  });

  it('unwraps a page layout copied as a Markdown table (no row fills more than one cell)', () => {
    const layout = ['| 首页 | 新闻中心 | 政务公开 |', '|---|---|---|', '| 副市长带队检查煤矿安全生产工作 |  |  |', '| 1月18日，检查组深入准格尔旗。 |  |  |'].join('\n');
    expect(repairTableRemnants(layout).text.replace(/\u3000+$/gm, '')).toBe('首页　新闻中心　政务公开\n副市长带队检查煤矿安全生产工作\n1月18日，检查组深入准格尔旗。');
  });

  it('removes ? indents, turns ? gaps into a space, keeps real question marks', () => {
    expect(replaceNbspMarks('? ? ? ?本报讯（记者? ?王强）今年以来').text).toBe('本报讯（记者 王强）今年以来');
    expect(replaceNbspMarks('| ? ?粮食产量 | 万吨 |').text).toBe('| 粮食产量 | 万吨 |');
    expect(replaceNbspMarks('通知如下：\n????当前正值春季森林防火关键期。\n| ??全市粮食产量 |').text).toBe('通知如下：\n当前正值春季森林防火关键期。\n| 全市粮食产量 |');
    // Inside a line, two question marks before Chinese may be the writer's own.
    expect(replaceNbspMarks('什么??我不信').edits).toEqual([]);
    for (const s of ['Why? ? Because.', '真的吗??', '你去吗? 我去。', 'a ? b ? c']) expect(replaceNbspMarks(s).edits, s).toEqual([]);
  });

  it('leaves a clean article untouched (zero edits)', () => {
    expect(repairText(ARTICLE.join('\n')).edits).toEqual([]);
  });
});
