/**
 * Whole lines that are page furniture, not article: captcha prompts, navigation crumbs,
 * bare URLs, markdown link bars, share bars and the boilerplate content farms prepend.
 * Lines are judged on a normalised form (simplified script, pinyin glosses and blanks
 * dropped) so traditional and pinyin-injected pages match the same inventory.
 */
import { applyEdits } from '../edits';
import type { Edit, StepResult } from '../types';
import { isAsciiLetter, isBlank } from './chars';
import { forEachLine, pushLineRemoval } from './line-removal';
import { toSimplifiedChar } from './pinyin-data';

/** Junk lines are short: an article paragraph mentioning these words is never removed. */
const MAX_JUNK_LINE = 40;

/** Longer lines are article text whatever they contain (and are not worth normalising). */
const MAX_LINK_BAR = 1000;

const CAPTCHA = ['验证码', '看不清换一张', '看不清楚换一张', '点击刷新'];
const NAVIGATION = ['返回首页', '返回顶部', '返回列表', '返回上一页', '返回目录', '打印本页', '关闭窗口', '【关闭】', '【打印】', '收藏本页', '【返回】', '[返回]', '设为首页', '加入收藏'];
const NAV_PREFIXES = ['上一篇', '下一篇', '上一条', '下一条', '当前位置', '您的位置', '你的位置', '您现在的位置', '当前位置：', '首页>', '首页»', '首页›'];
const SHARE_PREFIXES = ['分享到', '分享至', '分享：', '分享:', '一键分享'];
const SHARE_TARGETS = ['微信', '微博', '朋友圈', 'QQ空间', 'QQ', '新浪微博', '腾讯微博', '豆瓣', '人人网', '复制链接', '抖音', '今日头条'];
const BOILERPLATE = [
  '扫一扫在手机',
  '扫一扫分享',
  '扫码关注',
  '扫描二维码',
  '长按识别二维码',
  '长按二维码',
  '关注公众号',
  '点击关注',
  '点击蓝字',
  '点击上方',
  '下载客户端',
  '下载app',
  '如有侵权',
  '侵权请联系',
  '侵删',
  '本文来源于网络',
  '转载请注明',
  '字体：大中小',
  '字号：大中小',
  '【字体：',
  '【字号：',
  '更多精彩内容',
  '阅读原文',
  '点击查看原文',
  '本站所有文章',
];

/** Headers of link lists appended under an article; junk only as a whole line. */
const LIST_HEADERS = ['相关阅读', '相关新闻', '相关文章', '相关链接', '相关报道', '延伸阅读', '推荐阅读', '热点推荐', '热门文章', '猜你喜欢', '精彩推荐', '更多阅读'];
/** Copyright and takedown notices: junk when a line starts with them, even a long one. */
const NOTICE_PREFIXES = ['版权声明', '免责声明', '声明：本文', '声明:本文', '版权所有', 'copyright', '©', '(c)copyright'];
const MAX_NOTICE_LINE = 160;
/** Share prompts: junk when a short line starts with them (not when a sentence mentions them). */
const PROMPT_PREFIXES = ['扫一扫', '微信扫一扫', '手机扫一扫', '扫码', '扫描二维码', '长按'];
/** Words of print/close/share toolbars; a line of only these (and separators) is furniture. */
const TOOLBAR_WORDS = ['打印', '关闭', '收藏', '返回', '顶部', '纠错', '评论', '点赞', '转发', '分享', '字体', '字号', '复制', '链接', '本页', '窗口', '大', '中', '小'];
const SEPARATORS = '|｜/·、,，:：【】[]()（）<>《》-—•';

/** Line text for matching: simplified, lower-case, without blanks, `(pinyin)` glosses or `?`. */
export function normaliseLine(line: string): string {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (isBlank(c) || c === '\r' || c === '?') continue;
    if (c === '(') {
      // A gloss of Latin letters only: skip it.
      let j = i + 1;
      while (j < line.length && j - i < 10 && line[j] !== ')' && (isAsciiLetter(line[j]) || line.charCodeAt(j) >= 0xe0 && line.charCodeAt(j) < 0x2000)) j++;
      if (line[j] === ')' && j > i + 1) {
        i = j;
        continue;
      }
    }
    out += toSimplifiedChar(c).toLowerCase();
  }
  return out;
}

