/** Paragraph, sentence and clause ranges of a text, as offsets into it (no copies). */

export interface Range {
  start: number;
  end: number;
}

const SPACE = /\s/;

/** Shrinks a range so it neither starts nor ends with whitespace. */
export function trimRange(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && SPACE.test(text[start])) start++;
  while (end > start && SPACE.test(text[end - 1])) end--;
  return { start, end };
}

/** Non-empty lines (one paragraph per line in repaired text). */
export function paragraphsOf(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      const r = trimRange(text, { start, end: i });
      if (r.end > r.start) out.push(r);
      start = i + 1;
    }
  }
  return out;
}

const SENTENCE_END = /[。！？!?]/;
const CLOSING = /[”’」』）)]/;

/** Sentences of a range; each keeps its final punctuation and any closing quote after it. */
export function sentencesOf(text: string, r: Range): Range[] {
  const out: Range[] = [];
  let start = r.start;
  let i = r.start;
  while (i < r.end) {
    if (SENTENCE_END.test(text[i])) {
      let end = i + 1;
      while (end < r.end && (SENTENCE_END.test(text[end]) || CLOSING.test(text[end]))) end++;
      const s = trimRange(text, { start, end });
      if (s.end > s.start) out.push(s);
      start = end;
      i = end;
    } else i++;
  }
  const tail = trimRange(text, { start, end: r.end });
  if (tail.end > tail.start) out.push(tail);
  return out;
}

export const CLAUSE_DELIMITER = /[，,；;：:]/;

/** Clauses of a range, split at commas, semicolons and colons (delimiters excluded). */
export function clausesOf(text: string, r: Range): Range[] {
  const out: Range[] = [];
  let start = r.start;
  for (let i = r.start; i <= r.end; i++) {
    if (i === r.end || CLAUSE_DELIMITER.test(text[i])) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/** Paragraphs without any clause or sentence punctuation are headlines, not prose. */
export function isHeadline(text: string, r: Range): boolean {
  return !/[，,；;。！？!?：:]/.test(text.slice(r.start, r.end));
}
