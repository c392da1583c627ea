/**
 * Half-width punctuation in Chinese running text → full-width (，？！：；（）).
 * Numbers (12:30, 1,000, 8.5), URLs and `code` are left alone; a mark is converted only when
 * a neighbour is Chinese, and a parenthesis pair only when it encloses or touches Chinese.
 */
import { applyEdits, chainSteps } from '../edits';
import type { Edit, StepResult } from '../types';
import { isAsciiLetter, isBlank, isCjkPunct, isDigit, isHan } from './chars';
import { collapseStackedMarks } from './stacked-marks';

const FULL_WIDTH: Record<string, string> = { ',': '，', '?': '？', '!': '！', ':': '：', ';': '；', '(': '（', ')': '）' };

const URL_STARTS = ['https://', 'http://', 'ftp://', 'www.'];

/** End of a URL starting at `i`, or -1 when none starts there. */
function urlEnd(text: string, i: number): number {
  let isUrl = URL_STARTS.some((p) => text.startsWith(p, i));
  // Protocol-relative links (`(//host/path)`) after an opening bracket or a blank.
  if (!isUrl && text.startsWith('//', i) && (i === 0 || text[i - 1] === '(' || text[i - 1] === '<' || isBlank(text[i - 1]))) {
    isUrl = isAsciiLetter(text[i + 2]) || isDigit(text[i + 2]);
  }
  if (!isUrl || isAsciiLetter(text[i - 1])) return -1;
  let j = i;
  while (j < text.length) {
    const c = text[j];
    if (c === '\n' || isBlank(c) || isHan(c) || isCjkPunct(c) || c === '<' || c === '>' || c === '"' || c === ')' || c === ']') break;
    j++;
  }
  return j;
}

/**
 * What a parenthesis holds when it is code, not prose: identifiers with underscores or
 * operators, a list of identifiers (user_id, status), placeholders (?, ?) — ASCII only.
 * GDP, PM2.5 or 5 in brackets are prose and still take full-width brackets.
 */
const CODE_IN_PARENS = /^\((?=[^()\n]*(?:[_=<>{}[\]*\/\\`$]|\?\s*,|[a-z]\w*\s*,\s*[a-z?]))[\x20-\x7e]{1,120}?\)/;

/** ASCII letters and figures in brackets glued to a Latin word or figure: `(E)`, `(x)`, `(2)`. */
const GLUED_PARENS = /^\([A-Za-z0-9.+-]{1,12}\)/;
const isAsciiAlnum = (c: string | undefined) => isAsciiLetter(c) || isDigit(c);

/** Marks of URLs, backtick code spans and code in parentheses, which keep their punctuation. */
function protectedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let eol = -1; // next line break at or after i, found lazily so each is searched once
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '`') {
      if (eol !== text.length && eol < i) {
        eol = text.indexOf('\n', i);
        if (eol < 0) eol = text.length;
      }
      let close = -1;
      for (let k = i + 1; k < eol; k++) {
        if (text[k] === '`') {
          close = k;
          break;
        }
      }
      if (close > 0) {
        mask.fill(1, i, close + 1);
        i = close + 1;
        continue;
      }
    } else if (c === 'h' || c === 'f' || c === 'w' || c === '/') {
      const end = urlEnd(text, i);
      if (end > i) {
        mask.fill(1, i, end);
        i = end;
        continue;
      }
    } else if (c === '(') {
      // BCD-520WKPZM(E), f(x): brackets glued to a model number or a name hold part of it.
      const glued = isAsciiAlnum(text[i - 1]) ? GLUED_PARENS.exec(text.slice(i, i + 16)) : null;
      const code = glued ?? CODE_IN_PARENS.exec(text.slice(i, i + 122));
      if (code) {
        mask.fill(1, i, i + code[0].length);
        i += code[0].length;
        continue;
      }
    }
    i++;
  }
  return mask;
}

const chineseSide = (c: string | undefined) => isHan(c) || isCjkPunct(c);
// Curly quotes follow a mark in English too; after a mark they do not make the context Chinese.
const chineseAfter = (c: string | undefined) => isHan(c) || (isCjkPunct(c) && c !== '“' && c !== '”' && c !== '‘' && c !== '’');

/** Index of the nearest non-blank character before `i` on its line, or -1. */
function prevVisibleAt(text: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && isBlank(text[j])) j--;
  return j >= 0 && text[j] !== '\n' ? j : -1;
}

/** Index of the nearest non-blank character after `i` on its line, or -1. */
function nextVisibleAt(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && isBlank(text[j])) j++;
  return j < text.length && text[j] !== '\n' ? j : -1;
}

/**
 * Straight quotes paired on their line: `"…"` → “…”, `'…'` → ‘…’, when the pair encloses or
 * touches Chinese. A line with an odd number of candidates is left alone (an apostrophe or a
 * quote running over paragraphs makes the pairing unknowable). Apostrophes inside Latin words
 * (don't) are not candidates.
 */
