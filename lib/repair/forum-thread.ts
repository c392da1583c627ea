/**
 * A forum thread page copied whole (Discuz! and the boards built like it): site header, thread
 * title `标题 [复制链接]`, the author's profile block, `发表于 … | 显示全部楼层 |阅读模式`, the post,
 * its action links (`回复 举报`), reply floors (user, `发表于 …`, 沙发/板凳/N#, a line of reply,
 * `回复 支持 反对`), the reply box and the board's footer. The article is the title and the first
 * post; the rest is the board's interface. A page is read as a thread only when it shows the
 * board's structure twice over (a post header and another interface mark), and what is
 * removed is what the structure places there: a reply line that carries a figure is kept.
 */
import chrome from '../../assets/repair/page-chrome.json';
import { applyEdits } from '../edits';
import type { Edit, StepResult } from '../types';
import { isDigit } from './chars';
import { normaliseLine } from './junk-lines';
import { forEachLine, pushLineRemoval } from './line-removal';

const F = chrome.forum;
const WORDS = [...F.interfaceWords].sort((a, b) => b.length - a.length);
const EDITOR_WORDS = [...F.editorWords].sort((a, b) => b.length - a.length);
const SEPARATORS = '|｜/·、,，:：>›»-()（）[]【】.';
/** A user name or a floor label: a short line. */
const MAX_NAME_LINE = 24;
/** A reply line removed with its floor: short, and no figure in it. */
const MAX_REPLY_LINE = 50;

/** `发表于 2023-7-22 14:09 | 显示全部楼层`: the line that opens a post. */
function isPostHeader(n: string): boolean {
  const at = n.indexOf(F.postHeader);
  return at >= 0 && at <= 12 && n.length <= 80 && isDigit(n[at + F.postHeader.length]);
}

/** Whether `n` is made of `words`, separators and figures only, with at least `min` words. */
function madeOf(n: string, words: readonly string[], min: number): boolean {
  let count = 0;
  let i = 0;
  while (i < n.length) {
    const w = words.find((x) => n.startsWith(x, i));
    if (w) {
      count++;
      i += w.length;
    } else if (SEPARATORS.includes(n[i]) || isDigit(n[i])) i++;
    else return false;
  }
  return count >= min;
}

/** A line of the board's interface: buttons, counts, the profile's labels, the footer. */
function isInterface(n: string): boolean {
  if (n.length === 0) return false;
  if (madeOf(n, WORDS, 1) || madeOf(n, EDITOR_WORDS, 3)) return true;
  if (n.startsWith(F.editNote[0]) && n.includes(F.editNote[1])) return true;
  if (/^\d+#$|^#\d+$|^\d+楼$/.test(n)) return true;
  return F.footerMarks.some((m) => n.includes(m));
}

interface ThreadLine {
  start: number;
  end: number;
  n: string;
}

export function keepForumPost(text: string): StepResult {
  const lines: ThreadLine[] = [];
  forEachLine(text, (start, end) => {
    const raw = text.slice(start, end);
    lines.push({ start, end, n: raw.length > 400 ? '' : normaliseLine(raw) });
  });
  const headers: number[] = [];
  lines.forEach((l, k) => {
    if (isPostHeader(l.n)) headers.push(k);
  });
  if (headers.length === 0) return { text, edits: [] };
  const marks = F.markers.filter((m) => lines.some((l) => l.n.includes(m))).length;
  if (marks < 1) return { text, edits: [] };

  const drop = new Uint8Array(lines.length);
  const main = headers[0];
  // Before the first post: the board's header and the author's profile. The title line
  // (`标题 [复制链接]`) stays; without it only interface lines are known to go.
  let title = -1;
  for (let k = main - 1; k >= 0 && title < 0; k--) if (lines[k].n.endsWith(F.titleButton)) title = k;
  for (let k = 0; k < main; k++) {
    if (k === title) continue;
    if (title >= 0 || isInterface(lines[k].n)) drop[k] = 1;
  }
  drop[main] = 1;
  // The post runs to its action links or the next header.
  let k = main + 1;
  while (k < lines.length && lines[k].n.startsWith(F.editNote[0])) drop[k++] = 1;
  while (k < lines.length && !isPostHeader(lines[k].n) && !isInterface(lines[k].n)) k++;
  // The rest: replies and the board's interface.
  let inFloor = false;
  for (; k < lines.length; k++) {
    const n = lines[k].n;
    if (n.length === 0) continue;
    let next = k + 1;
    while (next < lines.length && lines[next].n.length === 0) next++;
    if (isPostHeader(n)) {
      drop[k] = 1;
      inFloor = true;
    } else if (isInterface(n) || (F.floorLabels.includes(n) && inFloor)) drop[k] = 1;
    else if (next < lines.length && isPostHeader(lines[next].n) && n.length <= MAX_NAME_LINE) drop[k] = 1; // the replier's name
    else if (inFloor && n.length <= MAX_REPLY_LINE && ![...n].some(isDigit)) drop[k] = 1;
  }
  const edits: Edit[] = [];
  lines.forEach((l, i) => {
    if (drop[i]) pushLineRemoval(edits, text, l.start, l.end, 'junk');
  });
  return edits.length ? { text: applyEdits(text, edits), edits } : { text, edits };
}