const URL_PREFIXES = ['http://', 'https://', 'ftp://', 'www.', '//'];

function isUrlOnly(n: string): boolean {
  let s = n;
  if (s.startsWith('<') && s.endsWith('>')) s = s.slice(1, -1);
  return s.length > 4 && URL_PREFIXES.some((p) => s.startsWith(p)) && !s.includes('<') && !s.includes(' ');
}

/** A line made only of markdown links `[text](target)` and separators. */
function isLinkBar(line: string): boolean {
  let i = 0;
  let links = 0;
  const t = line.trim();
  while (i < t.length) {
    const c = t[i];
    if (c === '[') {
      const close = t.indexOf(']', i + 1);
      if (close < 0 || t[close + 1] !== '(') return false;
      const end = t.indexOf(')', close + 2);
      if (end < 0) return false;
      links++;
      i = end + 1;
    } else if (isBlank(c) || '|｜/·>»›-—•'.includes(c)) i++;
    else return false;
  }
  return links > 0;
}

/** A line made only of toolbar words and separators, with at least two words (打印 | 关闭). */
function isToolbar(n: string): boolean {
  let words = 0;
  let i = 0;
  while (i < n.length) {
    const w = TOOLBAR_WORDS.find((x) => n.startsWith(x, i));
    if (w) {
      if (w.length > 1) words++;
      i += w.length;
    } else if (SEPARATORS.includes(n[i])) i++;
    else return false;
  }
  return words >= 2;
}

/** `相关阅读`, `相关新闻：` and the like, alone on their line. */
function isListHeader(n: string): boolean {
  let end = n.length;
  while (end > 0 && SEPARATORS.includes(n[end - 1])) end--;
  let start = 0;
  while (start < end && SEPARATORS.includes(n[start])) start++;
  return LIST_HEADERS.includes(n.slice(start, end));
}

function isShareBar(n: string): boolean {
  if (SHARE_PREFIXES.some((p) => n.startsWith(p))) return true;
  // Only share targets and separators.
  let rest = n;
  let targets = 0;
  while (rest.length > 0) {
    const t = SHARE_TARGETS.find((x) => rest.startsWith(x.toLowerCase()));
    if (t) {
      rest = rest.slice(t.length);
      targets++;
    } else if ('|｜/·、,，'.includes(rest[0])) rest = rest.slice(1);
    else return false;
  }
  return targets >= 2;
}

/** Why a line is junk, or null when it is article text. */
export function junkLineReason(line: string): string | null {
  if (line.length > MAX_LINK_BAR) return null;
  if (isLinkBar(line)) return 'links';
  const n = normaliseLine(line);
  if (n.length === 0) return null;
  if (isUrlOnly(n)) return 'url';
  if (n.length <= MAX_NOTICE_LINE && NOTICE_PREFIXES.some((p) => n.startsWith(p))) return 'boilerplate';
  if (n.length > MAX_JUNK_LINE) return null;
  if (isListHeader(n)) return 'navigation';
  if (PROMPT_PREFIXES.some((p) => n.startsWith(p))) return 'share';
  if (isToolbar(n)) return 'navigation';
  if (CAPTCHA.some((w) => n.includes(w))) return 'captcha';
  if (NAVIGATION.some((w) => n.includes(w))) return 'navigation';
  if (NAV_PREFIXES.some((w) => n.startsWith(w))) return 'navigation';
  if (isShareBar(n)) return 'share';
  if (BOILERPLATE.some((w) => n.includes(w))) return 'boilerplate';
  return null;
}

export function dropJunkLines(text: string): StepResult {
  const edits: Edit[] = [];
  forEachLine(text, (start, end) => {
    if (junkLineReason(text.slice(start, end))) pushLineRemoval(edits, text, start, end, 'junk');
  });
  return { text: applyEdits(text, edits), edits };
}
