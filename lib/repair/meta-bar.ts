/**
 * A page's metadata bar: `发布时间：2024-01-05 16:15 来源：县政府 浏览次数：2822 【字体：大 中 小】`,
 * `时间：… 人气：4105 作者：admin`, `体裁分类：… 浏览次数：128 字体：[大 中 小]`. It is page
 * furniture even where it names the article's own source or author: what marks it is a view
 * counter with its figure, or a font-size control — things no article writes. Alone on its
 * line it is a junk line; glued after a headline it is cut off (glued-chrome.ts).
 */
import chrome from '../../assets/repair/page-chrome.json';
import { isBlank, isDigit } from './chars';

/** Labels longest first, so 浏览次数 is read before 阅读 or 时间 inside 发布时间. */
const LABELS = [...chrome.metaLabels].sort((a, b) => b.length - a.length);
const COUNTERS = new Set(chrome.counterLabels);
const FONTS = new Set(chrome.fontLabels);
/** Longest value a field may have (a date and time, an office's name). */
const MAX_VALUE = 32;
const MAX_BAR = 200;

const isColon = (c: string | undefined) => c === '：' || c === ':';
const FONT_SIZES = '大中小';

interface Field {
  start: number;
  label: string;
  valueStart: number;
}

/** The label that opens a field at `i` (a label, optional blanks, a colon), or null. */
function fieldAt(line: string, i: number): Field | null {
  for (const label of LABELS) {
    if (!line.startsWith(label, i)) continue;
    let k = i + label.length;
    while (isBlank(line[k])) k++;
    if (isColon(line[k])) return { start: i, label, valueStart: k + 1 };
  }
  return null;
}

/** `[大 中 小]`, `大 中 小】【打印】`: a value that opens with a font-size control. */
function isFontControl(value: string): boolean {
  let sizes = 0;
  for (const c of value) {
    if (FONT_SIZES.includes(c)) sizes++;
    else if (isBlank(c) || '[【'.includes(c)) continue;
    else break;
  }
  return sizes >= 2;
}

/** Whether a field's value marks the bar as furniture: a counter's figure, a font control. */
function isTelltale(f: Field, value: string): boolean {
  if (COUNTERS.has(f.label)) return isDigit(value[0]);
  if (FONTS.has(f.label)) return isFontControl(value);
  return false;
}

/**
 * Index where a metadata bar starts and runs to the end of `line`, or -1. The bar starts at
 * the line's start or after a blank; every value in it is short.
 */
export function metaBarStart(line: string): number {
  if (line.length > MAX_BAR * 4) return -1;
  const fields: Field[] = [];
  for (let i = 0; i < line.length; i++) {
    if (i > 0 && !isBlank(line[i - 1]) && !'【】[]|｜'.includes(line[i - 1])) continue;
    const f = fieldAt(line, i);
    if (f) {
      fields.push(f);
      i = f.valueStart - 1;
    }
  }
  // The bar is the longest tail of fields whose values are all short.
  let start = -1;
  let telltale = false;
  for (let k = fields.length - 1; k >= 0; k--) {
    const end = k + 1 < fields.length ? fields[k + 1].start : line.length;
    const value = line.slice(fields[k].valueStart, end).trim();
    if (value.length > MAX_VALUE || value.includes('。')) break;
    if (isTelltale(fields[k], value)) telltale = true;
    start = fields[k].start;
    // A field opened inside a bracket (`【字体：…】`) belongs with its bracket.
    if (line[start - 1] === '【' || line[start - 1] === '[') start--;
  }
  if (start < 0 || !telltale || line.length - start > MAX_BAR) return -1;
  return start;
}
