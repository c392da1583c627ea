/**
 * The detector on pages written for these tests (not the seeds): short briefs, damaged
 * text (pinyin, half-width punctuation, GBK mojibake), <br> layouts, portal pages with
 * long blurbs, media pages, and site-profile URL rules. Plus the module graph of detect.ts.
 */
import { parseHTML } from 'linkedom';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { detectArticle, extractArticle } from '../../lib/article';

const doc = (body: string, title = '测试页面'): Document =>
  parseHTML(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`)
    .document as unknown as Document;
const URL = 'http://news.example.org/a/1.html';

const PARAS = [
  '3月12日上午，北岸区举行春季义务植树活动，区领导与机关干部、志愿者一起来到滨江绿道，挥锹铲土、扶苗培土，共栽下香樟、银杏等苗木一千余株。',
  '近年来，北岸区持续推进国土绿化行动，新建和改造城市公园十二个，建成区绿化覆盖率达到百分之四十二，群众出门见绿、推窗见景的愿望逐步变为现实。',
  '活动现场，不少市民带着孩子一起参加，大家分工合作、干劲十足。市民李女士说，带孩子亲手种下一棵树，比在课堂上讲十遍环保道理都管用。',
  '据了解，今年该区还将实施道路绿化提升工程八项，新增绿地面积三十万平方米，并在老旧小区改造中同步增加口袋公园和健身步道。',
];
const article = (paras: string[]) => `<div class="main"><h1>北岸区开展春季义务植树活动</h1>
  <div class="info">发布时间：2024-03-12 15:20 来源：北岸区融媒体中心</div>
  <div class="text">${paras.map((p) => `<p>${p}</p>`).join('')}</div></div>`;

describe('detectArticle on generic pages', () => {
  it('accepts an ordinary article and names its body', () => {
    const d = detectArticle(doc(article(PARAS)), URL);
    expect(d.isArticle).toBe(true);
    expect(d.score).toBeGreaterThanOrEqual(0.5);
    expect(d.reason).toContain('div.text');
  });

  it('accepts a short brief when it carries a byline and a date line', () => {
    const brief = doc(article(PARAS.slice(0, 2)));
    expect(detectArticle(brief, URL).isArticle).toBe(true);
    // The same two paragraphs with no byline or date: just a short text.
    const bare = doc(`<div class="text">${PARAS.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}</div>`);
    const d = detectArticle(bare, URL);
    expect(d.isArticle).toBe(false);
    expect(d.reason).toMatch(/too little text/);
  });

  it('rejects a photo caption even with byline and date', () => {
    const d = detectArticle(doc(article(PARAS.slice(0, 1))), URL);
    expect(d.isArticle).toBe(false);
  });

  it('reads damaged text: pinyin annotations and half-width punctuation', () => {
    const damaged = PARAS.map((p) => p.replace(/，/g, ',').replace(/。/g, '.').replace(/區|区/g, '區(qū)').replace(/绿/g, '綠(lǜ)'));
    const d = detectArticle(doc(article(damaged)), URL);
    expect(d.isArticle, d.reason).toBe(true);
  });

  it('reads GBK mojibake (UTF-8 bytes decoded as GBK)', () => {
    const garble = (s: string) => new TextDecoder('gbk').decode(new TextEncoder().encode(s));
    const d = detectArticle(doc(`<div class="text">${PARAS.map((p) => `<p>${garble(p)}</p>`).join('')}</div>`), URL);
    expect(d.isArticle, d.reason).toBe(true);
  });

  it('finds a <br>-separated body in an old table layout', () => {
    const page = doc(`<table><tr><td class="nav"><a href="/">首页</a></td></tr>
      <tr><td class="zw">${PARAS.join('<br><br>')}</td></tr></table>`);
    expect(detectArticle(page, URL).isArticle).toBe(true);
    expect(extractArticle(page, URL)?.root.getAttribute('class')).toBe('zw');
  });

  it('rejects a portal section whose blurbs together are long', () => {
    const items = PARAS.concat(PARAS)
      .map((p, i) => `<div class="item"><h3><a href="/a/${i}.html">第${i + 1}条要闻标题在这里</a></h3><p>${p.slice(0, 60)}……<a href="/a/${i}.html">[详细]</a></p><span>2024-03-1${i}</span></div>`)
      .join('');
    const d = detectArticle(doc(`<div class="content">${items}</div>`), URL);
    expect(d.isArticle).toBe(false);
    expect(d.reason).toMatch(/list-like|too little|link/);
  });

  it('rejects a link directory', () => {
    const links = Array.from({ length: 200 }, (_, i) => `<li><a href="/a/${i}.html">北岸区第${i}项民生工程顺利推进，群众满意</a></li>`).join('');
    const d = detectArticle(doc(`<div id="content"><ul>${links}</ul></div>`), URL);
    expect(d.isArticle).toBe(false);
  });

  it('rejects a video page with a blurb, accepts a video page with a full report', () => {
    const player = '<video src="/v.mp4" controls></video>';
    const blurb = doc(`${player}<div class="desc"><p>${PARAS[0]}</p><p>${PARAS[1]}</p></div><div class="info">发布时间：2024-03-12 来源：北岸区融媒体中心</div>`);
    expect(detectArticle(blurb, URL).isArticle).toBe(false);
    const report = doc(`${player}${article(PARAS.concat(PARAS))}`);
    expect(detectArticle(report, URL).isArticle).toBe(true);
  });
});

describe('site profiles', () => {
  const page = doc(article(PARAS));
  it('never lets a URL shape veto an article-shaped page: content decides, the reason says how the URL looked', () => {
    for (const url of ['http://www.myrb.net/html/list/3.html', 'http://www.myrb.net/content/2023-05/12/content_12345.htm', 'http://www.myrb.net/news/show-1234.html']) {
      const v = detectArticle(page, url);
      expect(v).toMatchObject({ isArticle: true, profile: 'myrb', decidedBy: 'content', urlAgrees: false });
      expect(v.reason).toMatch(/content decides/);
    }
    expect(detectArticle(page, 'http://www.myrb.net/html/2024/03/12/778.html')).toMatchObject({ isArticle: true, profile: 'myrb', urlAgrees: true });
  });
  it('a list page at an article-shaped URL is still no article', () => {
    const list = doc(Array.from({ length: 30 }, (_, i) => `<li><a href="/html/2024/03/${i + 1}/7${i}.html">绵阳市召开第${i + 1}次重点项目推进会议</a> 2024-03-${String(i + 1).padStart(2, '0')}</li>`).join(''));
    expect(detectArticle(list, 'http://www.myrb.net/html/2024/03/12/778.html').isArticle).toBe(false);
  });
  it('applies to subdomains and ignores query strings', () => {
    expect(detectArticle(page, 'http://m.myrb.net/html/2024/03/12/778.html?from=wx').profile).toBe('myrb');
    expect(detectArticle(page, 'http://m.myrb.net/html/2024/03/12/778.html?from=wx').isArticle).toBe(true);
  });
  it('accepts custom profiles', () => {
    const profiles = [{ id: 'demo', hosts: ['example.org'], articleUrl: /^\/story\/\d+$/, body: ['.text'] }];
    expect(detectArticle(page, 'http://news.example.org/story/12', profiles)).toMatchObject({ isArticle: true, profile: 'demo' });
    expect(detectArticle(page, 'http://news.example.org/tag/12', profiles)).toMatchObject({ isArticle: true, urlAgrees: false });
  });
  it('still needs a body on an article URL (a 404 there is no article)', () => {
    const notFound = doc('<h1>404</h1><p>您访问的页面不存在。</p>');
    expect(detectArticle(notFound, 'http://www.myrb.net/html/2024/03/12/778.html').isArticle).toBe(false);
  });
});

describe('detect.ts stays small', () => {
  it('bundles only the article detector modules (no converters, no dictionaries)', async () => {
    const out = await build({ entryPoints: ['lib/article/detect.ts'], bundle: true, write: false, metafile: true, format: 'esm', logLevel: 'silent' });
    const inputs = Object.keys(out.metafile.inputs).sort();
    expect(inputs).toEqual(['lib/article/body.ts', 'lib/article/detect.ts', 'lib/article/profiles.ts', 'lib/article/signals.ts', 'lib/article/text-stats.ts']);
  });
});
