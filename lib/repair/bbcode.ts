/**
 * BBCode left in forum copies: `[size=4][font=宋体]…[/font][/size]`, `[color=#333333]`,
 * `[align=left]`, `[p=30, 2, left]`, `[table][tr][td]…[/td][/tr][/table]`. Only the tag names
 * forums use count, so `[1]` notes and `[图]` labels are text. The text inside stays, except
 * what is never prose (`[img]` and `[attach]` contents). A tag run between two pieces of text
 * leaves a line break where it closed a paragraph or row, a cell gap between cells.
 */
import { applyEdits } from '../edits';
import type { Edit, StepResult } from '../types';
import { isAsciiLetter, isBlank } from './chars';

const INLINE = new Set('b i u s size font color backcolor align float indent sup sub url email free hide'.split(' '));
const BLOCK = new Set('p table tr list quote code hr br'.split(' '));
const CELL = new Set(['td', 'th']);
/** Tags whose content is an address or an id, not text. */
const DROPPED_CONTENT = new Set(['img', 'attach', 'attachimg', 'media', 'flash', 'audio']);
const MAX_TAG = 80;
/** A text needs this many tags before any is read as BBCode. */
const MIN_TAGS = 2;

interface Tag {
  name: string;
  closing: boolean;
  end: number;
}

function readTag(text: string, i: number): Tag | null {
  if (text[i] !== '[') return null;
  let j = i + 1;
  const closing = text[j] === '/';
  if (closing) j++;
  if (text[j] === '*' && !closing && text[j + 1] === ']') return { name: '*', closing: false, end: j + 2 };
  const nameStart = j;
  while (j < text.length && isAsciiLetter(text[j])) j++;
  const name = text.slice(nameStart, j).toLowerCase();
  if (!INLINE.has(name) && !BLOCK.has(name) && !CELL.has(name) && !DROPPED_CONTENT.has(name)) return null;
  if (text[j] === ']') return { name, closing, end: j + 1 };
  if (closing || text[j] !== '=') return null;
  const limit = Math.min(text.length, i + MAX_TAG);
  for (let k = j + 1; k < limit; k++) {
    if (text[k] === ']') return { name, closing, end: k + 1 };
    if (text[k] === '[' || text[k] === '\n') return null;
  }
  return null;
}

/** Longest content of a dropped tag (an address). */
const MAX_DROPPED = 500;

/** End of `[/name]` at or after `from` on the same line, or -1. */
function closingTagEnd(text: string, name: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_DROPPED);
  for (let k = from; k < limit && text[k] !== '\n'; k++) {
    if (text[k] === '[') {
      const t = readTag(text, k);
      if (t && t.closing && t.name === name) return t.end;
    }
  }
  return -1;
}

export function stripBbcode(text: string): StepResult {
  const runs: { start: number; end: number; block: boolean; cell: boolean }[] = [];
  let tags = 0;
  for (let i = text.indexOf('['); i >= 0 && i < text.length; ) {
    let j = i;
    let block = false;
    let cell = false;
    for (;;) {
      const t = readTag(text, j);
      if (!t) break;
      tags++;
      j = t.end;
      if (BLOCK.has(t.name) || t.name === '*') block = true;
      if (CELL.has(t.name)) cell = true;
      if (DROPPED_CONTENT.has(t.name) && !t.closing) {
        const close = closingTagEnd(text, t.name, j);
        if (close > 0) j = close;
      }
      while (isBlank(text[j]) && text[j + 1] === '[') j++;
    }
    if (j > i) runs.push({ start: i, end: j, block, cell });
    i = text.indexOf('[', Math.max(j, i + 1));
  }
  if (tags < MIN_TAGS) return { text, edits: [] };
  const edits: Edit[] = [];
  for (const r of runs) {
    const before = text[r.start - 1];
    const after = text[r.end];
    const inside = before !== undefined && before !== '\n' && after !== undefined && after !== '\n' && after !== '\r';
    const replacement = !inside ? '' : r.block ? '\n' : r.cell ? '\u3000' : '';
    edits.push({ kind: 'junk', start: r.start, end: r.end, replacement });
  }
  return { text: applyEdits(text, edits), edits };
}