function pairQuotes(text: string, mask: Uint8Array, out: Map<number, string>): void {
  const pairLine = (start: number, end: number, q: string, open: string, close: string) => {
    const at: number[] = [];
    for (let i = start; i < end; i++) {
      if (text[i] !== q || mask[i]) continue;
      if (q === "'" && isAsciiLetter(text[i - 1]) && isAsciiLetter(text[i + 1])) continue;
      at.push(i);
    }
    if (at.length === 0 || at.length % 2 !== 0) return;
    for (let k = 0; k < at.length; k += 2) {
      const a = at[k];
      const b = at[k + 1];
      let han = false;
      for (let i = a + 1; i < b && !han; i++) han = isHan(text[i]);
      // `KEY="value"` and `id"x"`: quotes glued to code or a Latin word quote no Chinese.
      if (!han && (isCodeChar(text[a - 1]) || isCodeChar(text[b + 1]))) continue;
      // `allow 'Nginx Full'。`: Latin quoted after a Latin word is an English (or command) phrase;
      // `"TLSv1.2 TLSv1.3"`: a quoted value with figures or code marks is a setting, whatever precedes.
      if (!han && (isCodeChar(text[prevVisibleAt(text, a)]) || TECHNICAL_VALUE.test(text.slice(a + 1, b)))) continue;
      if (han || chineseSide(text[prevVisibleAt(text, a)]) || chineseAfter(text[nextVisibleAt(text, b)])) {
        out.set(a, open);
        out.set(b, close);
      }
    }
  };
  forEachLineRange(text, (start, end) => {
    pairLine(start, end, '"', '“', '”');
    pairLine(start, end, "'", '‘', '’');
  });
}

const isCodeChar = (c: string | undefined) => isAsciiLetter(c) || isDigit(c) || c === '=';
/** ASCII with a figure, or a path, option or identifier mark: v1.2, /var/www, --force, app_id. */
const TECHNICAL_VALUE = /^[\x20-\x7e]*(?:\d|[/_\\:=<>{}]|--)[\x20-\x7e]*$/;

function forEachLineRange(text: string, visit: (start: number, end: number) => void): void {
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    visit(start, end);
    start = end + 1;
  }
}

/** After these a number with a dot opens an item: `（2.`, `计算。2.部分数据…` (notes run on in one line). */
const LIST_OPENERS = '（(【。；;！？';

/** Longest list number (`1.` … `999.`). */
const MAX_LIST_DIGITS = 3;

/**
 * `1.王秀英`, `附件：2.分布图`, `…计算。2.部分`: the dot after a number that opens a line, an item or a label
 * numbers a list item; it never ends a sentence.
 */
function isListNumber(text: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && isDigit(text[k - 1])) k--;
  if (k === dot || dot - k > MAX_LIST_DIGITS) return false;
  const before = text[k - 1];
  const next = text[dot + 1];
  if (next === undefined || next === '\n' || next === '\r') return false;
  // After a label's colon (附件：1.), not after a clock's (17:30.).
  if ((before === '：' || before === ':') && !isDigit(text[k - 2])) return true;
  return before === undefined || before === '\n' || isBlank(before) || LIST_OPENERS.includes(before);
}

/** A run of 3+ dots leading to a page number at the line's end (`总则......1`): a table of
 * contents, not an ellipsis. */
function isDotLeader(text: string, end: number): boolean {
  let k = end;
  while (k < text.length && isBlank(text[k])) k++;
  if (!isDigit(text[k])) return false;
  while (k < text.length && isDigit(text[k])) k++;
  while (k < text.length && isBlank(text[k])) k++;
  return k === text.length || text[k] === '\n' || text[k] === '\r';
}

/** An ellipsis is `...` or `......`; longer runs of dots are leaders or rules. */
const MAX_ELLIPSIS_DOTS = 6;

/** Closing marks after which a `.` ends a Chinese sentence like a character would. */
const SENTENCE_CLOSERS = '”’」』》';

/**
 * A lone `.` ends a Chinese sentence after a character or closing quote when what follows is
 * not part of a word, or after anything (a number, an address) when Chinese follows or the
 * line ends on it — `17:30.` — on a line that has Chinese. `8.5`, `No.1`, `a.b.cn` stay.
 */
function endsChineseSentence(text: string, i: number, shown: (i: number) => string | undefined): boolean {
  const prev = shown(i - 1);
  const next = text[i + 1];
  const lineEnd = next === undefined || next === '\n' || next === '\r';
  if (prev === undefined || prev === '\n' || prev === '.') return false;
  if (isListNumber(text, i)) return false;
  if (isHan(next) || next === '“' || next === '‘') return true;
  if (isHan(prev) || SENTENCE_CLOSERS.includes(prev)) return lineEnd || (next !== undefined && '”’」』）()（'.includes(next)) || isBlank(next) || shown(i + 1) !== next;
  if (!lineEnd) return false;
  for (let j = i - 1; j >= 0 && text[j] !== '\n'; j--) if (isHan(text[j])) return true;
  return false;
}

/**
 * `.` ending a Chinese sentence → 。, and `...` / `......` / `。。。` after Chinese → ……. A
 * dot after a digit or a letter (8.5, No.1, example.com) is never touched.
 */
