/**
 * Whole lines that are page furniture, not article: captcha prompts, navigation crumbs,
 * bare URLs, markdown link bars, share bars and the boilerplate content farms prepend.
 * Lines are judged on a normalised form (simplified script, pinyin glosses and blanks
 * dropped) so traditional and pinyin-injected pages match the same inventory.
 */
import chrome from '../../assets/repair/page-chrome.json';
import { applyEdits } from '../edits';
import type { Edit, StepResult } from '../types';
import { isAsciiLetter, isBlank, isDigit, isHan } from './chars';
import { forEachLine, pushLineRemoval } from './line-removal';
import { metaBarStart } from './meta-bar';
import { toSimplifiedChar } from './pinyin-data';

/** Junk lines are short: an article paragraph mentioning these words is never removed. */
const MAX_JUNK_LINE = 40;
/** Previous/next links carry another article's headline (or two). */
const MAX_NAV_LINE = 120;
/** Footers carry an office's name, a record number and a code. */
const MAX_FOOTER_LINE = 80;

/** Longer lines are article text whatever they contain (and are not worth normalising). */
const MAX_LINK_BAR = 1000;

const CAPTCHA = chrome.captcha;
const NAVIGATION = chrome.navigation;
const NAV_PREFIXES = chrome.navigationPrefixes;
const SHARE_PREFIXES = chrome.sharePrefixes;
const SHARE_TARGETS = chrome.shareTargets;
const BOILERPLATE = chrome.boilerplate;
/** Headers of link lists appended under an article; junk only as a whole line. */
const LIST_HEADERS = chrome.listHeaders;
/** Copyright and takedown notices: junk when a line starts with them, even a long one. */
const NOTICE_PREFIXES = chrome.noticePrefixes;
const MAX_NOTICE_LINE = 160;
/** Share prompts: junk when a short line starts with them (not when a sentence mentions them). */
const PROMPT_PREFIXES = chrome.promptPrefixes;
/** Words of print/close/share toolbars and page modes, longest first; a line of only these
 * (and separators, counts) is furniture. */
const TOOLBAR_WORDS = [...chrome.toolbarWords].sort((a, b) => b.length - a.length);
const SEPARATORS = '|｜/·、,，:：【】[]()（）<>《》-—•┊▼';
const FOOTER_MARKS = chrome.footerMarks;
const LINK_LABELS = chrome.linkLabels;
const TAG_LABELS = chrome.tagLabels;

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

/**
 * A line made only of toolbar words, separators and counts (`打印 | 关闭`, `赞(0) 收藏 打赏`,
 * `长者浏览模式 无障碍`), with at least `minWords` words of two characters or more.
 */
