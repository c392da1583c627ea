/**
 * Detection and metadata on layouts found in the wild (pages written for these tests): a
 * body that is entirely GBK shown as windows-1252, dates only in machine-readable places,
 * a headline only `<title>` repeats before a hyphen, an info line after a <style> block.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectArticle, extractArticle } from '../../lib/article';
import { machineDate } from '../../lib/article/dates';
import { readPage, enrichPage } from '../../lib/page';
import { gbkShownAsCp1252 } from '../support/legacy-encode';

const doc = (head: string, body: string): Document =>
  parseHTML(`<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`).document as unknown as Document;

const PARAS = [
  '5月8日，南溪县召开春耕生产推进会，通报全县小麦、油菜长势和水稻育秧进度，安排部署下一阶段春耕备耕工作。',
  '今年全县计划种植水稻十二万亩，目前已落实集中育秧点四十六个，备足种子和化肥，农机具检修率达到百分之九十五。',
  '会议要求，各乡镇要抢抓农时，组织技术人员深入田间地头开展指导，确保春耕生产不误农时、不留空档。',
  '县农业农村局负责人介绍，今年还将推广水稻机插秧和无人机飞防技术，带动农户节本增效，推动粮食生产稳中有增。',
];
describe('pages whose whole body is mojibake', () => {
  const title = '南溪县部署春耕生产工作';
  const page = doc(
    `<title>${gbkShownAsCp1252(title)} | Notes</title><meta property="article:published_time" content="2024-05-08T17:30:00.000Z">`,
    `<header class="header"><h1 class="site-title">Notes</h1></header><article><h1 class="post-title">${gbkShownAsCp1252(title)}</h1>` +
      `<div class="post-body">${PARAS.map((p) => `<p>${gbkShownAsCp1252(p)}</p>`).join('')}</div></article>`,
  );

  it('is detected as an article though it holds no Han character', () => {
    expect(page.body.textContent).not.toMatch(/[\u4e00-\u9fff]/);
    expect(detectArticle(page, 'http://blog.example.com/2024/05/08/spring/').isArticle).toBe(true);
  });

  it('reads back as the article: headline and body repaired, date in Beijing time', () => {
    const read = readPage(page, 'http://blog.example.com/posts/spring-planting/');
    const out = enrichPage(read.texts, { target: 'zh-CN' });
    expect(out.meta.title).toBe(title);
    expect(out.body.text).toContain(PARAS[2]);
    expect(read.extracted?.date).toBe('2024-05-09 01:30');
  });
});

describe('dates only machines read', () => {
  it('reads ISO dates with a zone in Beijing time', () => {
    expect(machineDate('2022-06-18T02:12:00.000Z')).toBe('2022-06-18 10:12');
    expect(machineDate('2022-06-18T20:00:00Z')).toBe('2022-06-19 04:00');
    expect(machineDate('2023-11-14T09:05:00+08:00')).toBe('2023-11-14 09:05');
    expect(machineDate('2023-11-14')).toBe('2023-11-14');
  });

  it('finds datePublished in JSON-LD when nothing else dates the page', () => {
    const page = doc(
      `<title>x</title><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-14T09:05:00+08:00"}</script>`,
      `<div class="m-art"><h1>南溪县部署春耕生产工作</h1><div class="txt">${PARAS.map((p) => `<p>${p}</p>`).join('')}</div></div>`,
    );
    expect(extractArticle(page, 'http://m.example.com/wap/article.php?id=8812')?.date).toBe('2023-11-14 09:05');
  });
});

describe('headlines and info lines in old CMS layouts', () => {
  it('takes the element that shows the part of <title> before a hyphen', () => {
    const page = doc(
      '<title>南溪县部署春耕生产工作-南溪新闻网</title>',
      `<div id="top"><a href="/">南溪新闻网</a></div><div id="main"><div class="tt">南溪县部署春耕生产工作</div>` +
        `<div class="ly">2024-05-08 08:40　来源：南溪日报</div><div id="nr">${PARAS.map((p) => `<p>${p}</p>`).join('')}</div></div>` +
        '<div id="bottom">Copyright 南溪新闻网</div>',
    );
    const a = extractArticle(page, 'http://www.example.org/news/2024/0508/1.html');
    expect(a?.title).toBe('南溪县部署春耕生产工作');
    expect(a?.source).toBe('南溪日报');
  });

  it('reads the info line even when a <style> block sits between it and the text', () => {
    const css = '.TRS_Editor P{margin-top:0px;line-height:1.8;font-family:宋体;font-size:12pt;}'.repeat(12);
    const page = doc(
      '<title>南溪县部署春耕生产工作_南溪县人民政府</title>',
      `<div class="box"><div class="title"><h2>南溪县部署春耕生产工作</h2></div>` +
        `<div class="info"><span>发布时间：2024-05-08 16:30</span><span>来源：县农业农村局</span><span>【字体：大 中 小】</span></div>` +
        `<div id="zoom"><div class="TRS_Editor"><style>${css}</style><div class="Custom_UnionStyle">${PARAS.map((p) => `<p>${p}</p>`).join('')}</div></div></div></div>`,
    );
    const a = extractArticle(page, 'http://www.example.gov.cn/zwgk/202405/t20240508_1.html');
    expect(a?.source).toBe('县农业农村局');
    expect(a?.date).toBe('2024-05-08 16:30');
  });
});
