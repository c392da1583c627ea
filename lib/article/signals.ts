/**
 * Page furniture that only articles carry: a byline or a date line. Patterns accept
 * simplified and traditional forms and tolerate an injected pinyin annotation after any
 * character (`記(jì)者`), since we may run before the text is repaired.
 */

const PINYIN = '(?:\\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}\\d?\\))?';

/** Alternatives given as strings of characters; each character may be followed by pinyin. */
export function tolerant(words: readonly string[]): string {
  return words.map((w) => Array.from(w).map((ch) => (/[[\]()\\.*+?^$|{}]/.test(ch) ? `\\${ch}` : ch) + PINYIN).join('')).join('|');
}

const BYLINE = new RegExp(
  tolerant([
    '本报讯', '本報訊', '新闻网讯', '新聞網訊', '记者', '記者', '通讯员', '通訊員',
    '来源', '來源', '编辑', '編輯', '责编', '責編', '发布时间', '發布時間', '發佈時間', '作者',
  ]),
);
const DATE_LINE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/;

export function hasByline(text: string): boolean {
  return BYLINE.test(text);
}

export function hasDateLine(text: string): boolean {
  return DATE_LINE.test(text);
}
