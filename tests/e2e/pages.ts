/**
 * Pages built by the e2e tests themselves, in our own words (no seed text): an article in
 * the Mianyang site's layout whose body, attributes and page script each test chooses.
 */
export const TRADITIONAL_PARAGRAPHS = [
  '本報訊 3月1日，縣委書記周文濤前往開發區調研數字經濟發展情況，察看軟件園區和網絡安全企業。',
  '周文濤強調，要堅持創新驅動，加快推進產業數字化，為全縣經濟高質量發展提供有力支撐。',
  '在園區服務中心，周文濤詳細了解企業開辦、項目審批等情況，要求有關部門優化服務流程，提高辦事效率。',
  '他指出，各級各部門要主動靠前服務，幫助企業解決用地、用工等實際困難，營造良好營商環境。',
  '縣委常委、副縣長陳思遠參加調研。',
];

export const SIMPLIFIED_PARAGRAPHS = [
  '本报讯 3月1日，县委书记周文涛前往开发区调研数字经济发展情况，察看软件园区和网络安全企业。',
  '周文涛强调，要坚持创新驱动，加快推进产业数字化，为全县经济高质量发展提供有力支撑。',
  '在园区服务中心，周文涛详细了解企业开办、项目审批等情况，要求有关部门优化服务流程，提高办事效率。',
  '他指出，各级各部门要主动靠前服务，帮助企业解决用地、用工等实际困难，营造良好营商环境。',
  '县委常委、副县长陈思远参加调研。',
];

export interface ArticlePageOptions {
  title: string;
  paragraphs: string[];
  /** Extra HTML inside the article body (ours, trusted). */
  extraBody?: string;
  /** A page script (ours, trusted). */
  script?: string;
}

export function articlePage(o: ArticlePageOptions): string {
  return `<!doctype html>
<html lang="zh">
<head><meta charset="utf-8"><title>${o.title} - 绵阳新闻网</title></head>
<body>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; 正文</div>
<div class="article">
  <div class="article-title"><h1>${o.title}</h1></div>
  <div class="article-info"><span class="source">来源：绵阳日报</span> <span class="time">2024-03-01 08:00</span></div>
  <div class="article-content" id="body">
${o.paragraphs.map((p, i) => `    <p id="p${i}">${p}</p>`).join('\n')}
${o.extraBody ?? ''}
  </div>
</div>
<footer><p>绵阳新闻网 版权所有</p></footer>
${o.script ? `<script>${o.script}</script>` : ''}
</body>
</html>`;
}
