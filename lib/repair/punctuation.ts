/**
 * Half-width punctuation in Chinese running text → full-width (，？！：；（）).
 * Numbers (12:30, 1,000, 8.5), URLs and `code` are left alone; a mark is converted only when
 * a neighbour is Chinese, and a parenthesis pair only when it encloses or touches Chinese.
 */
import { applyEdits } from '../edits';
import type { Edit, StepResult } from '../types';
import { isAsciiLetter, isBlank, isCjkPunct, isDigit, isHan } from './chars';

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

/** Marks of URLs and backtick code spans, which keep their punctuation. */
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
    }
    i++;
  }
  return mask;
}

const chineseSide = (c: string | undefined) => isHan(c) || isCjkPunct(c);
// Curly quotes follow a mark in English too; after a mark they do not make the context Chinese.
const chineseAfter = (c: string | undefined) => isHan(c) || (isCjkPunct(c) && c !== '“' && c !== '”' && c !== '‘' && c !== '’');

function prevVisible(text: string, i: number): string | undefined {
  let j = i - 1;
  while (j >= 0 && isBlank(text[j])) j--;
  return j >= 0 && text[j] !== '\n' ? text[j] : undefined;
}

function nextVisible(text: string, i: number): string | undefined {
  let j = i + 1;
  while (j < text.length && isBlank(text[j])) j++;
  return j < text.length && text[j] !== '\n' ? text[j] : undefined;
}

export function repairPunctuation(text: string): StepResult {
  const mask = protectedMask(text);
  const convert = new Uint8Array(text.length);
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
      if (inner || chineseSide(prevVisible(text, open)) || chineseAfter(nextVisible(text, i))) {
        convert[open] = 1;
        convert[i] = 1;
      }
    } else if (c === ',' || c === ':' || c === ';' || c === '?' || c === '!') {
      // Inside numbers (12:30, 1,000) the mark belongs to the number.
      if ((c === ',' || c === ':') && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
      if (chineseSide(prevVisible(text, i)) || chineseAfter(nextVisible(text, i))) convert[i] = 1;
    }
  }
  const edits: Edit[] = [];
  for (let i = 0; i < text.length; i++) {
    if (convert[i]) edits.push({ kind: 'punctuation', start: i, end: i + 1, replacement: FULL_WIDTH[text[i]] });
  }
  return { text: applyEdits(text, edits), edits };
}
