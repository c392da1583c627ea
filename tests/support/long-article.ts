/**
 * Long articles for the linear-time checks and the benchmarks, in our own words: a mirror's
 * copy of a county news report (traditional script, pinyin after some characters, half-width
 * punctuation), so every stage has work to do. Paragraphs vary (names, companies, figures) as
 * a long report's do, so no paragraph is a copy of another; `recurring` keeps one official and
 * one company in every paragraph, as a long report about one visit does.
 */
const SURNAMES = '王李張劉陳楊黃趙吳周徐孫馬朱胡郭何高林羅鄭梁謝宋唐許韓馮鄧曹彭曾蕭田董袁潘蔣蔡余杜葉程蘇魏呂丁';
const GIVEN = ['建軍', '紅梅', '志強', '曉東', '國華', '麗', '明', '海濤', '文斌', '春燕', '新民', '秀英', '立平', '德勝'];
const TITLES = ['市委書記', '副市長', '縣委常委、宣傳部長', '區長', '鎮黨委書記', '市政協副主席', '縣人大常委會主任'];
const BRANDS = ['鴻達', '華宇', '鑫源', '恒瑞', '佳美', '新陽', '沃德', '金泰', '康盛', '榮海'];
const TRADES = ['新材料', '機械', '藥業', '食品', '電子科技', '紙業', '汽車零部件'];

/** Pinyin after a few common characters, as mirrors print it. */
const PINYIN: Record<string, string> = { 區: 'qū', 發: 'fā', 調: 'diào', 產: 'chǎn', 業: 'yè', 經: 'jīng', 濟: 'jì', 設: 'shè' };

function paragraph(i: number, recurring = false): string {
  const name = (k: number) => (recurring && k === 0 ? '王建軍' : SURNAMES[(i * 7 + k * 13) % SURNAMES.length] + GIVEN[(i * 5 + k) % GIVEN.length]);
  const company = recurring ? '華宇新材料有限公司' : `${BRANDS[i % BRANDS.length]}${TRADES[(i * 3) % TRADES.length]}有限公司`;
  const text =
    `${(i % 12) + 1}月${(i % 28) + 1}日,${TITLES[i % TITLES.length]}${name(0)}率隊到${company}調研第${i + 1}批產業項目建設情況,${name(1)}、${name(2)}陪同。` +
    `${name(0)}強調,要加快項目建設進度,確保全年產值增長${(i % 17) + 3}.${i % 10}%,推動區域經濟高質量發展。` +
    `他要求企業抓好安全生產,希望企業加大研發投入,做大做強。`;
  return text.replace(/[區發調產業經濟設]/g, (c) => `${c}(${PINYIN[c]})`);
}

/** The article's text: `paragraphs` paragraphs, one per line. */
export function longArticleText(paragraphs: number, recurring = false): string {
  return Array.from({ length: paragraphs }, (_, i) => paragraph(i, recurring)).join('\n');
}

/** An article page of `paragraphs` paragraphs in the Mianyang site's layout. */
export function benchArticle(paragraphs: number): string {
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>${paragraph(i)}</p>`).join('\n');
  return `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>全市重點項目建設推進情況 - 綿陽新聞網</title></head><body>
<div class="breadcrumb">當前位置：<a href="/">首頁</a> &gt; 正文</div>
<div class="article"><div class="article-title"><h1>全市重點項目建設推進情況</h1></div>
<div class="article-info"><span class="source">來源：綿陽日報</span> <span class="time">2024-03-01 08:00</span></div>
<div class="article-content">
${body}
</div></div></body></html>`;
}

/** Paragraphs needed for about `bytes` bytes of UTF-8 article text. */
export function paragraphsForBytes(bytes: number): number {
  return Math.ceil(bytes / Buffer.byteLength(paragraph(1)));
}
