import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../lib/edits';
import { repairJunk } from '../../lib/repair/junk';
import { stripFrontMatter } from '../../lib/repair/front-matter';
import { junkLineReason } from '../../lib/repair/junk-lines';
import { stripMarkup } from '../../lib/repair/markup';

function fix(input: string): string {
  const r = repairJunk(input);
  expect(applyEdits(input, r.edits)).toBe(r.text);
  expect(r.edits.every((e) => e.kind === 'junk')).toBe(true);
  return r.text;
}

describe('repairJunk', () => {
  it('removes YAML front matter, title included', () => {
    const text = '---\nlayout: post\ntitle: "县委召开常委会"\ndate: 2023-01-02\n---\n县委召开常委会议。\n';
    expect(fix(text)).toBe('县委召开常委会议。\n');
  });

  it('keeps a text that merely starts with a rule (the rules go as rule lines)', () => {
    const text = '---\n这是一段正文，不是元数据。\n---\n';
    expect(stripFrontMatter(text).edits).toEqual([]);
    expect(fix(text)).toBe('这是一段正文，不是元数据。\n');
  });

  it('strips markup and splits paragraphs into lines', () => {
    expect(fix('<p>第一段。</p>\n <p>第二段。</p><p class="em_media">（来源：某某日报）</p>')).toBe('第一段。\n第二段。\n（来源：某某日报）');
    expect(fix('<div><span style="color:red">通知</span>&nbsp;内容</div>')).toBe('通知 内容');
  });

  it('leaves tags inside a quoted string of a command or code alone', () => {
    const cmd = "执行以下命令：\necho '<h1>Hello, Nginx!</h1>' | sudo tee /var/www/demo/index.html";
    expect(stripMarkup(cmd).text).toBe(cmd);
    // Nor inside a backtick code span.
    const tick = '脚本要写成 `<script src="/js/app.js"></script>` 这类相对地址。';
    expect(stripMarkup(tick).text).toBe(tick);
    // Quotes inside a tag's attributes do not open a string.
    expect(stripMarkup('<p class="lead">正文</p><img alt="it\'s"><p>第二段</p>').text).toBe('正文\n第二段');
  });

  it('does not treat autolinks or book-title brackets as markup', () => {
    expect(stripMarkup('学习<<论语>>和<a>').edits.length).toBe(1);
    expect(stripMarkup('见<http://a.b/c>').edits).toEqual([]);
    expect(stripMarkup('a < b 且 c > d').edits).toEqual([]);
  });

  it('removes captcha, navigation, URL, link-bar, share and boilerplate lines', () => {
    const text = [
      '正文第一段。',
      '請輸入驗證碼',
      '請(qǐng)輸入驗(yàn)證碼',
      '<http://example.com/news/1.html>',
      '[返回新闻](//example.com/news.html)｜[返回首页](//example.com/)',
      '分享到：微信 微博 QQ空间',
      '微信 | 微博 | 朋友圈',
      '扫一扫在手机打开当前页',
      '上一篇：市政府召开常务会议',
      '【关闭】【打印】',
      '正文第二段。',
    ].join('\n');
    expect(fix(text)).toBe('正文第一段。\n正文第二段。');
  });

  it('keeps bare addresses that continue the article\'s own list of references', () => {
    const text = ['正文第一段。', '参考资料：https://nginx.org/en/docs/http/configuring_https_servers.html', 'https://eff-certbot.readthedocs.io/en/stable/using.html', '（本文首发于作者个人博客）'].join('\n');
    expect(fix(text)).toBe(text);
    const labelled = ['正文第一段。', '参考资料：', 'https://nginx.org/en/docs/', 'https://letsencrypt.org/zh-cn/docs/'].join('\n');
    expect(fix(labelled)).toBe(labelled);
    // Alone, a bare address is the page's own.
    expect(fix('正文第一段。\nhttps://example.com/news/1.html\n正文第二段。')).toBe('正文第一段。\n正文第二段。');
  });

  it('keeps bylines, sources and paragraphs that mention the words', () => {
    for (const line of [
      '编辑:李志',
      '来源:中国绵阳新闻网',
      '(作者:黄克奇 郑陈浩)',
      '原標題:一手抓存量擴張',
      '（文章来源：绵阳日报）',
      '何党生强调',
      '用户登录时需要输入短信验证码，有关部门提醒市民注意防范电信诈骗，不要向任何人透露验证码内容。',
      '微信',
    ]) {
      expect(junkLineReason(line)).toBeNull();
    }
  });

  it('removes the last line with the break before it', () => {
    expect(fix('正文。\n请输入验证码')).toBe('正文。');
  });
});

describe('junk lines content farms add', () => {
  it('removes toolbars, list headers, share prompts and copyright or takedown notices', () => {
    for (const line of [
      '打印 | 关闭',
      '【打印本页】 【关闭窗口】',
      '相关阅读：',
      '相关新闻',
      '扫一扫，分享到微信',
      '版权声明：本站部分内容来源于网络，版权归原作者所有。',
      '免责声明：本站转载的文章仅代表作者观点，与本站无关。',
      '声明：本文转载自网络，仅供参考，如有侵权请联系删除。',
      '版权所有 © 2023 某某新闻网 All Rights Reserved',
      '验证码： 看不清？换一张',
    ]) {
      expect(junkLineReason(line), line).not.toBeNull();
    }
  });

  it('keeps editors, reviewers, photographers and sentences that start like junk', () => {
    for (const line of [
      '责任编辑：王小明',
      '审核：陈刚',
      '通讯员 赵磊 摄',
      '相关新闻发布会将于下周举行',
      '扫一扫二维码就能办理社保业务，群众少跑腿、数据多跑路，这是今年推出的便民举措之一。',
      '版权保护工作座谈会召开',
    ]) {
      expect(junkLineReason(line), line).toBeNull();
    }
  });
});
