/** Title, date, bylines and body root on pages written for these tests. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle, findEditor, findReporter, findSource } from '../../lib/article';

const page = (head: string, body: string): Document =>
  parseHTML(`<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`).document as unknown as Document;

const PARAS = [
  '本报讯（记者 宋雨桐 通讯员 何川）连日来，南湖街道组织党员志愿者走进辖区老旧小区，帮助居民清理楼道杂物、修补破损路面，为群众办实事解难题。',
  '街道党工委书记赵立群表示，要把群众的小事当作自己的大事，建立问题清单和销号台账，确保件件有着落、事事有回音。',
  '截至目前，志愿者已累计清理杂物四十余吨，修补路面两千余平方米，居民满意度明显提升，不少居民主动加入志愿服务队伍。',
];
const body = PARAS.map((p) => `<p>${p}</p>`).join('');

describe('extractArticle', () => {
  it('takes the h1 headline, not the logo or the <title> suffix', () => {
    const doc = page(
      '<title>南湖街道志愿者走进老旧小区 - 某某新闻网</title>',
      `<header><h1 class="logo"><a href="/">某某新闻网</a></h1></header>
       <div class="detail"><h1>南湖街道志愿者走进老旧小区</h1><div class="info">2024年5月8日 09:10 来源：某某日报 责任编辑：钱多多</div>
       <div class="txt">${body}</div>
       <div class="related"><h3>相关新闻</h3><ul><li><a href="/1">旧闻一</a> 2024-05-01</li><li><a href="/2">旧闻二</a> 2024-04-28</li></ul></div></div>
       <div class="comments"><div>网友：说得好 2024-05-09 10:00</div></div>`,
    );
    const a = extractArticle(doc, 'http://news.example.com/a/1.html')!;
    expect(a.title).toBe('南湖街道志愿者走进老旧小区');
    expect(a.date).toBe('2024-05-08 09:10');
    expect(a.source).toBe('某某日报');
    expect(a.editor).toBe('钱多多');
    expect(a.reporter).toBe('宋雨桐');
    expect(a.root.getAttribute('class')).toBe('txt');
  });

  it('falls back to <title> without its site suffix, and to the URL date', () => {
    const doc = page('<title>南湖街道志愿者走进老旧小区_要闻_某某区人民政府</title>', `<table><tr><td class="zw">${body}</td></tr></table>`);
    const a = extractArticle(doc, 'http://www.example.gov.cn/zwgk/202405/t20240508_1.html')!;
    expect(a.title).toBe('南湖街道志愿者走进老旧小区');
    expect(a.date).toBe('2024-05-08');
  });

  it('completes a partial info-line date from the URL', () => {
    const doc = page('<title>x</title>', `<h1>南湖街道志愿者走进老旧小区</h1><div class="m-info">05-08 09:10</div><div class="b">${body}</div>`);
    expect(extractArticle(doc, 'http://m.example.com/2024/05/08/3.html')!.date).toBe('2024-05-08 09:10');
  });

  it('returns null when there is no article body', () => {
    expect(extractArticle(page('<title>登录</title>', '<form><input type="password"></form>'), 'http://x.example.com/login')).toBeNull();
  });
});

describe('bylines', () => {
  it('reads sources in their usual forms', () => {
    expect(findSource('来源：某某日报 编辑：张三')).toBe('某某日报');
    expect(findSource('（文章来源：某某晚报）')).toBe('某某晚报');
    expect(findSource('信息來源:區(qū)融媒體中心')).toBe('區融媒體中心');
    expect(findSource('没有出处的一段话')).toBeNull();
  });
  it('reads reporters from labels, parenthesised credits and 作者 lines', () => {
    expect(findReporter('（某某日报社融媒体记者 王一 李二/文 赵三/图）')).toBe('王一 李二');
    expect(findReporter('记者：孙悟')).toBe('孙悟');
    expect(findReporter('(記(jì)者 陳思遠)')).toBe('陳思遠');
    expect(findReporter('作者：周八')).toBe('周八');
    expect(findReporter('作者：局办公室')).toBeNull();
    expect(findReporter('记者从市经信局获悉，今年以来……')).toBeNull();
  });
  it('reads editors and stops at the next label', () => {
    expect(findEditor('编辑：王晓 字号：大 中 小')).toBe('王晓');
    expect(findEditor('責任編輯:林曉雯')).toBe('林曉雯');
    expect(findEditor('编辑：张三、李四')).toBe('张三、李四');
  });
});
