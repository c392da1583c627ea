/**
 * Page furniture glued to an article line by the copy: a metadata bar after the headline
 * (`标题 发布时间：… 浏览次数：2822 【字体：大 中 小】【打印】【关闭】`), bracketed toolbar buttons
 * at a line's start or end (`【纠错】 责任编辑：…`, `2024年1月5日【打印本页】【关闭窗口】`,
 * `标题 [复制链接]`), a navigation link after the line's text (`编辑：王芳 返回首页>>`), a breadcrumb trail before the first paragraph (`当前位置：首页>乡村振兴>正文走进…`).
 * The line's own text stays; a line that is nothing but furniture is left whole for
 * junk-lines.ts to judge.
 */
import chrome from '../../assets/repair/page-chrome.json';
import { applyEdits } from '../edits';
import type { Edit, StepResult } from '../types';
import { isBlank } from './chars';
import { isToolbar, normaliseLine } from './junk-lines';
import { forEachLine } from './line-removal';
import { metaBarStart } from './meta-bar';

const OPENERS: Record<string, string> = { '【': '】', '[': ']', '［': '］' };
/** Longest bracketed button read (`【字体：大 中 小】`). */
const MAX_BUTTON = 16;

/** End of a bracketed toolbar button opening at `i`, or -1. */
function buttonEnd(line: string, i: number): number {
  const close = OPENERS[line[i]];
  if (!close) return -1;
  const end = line.indexOf(close, i + 1);
  if (end < 0 || end - i > MAX_BUTTON) return -1;
  return isToolbar(normaliseLine(line.slice(i + 1, end)), 1) ? end + 1 : -1;
}

/** Start of the buttons (and blanks) ending the line, or line.length. */
function trailingButtons(line: string): number {
  let from = line.length;
  for (;;) {
    let k = from;
    while (k > 0 && isBlank(line[k - 1])) k--;
    const close = line[k - 1];
    const open = close === '】' ? '【' : close === ']' ? '[' : close === '］' ? '［' : '';
    if (!open) return from;
    const start = line.lastIndexOf(open, k - 1);
    if (start < 0 || buttonEnd(line, start) !== k) return from;
    from = start;
  }
}

/** End of the buttons (and blanks) opening the line, or 0. */
function leadingButtons(line: string): number {
  let to = 0;
  for (;;) {
    let k = to;
    while (k < line.length && isBlank(line[k])) k++;
    const end = buttonEnd(line, k);
    if (end < 0) return to;
    to = end;
  }
}

const TRAIL_SEPARATORS = '>›»＞';
/** Longest item of a trail (a section name). */
const MAX_TRAIL_ITEM = 12;
/** Prose after a trail: at least this many characters, with a sentence end. */
const MIN_PROSE = 20;

/**
 * End of a breadcrumb trail glued to the prose after it (`当前位置：首页>乡村振兴>正文走进…`), or 0.
 * The trail ends after its last separator, and after a closing word (正文, 详情) when one
 * follows; where it cannot tell, the section name stays with the prose (nothing is lost).
 */
function leadingTrail(line: string): number {
  const opener = chrome.breadcrumbOpeners.find((w) => line.startsWith(w));
  if (!opener) return 0;
  let last = -1;
  let itemStart = opener.length;
  for (let k = opener.length; k < line.length; k++) {
    if (!TRAIL_SEPARATORS.includes(line[k])) continue;
    if (k - itemStart > MAX_TRAIL_ITEM + 1) break;
    last = k;
    itemStart = k + 1;
  }
  if (last < 0) return 0;
  let end = last + 1;
  while (end < line.length && isBlank(line[end])) end++;
  const close = chrome.breadcrumbEnds.find((w) => line.startsWith(w, end));
  if (close) end += close.length;
  const prose = line.slice(end);
  return prose.length >= MIN_PROSE && /[。！？]/.test(prose) ? end : 0;
}

/** Arrows a navigation link ends with (`返回首页>>`). */
const NAV_ARROWS = '>»›＞';

/**
 * Start of a navigation link ending the line after a blank (`编辑：王芳 返回首页>>`), or
 * line.length: the line before it is the article's own.
 */
function trailingNavigation(line: string): number {
  let k = line.length;
  while (k > 0 && (isBlank(line[k - 1]) || NAV_ARROWS.includes(line[k - 1]))) k--;
  const word = chrome.navigation.find((w) => line.startsWith(w, k - w.length));
  if (!word) return line.length;
  const start = k - word.length;
  return start > 0 && isBlank(line[start - 1]) ? start : line.length;
}

/** Whether anything but blanks is left in line[from, to). */
const hasText = (line: string, from: number, to: number) => {
  for (let k = from; k < to; k++) if (!isBlank(line[k])) return true;
  return false;
};

/** Lines from the top in which a headline may carry the site's segments. */
const HEADLINE_LINES = 3;
const MAX_SEGMENT = 10;
const MIN_HEADLINE = 8;

/**
 * Start of the `_栏目_站名` segments a content farm appends to a headline (…推进会_湖州资讯_城事头条网),
 * or line.length: each short, the last one a site's name.
 */
function siteSegments(line: string): number {
  const parts = line.split('_');
  if (parts.length < 2 || parts.length > 4 || parts[0].trim().length < MIN_HEADLINE) return line.length;
  const tail = parts.slice(1);
  if (tail.some((p) => p.trim().length === 0 || p.length > MAX_SEGMENT || /[，。：！？\d]/.test(p))) return line.length;
  if (!chrome.siteNameEnds.some((e) => tail[tail.length - 1].trim().endsWith(e))) return line.length;
  return parts[0].length;
}

export function stripGluedChrome(text: string): StepResult {
  const edits: Edit[] = [];
  let lineNo = 0;
  forEachLine(text, (start, end) => {
    const line = text.slice(start, end);
    let tail = Math.min(trailingButtons(line), trailingNavigation(line), lineNo++ < HEADLINE_LINES ? siteSegments(line) : line.length);
    const bar = metaBarStart(line.slice(0, tail));
    if (bar > 0 && hasText(line, 0, bar)) tail = bar;
    if (tail < line.length) while (tail > 0 && isBlank(line[tail - 1])) tail--;
    const head = leadingTrail(line) || leadingButtons(line.slice(0, tail));
    // A line of furniture only is a junk line (kept whole for junk-lines.ts).
    if (!hasText(line, head, tail)) return;
    let from = head;
    while (from < tail && isBlank(line[from])) from++;
    if (head > 0) edits.push({ kind: 'junk', start, end: start + from, replacement: '' });
    if (tail < line.length) edits.push({ kind: 'junk', start: start + tail, end, replacement: '' });
  });
  return edits.length ? { text: applyEdits(text, edits), edits } : { text, edits };
}