export function isToolbar(n: string, minWords = 2): boolean {
  let words = 0;
  let i = 0;
  while (i < n.length) {
    const w = TOOLBAR_WORDS.find((x) => n.startsWith(x, i));
    if (w) {
      if (w.length > 1) words++;
      i += w.length;
    } else if (SEPARATORS.includes(n[i]) || isDigit(n[i])) i++;
    else return false;
  }
  return words >= minWords;
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

/** `首页 | 国内 | 地方 | 财经`: a menu of short names between bars. */
function isMenuBar(line: string): boolean {
  // `首页　博文目录　图片　关于我`: set apart by blanks only when it opens on 首页 (a byline of
  // names is set apart the same way).
  const byBlanks = /^\s*首页[\s\u3000]/.test(line);
  const items = line.split(byBlanks ? /[|｜\s\u3000]+/ : /[|｜]/).map((x) => normaliseLine(x)).filter((x) => x.length > 0);
  if (items.length < 3 || (!byBlanks && items.length < line.split(/[|｜]/).length - 2)) return false;
  if (!items.every((x) => x.length <= 6 && isHan(x[0]) && ![...x].some(isDigit))) return false;
  return items.length >= 4 || items[0] === '首页';
}

/** `某某网 › 论坛 › 本地新闻 › 查看内容`: a trail of short names between arrows. */
function isBreadcrumb(n: string): boolean {
  const items = n.split(/[>›»＞]/);
  return items.length >= 3 && items.every((x) => x.length > 0 && x.length <= 12 && ![...x].some(isDigit));
}

/** Characters a rule line repeats, and how many make a rule (dots and ellipses need more:
 * `……` alone marks an omission). */
const RULE_CHARS: Record<string, number> = { '*': 3, '＊': 3, '-': 3, '－': 3, '=': 3, '＝': 3, _: 3, '~': 3, '～': 3, '─': 3, '━': 3, '#': 3, '—': 6, '.': 6, '·': 6, '…': 4, '。': 6 };

/** A line of one repeated rule character (blanks between allowed): `*****`, `- - -`, `………`. */
export function isRuleLine(line: string): boolean {
  let rule = '';
  let count = 0;
  for (const c of line) {
    if (isBlank(c) || c === '\r') continue;
    if (rule === '') rule = c;
    else if (c !== rule) return false;
    count++;
  }
  return count > 0 && count >= (RULE_CHARS[rule] ?? Infinity);
}

/** A lone `|` (or several): what is left of a table cell border. */
function isBarOnly(line: string): boolean {
  let bars = 0;
  for (const c of line) {
    if (c === '|' || c === '｜') bars++;
    else if (!isBlank(c) && c !== '\r') return false;
  }
  return bars > 0;
}

/** `本文链接：https://…`: the page's own address. */
function isLinkLine(n: string): boolean {
  const label = LINK_LABELS.find((l) => n.startsWith(l));
  if (!label) return false;
  let rest = n.slice(label.length);
  if (rest[0] === '：' || rest[0] === ':') rest = rest.slice(1);
  return isUrlOnly(rest);
}

/** `标签：乡村振兴 地方新闻`: the page's tags. */
function isTagLine(n: string): boolean {
  return TAG_LABELS.some((l) => n.startsWith(l + '：') || n.startsWith(l + ':'));
}

/** `德清县人民政府欢迎您！ 今天是2024-07-09`: a portal's greeting with today's date. */
function isDateBanner(n: string): boolean {
  const at = n.indexOf(chrome.dateBanner);
  return at >= 0 && isDigit(n[at + chrome.dateBanner.length]);
}

/** Why a line is junk, or null when it is article text. */
export function junkLineReason(line: string): string | null {
  if (line.length > MAX_LINK_BAR) return null;
  if (isLinkBar(line)) return 'links';
  const n = normaliseLine(line);
  if (n.length === 0) return null;
  if (isUrlOnly(n)) return 'url';
  if (n.length <= MAX_NOTICE_LINE && NOTICE_PREFIXES.some((p) => n.startsWith(p))) return 'boilerplate';
  if (isRuleLine(line)) return 'rule';
  if (isBarOnly(line)) return 'table';
  // Headlines of other articles carry no 。; a line that does holds prose glued to the furniture.
  if (n.length <= MAX_NAV_LINE && NAV_PREFIXES.some((w) => n.startsWith(w)) && !n.includes('。')) return 'navigation';
  if (n.length <= MAX_NOTICE_LINE && isLinkLine(n)) return 'url';
  if (n.length <= MAX_FOOTER_LINE && FOOTER_MARKS.some((w) => n.includes(w))) return 'footer';
  if (metaBarStart(line.trim()) === 0) return 'metadata';
  if (isMenuBar(line)) return 'navigation';
  if (n.length > MAX_JUNK_LINE) return null;
  if (isDateBanner(n)) return 'boilerplate';
  if (isTagLine(n)) return 'tags';
  if (isBreadcrumb(n)) return 'navigation';
  if (isListHeader(n)) return 'navigation';
  if (PROMPT_PREFIXES.some((p) => n.startsWith(p))) return 'share';
  if (isToolbar(n, 1)) return 'navigation';
  if (CAPTCHA.some((w) => n.includes(w))) return 'captcha';
  // A sentence that ends as one (…的方式取下一页。) is prose that mentions a page, not a pager.
  if (!'。！？!?'.includes(n[n.length - 1]) && NAVIGATION.some((w) => n.includes(w))) return 'navigation';
  if (isShareBar(n)) return 'share';
  if (BOILERPLATE.some((w) => n.includes(w))) return 'boilerplate';
  return null;
}

/** `参考资料：`: a short label line that a list of the article's own follows. */
function isListLabel(n: string): boolean {
  return n.length <= MAX_LIST_LABEL && (n.endsWith('：') || n.endsWith(':'));
}
const MAX_LIST_LABEL = 12;

/** Longest site name read as a banner line. */
const MAX_SITE_NAME = 10;

/** `城事头条网`, `山野闲云的博客`: a short line that names a site. */
function isSiteName(n: string): boolean {
  return n.length >= 3 && n.length <= MAX_SITE_NAME && chrome.siteNameEnds.some((e) => n.endsWith(e)) && ![...n].some((c) => isDigit(c) || '，。：:！？'.includes(c));
}

/** `主办：某某办公室 承办：某某中心`: a footer only next to other furniture (an event notice
 * may name its organisers the same way). */
function isWeakFooter(n: string): boolean {
  return n.length <= MAX_FOOTER_LINE && chrome.footerPairs.some(([a, b]) => n.startsWith(a) && n.includes(b));
}

/** Labels that open an article's own lines (source, editor, attachment …): never a link. */
const OWN_LINE_LABELS = ['来源', '编辑', '责任编辑', '作者', '记者', '通讯员', '附件', '审核', '校对', '摄影', '文/', '图/'];

/** A headline in a link list: short, no sentence end, not one of the article's own lines. */
function isListedHeadline(n: string): boolean {
  if (n.length === 0 || n.length > MAX_JUNK_LINE) return false;
  if ('。！？!?；;'.includes(n[n.length - 1])) return false;
  return !OWN_LINE_LABELS.some((l) => n.startsWith(l));
}

/** Most lines a site banner above the top menu may take. */
const MAX_BANNER_LINES = 2;

interface LineInfo {
  start: number;
  end: number;
  n: string;
  junk: boolean;
}

export function dropJunkLines(text: string): StepResult {
  const lines: LineInfo[] = [];
  forEachLine(text, (start, end) => {
    const line = text.slice(start, end);
    const long = line.length > MAX_LINK_BAR;
    lines.push({ start, end, n: long ? '' : normaliseLine(line), junk: !long && junkLineReason(line) !== null });
  });
  const content = lines.filter((l) => l.n.length > 0);
  content.forEach((l, k) => {
    // A weak footer line goes with the furniture next to it.
    if (!l.junk && isWeakFooter(l.n) && (content[k - 1]?.junk || content[k + 1]?.junk)) l.junk = true;
    // A bare address under the article's own reference to one (参考：https://…) or under a
    // label (参考资料：) is in a list of references: a fact the author gave, not the page's address.
    const prev = content[k - 1];
    if (l.junk && prev && !prev.junk && (prev.n.includes('://') || isListLabel(prev.n)) && isUrlOnly(l.n)) l.junk = false;
  });
  // Headlines listed under 相关阅读 and the like, when the list closes the page: everything
  // after the header is furniture or such a headline (a header inside the article does not
  // take the article's short lines with it).
  let tail = content.length;
  while (tail > 0 && (content[tail - 1].junk || isListedHeadline(content[tail - 1].n))) tail--;
  for (let k = Math.max(tail - 1, 0); k < content.length; k++) {
    if (!isListHeader(content[k].n)) continue;
    for (let j = k + 1; j < content.length; j++) content[j].junk = true;
    break;
  }
  // The site's name alone above the headline (城事头条网): the first line, short, no sentence.
  if (content.length > 2 && !content[0].junk && isSiteName(content[0].n)) content[0].junk = true;
  // A site banner: the short lines above the page's top menu.
  const menu = content.findIndex((l, k) => k <= MAX_BANNER_LINES && l.junk && isMenuBar(text.slice(l.start, l.end)));
  for (let k = 0; k < menu; k++) if (isListedHeadline(content[k].n)) content[k].junk = true;

  const edits: Edit[] = [];
  for (const l of lines) if (l.junk) pushLineRemoval(edits, text, l.start, l.end, 'junk');
  return { text: applyEdits(text, edits), edits };
}
