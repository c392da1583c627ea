/**
 * Non-breaking spaces saved through a legacy code page that lacks them come back as `?`:
 * indents `? ? ? ?本报讯`, gaps `（记者? ?王强）`. A run of `?` and blanks counts when it holds
 * a blank and two `?` (or opens a line before a blank), and touches no ASCII letter, digit or
 * mark: `What? ?` in English and `真的吗??` keep their question marks. Two or more opening a line
 * (or a table cell) before Chinese are an indent too. An indent goes; a gap inside a line
 * becomes one space.
 */
import { applyEdits } from '../edits';
import type { Edit, StepResult } from '../types';
import { isBlank, isCjkPunct, isDigit, isHan } from './chars';

/** A neighbour that allows the run: Chinese text, a blank, a table bar or the line's edge. */
const isQuietNeighbour = (c: string | undefined) =>
  c === undefined || c === '\n' || c === '\r' || isBlank(c) || isHan(c) || isCjkPunct(c) || c === '|' || c === '(' || c === ')';

/** Does position `i` open a table cell (`| ` before it at the line's start)? */
function opensCell(text: string, i: number): boolean {
  let k = i;
  while (k > 0 && isBlank(text[k - 1])) k--;
  return text[k - 1] === '|' && (k - 1 === 0 || text[k - 2] === '\n');
}

export function replaceNbspMarks(text: string): StepResult {
  const edits: Edit[] = [];
  let i = text.indexOf('?');
  while (i >= 0) {
    let j = i;
    let marks = 0;
    let blanks = 0;
    while (j < text.length && (text[j] === '?' || isBlank(text[j]))) {
      if (text[j] === '?') marks++;
      else blanks++;
      j++;
    }
    // The run starts at its first mark; blanks before it belong to the text.
    let end = j;
    while (end > i && isBlank(text[end - 1])) end--;
    const lineStart = i === 0 || text[i - 1] === '\n';
    const quiet = isQuietNeighbour(text[i - 1]) && isQuietNeighbour(text[j]) && text[j] !== undefined && text[j] !== '\n';
    // `??当前正值…`, `| ??鄂尔多斯新闻网讯`, `??1月18日`: no line or table cell opens on two
    // question marks before Chinese or a figure; it is an indent whose spaces were lost.
    const indent = marks >= 2 && (lineStart || opensCell(text, i)) && (isHan(text[j]) || isCjkPunct(text[j]) || isDigit(text[j]));
    const qualifies = indent || (quiet && blanks > 0 && (marks >= 2 || (lineStart && end < j)));
    if (qualifies) {
      if (lineStart || isBlank(text[i - 1])) edits.push({ kind: 'junk', start: i, end: j, replacement: '' });
      else edits.push({ kind: 'junk', start: i, end: j, replacement: ' ' });
    }
    i = text.indexOf('?', j);
  }
  return edits.length ? { text: applyEdits(text, edits), edits } : { text, edits };
}