function sentenceMarks(text: string, mask: Uint8Array, quotes: Map<number, string>, edits: Edit[]): void {
  const shown = (i: number) => quotes.get(i) ?? text[i];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if ((c !== '.' && c !== '。') || mask[i]) continue;
    let j = i;
    while (j < text.length && text[j] === c && !mask[j]) j++;
    const run = j - i;
    const before = shown(prevVisibleAt(text, i));
    const after = nextVisibleAt(text, j - 1);
    const chineseBefore = isHan(before) || (before !== undefined && SENTENCE_CLOSERS.includes(before)) || isCjkPunct(before);
    const leader = c === '.' && (run > MAX_ELLIPSIS_DOTS || isDotLeader(text, j));
    if (run >= 3 && !leader && (chineseBefore || isHan(text[after]))) {
      edits.push({ kind: 'punctuation', start: i, end: j, replacement: '……' });
    } else if (run === 1 && c === '.' && endsChineseSentence(text, i, shown)) {
      edits.push({ kind: 'punctuation', start: i, end: i + 1, replacement: '。' });
    }
    i = j - 1;
  }
}

/**
 * Marks and parenthesis pairs are converted when a neighbour is Chinese — and a converted
 * neighbour is Chinese too, so conversion spreads along a run of marks (`区(5)!(5)!`). A
 * worklist takes each mark at most once, so the result is the fixpoint in linear time, and a
 * second pass has nothing left to do.
 */
export function fullWidthMarks(text: string): StepResult {
  const mask = protectedMask(text);
  const quotes = new Map<number, string>();
  pairQuotes(text, mask, quotes);
  const edits: Edit[] = [];
  sentenceMarks(text, mask, quotes, edits);
  const sentence = new Map<number, string>();
  for (const e of edits) for (let i = e.start; i < e.end; i++) sentence.set(i, e.replacement);

  const partner = new Int32Array(text.length).fill(-1); // matched parenthesis
  const candidate = new Uint8Array(text.length);
  const innerHan = new Uint8Array(text.length); // at an opening parenthesis
  const opens: number[] = []; // unmatched '(' on the current line
  let hanInside: number[] = []; // per open paren: Han seen inside
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      opens.length = 0;
      hanInside = [];
      continue;
    }
    if (isHan(c) && hanInside.length > 0) hanInside[hanInside.length - 1] = 1;
    if (mask[i]) continue;
    if (c === '(') {
      opens.push(i);
      hanInside.push(0);
    } else if (c === ')') {
      if (opens.length === 0) continue;
      const open = opens.pop()!;
      const inner = hanInside.pop()!;
      // Han inside an inner pair is Han inside the outer one too.
      if (inner && hanInside.length > 0) hanInside[hanInside.length - 1] = 1;
      partner[open] = i;
      partner[i] = open;
      candidate[open] = candidate[i] = 1;
      innerHan[open] = inner;
    } else if (c === ',' || c === ':' || c === ';' || c === '?' || c === '!') {
      // Inside numbers (12:30, 1,000) the mark belongs to the number.
      if ((c === ',' || c === ':') && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
      candidate[i] = 1;
    }
  }

  const convert = new Uint8Array(text.length);
  // A character as it will read: converted marks and quotes count as Chinese punctuation.
  const shown = (i: number): string | undefined => {
    if (i < 0) return undefined;
    if (convert[i]) return FULL_WIDTH[text[i]];
    return quotes.get(i) ?? sentence.get(i) ?? text[i];
  };
  const wants = (i: number): boolean => {
    const c = text[i];
    if (c === '(') return innerHan[i] === 1 || chineseSide(shown(prevVisibleAt(text, i))) || chineseAfter(shown(nextVisibleAt(text, partner[i])));
    if (c === ')') return wants(partner[i]);
    return chineseSide(shown(prevVisibleAt(text, i))) || chineseAfter(shown(nextVisibleAt(text, i)));
  };
  const queue: number[] = [];
  const take = (i: number) => {
    if (i < 0 || !candidate[i] || convert[i]) return;
    if (!wants(i)) return;
    convert[i] = 1;
    queue.push(i);
    if (partner[i] >= 0 && !convert[partner[i]]) {
      convert[partner[i]] = 1;
      queue.push(partner[i]);
    }
  };
  for (let i = 0; i < text.length; i++) take(i);
  while (queue.length > 0) {
    const i = queue.pop()!;
    take(prevVisibleAt(text, i));
    take(nextVisibleAt(text, i));
  }

  for (let i = 0; i < text.length; i++) {
    if (convert[i]) edits.push({ kind: 'punctuation', start: i, end: i + 1, replacement: FULL_WIDTH[text[i]] });
    else if (quotes.has(i)) edits.push({ kind: 'punctuation', start: i, end: i + 1, replacement: quotes.get(i)! });
  }
  edits.sort((a, b) => a.start - b.start);
  return { text: applyEdits(text, edits), edits };
}

/** Marks made full-width first, so `,,` and `，，` collapse alike. */
export function repairPunctuation(text: string): StepResult {
  return chainSteps(text, [fullWidthMarks, collapseStackedMarks]);
}
