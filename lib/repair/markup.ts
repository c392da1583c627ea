/**
 * HTML markup left in saved sources (`<p>`, `</p><p class="em_media">`, `&nbsp;`): keep the
 * text, turn block boundaries into line breaks. Only known HTML tag names count, so `<http://…>`
 * autolinks and `<<书名>>`-style text are not markup.
 */
import { applyEdits } from '../edits';
import type { Edit, StepResult } from '../types';
import { isAsciiLetter, isBlank, isDigit } from './chars';

const BLOCK_TAGS = new Set(
  'p div br li ul ol h1 h2 h3 h4 h5 h6 tr table tbody thead section article blockquote header footer nav figure figcaption dd dt dl hr pre main aside center'.split(' '),
);
const INLINE_TAGS = new Set('span a strong em b i u font img small sub sup td th label time mark s strike big abbr cite code'.split(' '));
/** Elements whose content is not article text. */
const DROPPED_CONTENT = new Set(['script', 'style', 'noscript']);
const MAX_TAG = 2000;

interface Tag {
  name: string;
  closing: boolean;
  end: number;
}

/** Parses a tag at `i` (text[i] === '<'); null when it is not a known HTML tag. */
function readTag(text: string, i: number): Tag | null {
  let j = i + 1;
  const closing = text[j] === '/';
  if (closing) j++;
  const nameStart = j;
  while (j < text.length && (isAsciiLetter(text[j]) || (j > nameStart && isDigit(text[j])))) j++;
  const name = text.slice(nameStart, j).toLowerCase();
  if (!BLOCK_TAGS.has(name) && !INLINE_TAGS.has(name) && !DROPPED_CONTENT.has(name)) return null;
  const after = text[j];
  if (after !== '>' && after !== '/' && !isBlank(after) && after !== '\n') return null;
  const limit = Math.min(text.length, i + MAX_TAG);
  for (let k = j; k < limit; k++) {
    const c = text[k];
    if (c === '>') return { name, closing, end: k + 1 };
    if (c === '<') return null;
  }
  return null;
}

/** Index after an HTML comment starting at `i`, or -1. */
function commentEnd(text: string, i: number): number {
  if (!text.startsWith('<!--', i)) return -1;
  const close = text.indexOf('-->', i + 4);
  return close < 0 ? -1 : close + 3;
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', mdash: '—', hellip: '…', middot: '·' };

/** `&name;` or `&#123;` at `i`: the decoded text and end, or null. */
function readEntity(text: string, i: number): { value: string; end: number } | null {
  let semi = -1;
  for (let k = i + 1; k < text.length && k <= i + 10; k++) {
    if (text[k] === ';') {
      semi = k;
      break;
    }
  }
  if (semi < 0) return null;
  const body = text.slice(i + 1, semi);
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const digits = body.slice(hex ? 2 : 1);
    if (!digits || !/^[0-9a-fA-F]+$/.test(digits)) return null;
    const code = parseInt(digits, hex ? 16 : 10);
    if (!(code > 0 && code <= 0x10ffff)) return null;
    return { value: String.fromCodePoint(code), end: semi + 1 };
  }
  const value = ENTITIES[body];
  return value === undefined ? null : { value, end: semi + 1 };
}

/** Index of `</name` (any case) at or after `from`, or -1. A plain scan: V8's indexOf can
 * degrade badly on long repetitive markup. */
function findClosingTag(text: string, name: string, from: number): number {
  for (let k = from; k + 1 < text.length; k++) {
    if (text.charCodeAt(k) === 60 /* < */ && text.charCodeAt(k + 1) === 47 /* / */) {
      if (text.slice(k + 2, k + 2 + name.length).toLowerCase() === name) return k;
    }
  }
  return -1;
}

const isSpaceOrBreak = (c: string | undefined) => c === '\n' || c === '\r' || isBlank(c);

/**
 * Is position `i` inside a quoted string or a backtick code span on its line (`echo '<h1>Hello</h1>'`)?
 * Then a tag is data in a command or code, not markup. Quotes inside tags (attribute values) do not count.
 * Asked for increasing positions only: one pass in all.
 */
function quoteTracker(text: string): { quoted: (i: number) => boolean; skip: (to: number) => void } {
  let at = 0;
  let single = 0;
  let double = 0;
  let tick = 0;
  const advance = (i: number, count: boolean) => {
    for (; at < i; at++) {
      const c = text[at];
      if (c === '\n') single = double = tick = 0;
      else if (!count) continue;
      else if (c === "'") single++;
      else if (c === '"') double++;
      else if (c === '`') tick++;
    }
  };
  return {
    quoted: (i) => {
      advance(i, true);
      return single % 2 === 1 || double % 2 === 1 || tick % 2 === 1;
    },
    skip: (to) => advance(to, false),
  };
}

export function stripMarkup(text: string): StepResult {
  const edits: Edit[] = [];
  const quotes = quoteTracker(text);
  let sawTag = false;
  const unclosed = new Set<string>();
  let i = text.indexOf('<');
  if (i < 0) return { text, edits };
  // Collect runs of tags (with the blanks and breaks between them) as single edits.
  while (i >= 0 && i < text.length) {
    let j = i;
    let block = false;
    let tags = 0;
    for (;;) {
      const ce = commentEnd(text, j);
      if (ce > 0) {
        j = ce;
        tags++;
      } else if (text[j] === '<') {
        const tag = readTag(text, j);
        if (!tag) break;
        tags++;
        if (BLOCK_TAGS.has(tag.name)) block = true;
        j = tag.end;
        if (DROPPED_CONTENT.has(tag.name) && !tag.closing && !unclosed.has(tag.name)) {
          const close = findClosingTag(text, tag.name, j);
          if (close >= 0) j = close;
          else unclosed.add(tag.name); // no need to look again
        }
      } else break;
      let k = j;
      while (k < text.length && isSpaceOrBreak(text[k])) k++;
      if (text[k] !== '<') break;
      j = k;
    }
    if (tags === 0 || quotes.quoted(i)) {
      i = text.indexOf('<', Math.max(i + 1, j));
      continue;
    }
    quotes.skip(j);
    sawTag = true;
    // Widen over surrounding blanks so no indentation or empty line is left behind.
    let start = i;
    while (start > 0 && isSpaceOrBreak(text[start - 1])) start--;
    let end = j;
    while (end < text.length && isSpaceOrBreak(text[end])) end++;
    const prev = edits[edits.length - 1];
    if (prev && start < prev.end) start = prev.end;
    const spanHasBreak = text.slice(start, end).includes('\n');
    const replacement = start === 0 || end === text.length ? '' : block || spanHasBreak ? '\n' : '';
    edits.push({ kind: 'junk', start, end, replacement });
    i = text.indexOf('<', j);
  }
  if (!sawTag) return { text, edits: [] };
  // Entities only mean something in markup.
  const all: Edit[] = [];
  let e = 0;
  for (let p = text.indexOf('&'); p >= 0; p = text.indexOf('&', p + 1)) {
    while (e < edits.length && edits[e].end <= p) all.push(edits[e++]);
    if (e < edits.length && edits[e].start <= p) continue;
    const ent = readEntity(text, p);
    if (ent) all.push({ kind: 'junk', start: p, end: ent.end, replacement: ent.value });
  }
  while (e < edits.length) all.push(edits[e++]);
  return { text: applyEdits(text, all), edits: all };
}
