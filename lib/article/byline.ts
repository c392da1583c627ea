/**
 * Source, reporter and editor from a page's byline text. Pinyin annotations are removed
 * first so `記(jì)者` still reads as 記者.
 */

/**
 * Words that start the next field of an info line. A name never contains one, and a source
 * ends where one begins followed by its colon or bracket (来源：日报作者：某某, 评论(36)).
 */
const FIELD_WORDS =
  '作者|发布|發布|發佈|时间|時間|日期|字体|字體|字号|字號|评论|評論|点击|點擊|浏览|瀏覽|阅读|閱讀|责任|責任|编辑|編輯|责编|責編|审核|審核|来源|來源|分享|收藏|点赞|點讚|打印';
const NEXT_FIELD = new RegExp(`(?:${FIELD_WORDS})[\\u4e00-\\u9fff]{0,2}\\s*[:：(（【\\[]`);
const NAME = `(?:(?!${FIELD_WORDS})[\\u4e00-\\u9fff·]){2,4}`;
/** Several names; a word followed by a colon is the next label (字号：), not a name. */
const NAMES = `${NAME}(?:[ 　、,，]+${NAME}(?![\\u4e00-\\u9fff]*[:：]))*`;

export function stripPinyin(s: string): string {
  return s.replace(/([\u4e00-\u9fff])\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}\d?\)/g, '$1');
}

const SOURCE = /(?:来源|來源|稿源|出处|出處)\s*[:：]\s*([^\s|｜,，。;；)）\]]{2,30})/;
const EDITOR = new RegExp(`(?:责任编辑|責任編輯|责编|責編|编辑|編輯)\\s*[:：]\\s*(${NAMES})`);
/** A reporter credit in parentheses: （绵阳日报社融媒体记者 刘鑫 安达福/文 赖杰/图）. */
const REPORTER_PAREN = /[(（][^()（）]{0,20}?(?:记者|記者)\s*[:：]?\s*([^()（）]{2,40})[)）]/;
const REPORTER_LABEL = new RegExp(`(?:记者|記者)\\s*[:：]\\s*(${NAMES})(?![\\u4e00-\\u9fff])`);
const REPORTER_LEAD = new RegExp(`^[^\\n]{0,12}?(?:记者|記者)\\s*(${NAMES})(?=\\s|[)）]|$)`, 'm');
const AUTHOR = new RegExp(`(?:作者|撰稿)\\s*[:：]\\s*(${NAMES})(?![\\u4e00-\\u9fff])`);
/** Bylines that name an office, not a person (作者：局办公室, 来稿：区融媒体中心). */
const ORGANISATION = /(?:办公室|辦公室|中心|编辑部|編輯部|部|局|委|室|网|網|社|台|站|报|報|组|組)$/;

export function findSource(text: string): string | null {
  const m = SOURCE.exec(stripPinyin(text));
  if (!m) return null;
  // Glued fields (来源：日报作者：某某): the source stops at the next label.
  const next = NEXT_FIELD.exec(m[1]);
  const src = (next ? m[1].slice(0, next.index) : m[1]).replace(/[【\[(（:：]+$/, '');
  return src.length >= 2 ? src : null;
}

export function findEditor(text: string): string | null {
  const m = EDITOR.exec(stripPinyin(text));
  return m ? m[1].trim() : null;
}

function cleanNames(s: string): string | null {
  // "王一 李二/文 赵三/图", "王一 通讯员 何川" → the reporters, before the first other role.
  const names = s
    .split(/[/／]|\s*(?:摄影|攝影|摄|攝|报道|報道|通讯员|通訊員|实习生|實習生)/)[0]
    .replace(/[\s　、,，]+/g, ' ')
    .trim();
  return new RegExp(`^${NAMES}$`).test(names) && !ORGANISATION.test(names) ? names : null;
}

/** Reporter(s): labelled, in a parenthesised credit, or leading a byline line; 作者 as a fallback. */
export function findReporter(text: string): string | null {
  const t = stripPinyin(text);
  const labelled = REPORTER_LABEL.exec(t);
  if (labelled) return cleanNames(labelled[1]);
  const paren = REPORTER_PAREN.exec(t);
  if (paren) {
    const n = cleanNames(paren[1]);
    if (n) return n;
  }
  const lead = REPORTER_LEAD.exec(t);
  if (lead) return cleanNames(lead[1]);
  const author = AUTHOR.exec(t);
  return author ? cleanNames(author[1]) : null;
}
