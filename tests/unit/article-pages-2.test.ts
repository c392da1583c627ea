/** Title parts, glued info lines, <section>/<div> paragraphs and noise blocks, on pages written for these tests. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectArticle, extractArticle, findReporter, findSource } from '../../lib/article';
import { titleSegments } from '../../lib/article/title';

const page = (head: string, body: string): Document =>
  parseHTML(`<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`).document as unknown as Document;

const PARAS = [
  '11月3日，河湾区召开冬季供暖保障工作推进会，通报供热管网改造进展，部署今冬供暖保障重点任务。',
  '会议要求，各供热企业要提前完成设备检修和试运行，建立二十四小时值班制度，确保居民室温达标。',
  '会议强调，要畅通群众诉求渠道，对反映的供暖问题做到当天受理、限时办结，切实保障群众温暖过冬。',
];
const text = (a: { root: Element; exclude?: Element[] }): string => {
  // What a text collector that honours `exclude` would read.
  const clone = a.root.cloneNode(true) as Element;
  const all = [...a.root.querySelectorAll('*')];
  const cloned = [...clone.querySelectorAll('*')];
  for (const el of a.exclude ?? []) cloned[all.indexOf(el)].remove();
  return (clone.textContent ?? '').replace(/\s+/g, '');
};

describe('title from <title> parts', () => {
  it('splits on the usual separators', () => {
    expect(titleSegments('某某网--河湾区召开推进会')).toEqual(['某某网', '河湾区召开推进会']);
    expect(titleSegments('河湾区人民政府_工作动态_河湾区召开推进会')).toContain('河湾区召开推进会');
    expect(titleSegments('某某网 | 河湾区召开推进会')).toContain('河湾区召开推进会');
  });

  it('skips a leading site name (logo alt, footer) and finds the headline element by its text', () => {
    const doc = page(
      '<title>河湾区人民政府_工作动态_河湾区召开冬季供暖保障工作推进会</title><meta name="ArticleTitle" content="河湾区召开冬季供暖保障工作推进会">',
      `<div class="head"><img src="/logo.png" alt="河湾区人民政府"></div>
       <div class="detail-title">河湾区召开冬季供暖保障工作推进会</div>
       <div class="detail-info"><span>发布时间：2024-11-04 09:00</span><span>来源：区住建局</span></div>
       <div class="detail-body">${PARAS.map((p) => `<p>${p}</p>`).join('')}</div>
       <div class="foot">版权所有：河湾区人民政府</div>`,
    );
    const a = extractArticle(doc, 'http://www.hewan.example.gov.cn/art/1.html')!;
    expect(a.title).toBe('河湾区召开冬季供暖保障工作推进会');
    expect(a.date).toBe('2024-11-04 09:00');
    expect(a.source).toBe('区住建局');
  });

  it('falls back to the longest non-site part when no element shows the headline', () => {
    const doc = page('<title>河湾新闻网 - 河湾区召开冬季供暖保障工作推进会</title>', `<div class="zw">${PARAS.map((p) => `<p>${p}</p>`).join('')}</div><div class="footer">Copyright 河湾新闻网</div>`);
    expect(extractArticle(doc, 'http://news.example.com/a/2.html')!.title).toBe('河湾区召开冬季供暖保障工作推进会');
  });
});

describe('glued info-line fields', () => {
  it('stop the source at the next label', () => {
    expect(findSource('来源：河湾日报作者：陈晨评论(12)')).toBe('河湾日报');
    expect(findSource('来源:区住建局发布日期:2024-11-04字体:【大')).toBe('区住建局');
    expect(findSource('来源：河湾日报 浏览次数：88')).toBe('河湾日报');
    expect(findReporter('作者：陈晨 评论(12)')).toBe('陈晨');
  });

  it('read adjacent spans as separate fields', () => {
    const doc = page(
      '<title>河湾区召开冬季供暖保障工作推进会</title>',
      `<h1>河湾区召开冬季供暖保障工作推进会</h1>
       <div class="meta"><span class="time">2024-11-04 09:00:12</span><span class="source">来源：<a href="http://hw.example.cn">河湾日报</a></span><span class="author">作者：陈晨</span><span class="cmt"><a href="#c">评论(12)</a></span></div>
       <div class="text">${PARAS.map((p) => `<p>${p}</p>`).join('')}</div>`,
    );
    const a = extractArticle(doc, 'http://news.example.com/a/3.html')!;
    expect(a.source).toBe('河湾日报');
    expect(a.reporter).toBe('陈晨');
    expect(a.date).toBe('2024-11-04 09:00');
  });
});

describe('paragraphs without <p>', () => {
  const divBody = `<div class="art">${PARAS.map((p) => `<div><span>${p}</span></div>`).join('')}<div><span>${PARAS[0]}</span></div></div>`;
  it('detects a body of <div> paragraphs', () => {
    const doc = page('<title>河湾区召开冬季供暖保障工作推进会</title>', `<h1>河湾区召开冬季供暖保障工作推进会</h1><div class="info">2024-11-04 来源：区住建局</div>${divBody}`);
    const d = detectArticle(doc, 'http://news.example.com/a/4.html');
    expect(d.isArticle, d.reason).toBe(true);
    expect(extractArticle(doc, 'http://news.example.com/a/4.html')!.root.getAttribute('class')).toBe('art');
  });

  it('reads a WeChat page by its markers: account name, script time as Beijing time', () => {
    const doc = page(
      '<title>河湾区供暖保障</title>',
      `<h1 id="activity-name">河湾区召开冬季供暖保障工作推进会</h1><a id="js_name">河湾发布</a><em id="publish_time"></em>
       <div id="js_content">${PARAS.map((p) => `<section><span>${p}</span></section>`).join('')}<section><span>${PARAS[1]}</span></section></div>
       <script>var ct = "1730682000";</script>`,
    );
    const a = extractArticle(doc, 'file:///saved/page.html')!;
    expect(a.title).toBe('河湾区召开冬季供暖保障工作推进会');
    expect(a.source).toBe('河湾发布');
    expect(a.date).toBe('2024-11-04 09:00');
    expect(a.root.id).toBe('js_content');
  });
});

describe('exclude: noise blocks inside the body', () => {
  it('lists ads, captions, off-site single links and QR prompts, and keeps the text and bylines', () => {
    const doc = page(
      '<title>河湾区召开冬季供暖保障工作推进会</title>',
      `<h1>河湾区召开冬季供暖保障工作推进会</h1><div class="content">
        <p>${PARAS[0]}</p><figure><img src="a.jpg"><figcaption>会议现场。陈晨 摄</figcaption></figure>
        <p class="img-desc">供热企业检修设备。</p>
        <div class="ad-mid"><ins class="adsbygoogle"></ins><a href="https://ad.example.net/z">神奇药方限时领取</a></div>
        <p>${PARAS[1]}</p><div><a href="https://shop.example.org/p/1">爆款羽绒服一折起</a></div>
        <p>${PARAS[2]}</p><p>长按识别二维码关注我们</p><p>（记者 陈晨 摄）</p></div>`,
    );
    const a = extractArticle(doc, 'http://news.example.com/a/5.html')!;
    const t = text(a);
    for (const junk of ['会议现场', '供热企业检修设备', '神奇药方', '爆款羽绒服', '长按识别']) expect(t).not.toContain(junk);
    for (const p of PARAS) expect(t).toContain(p);
    expect(t).toContain('（记者陈晨摄）');
  });
});
