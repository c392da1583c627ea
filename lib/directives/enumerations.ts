/**
 * Enumerated points inside one paragraph: 一要…二要…, 一是…二是…, 第一，…第二，… .
 * Points must count up from one; a single numeral is not a list.
 */
import type { Range } from './segments';

const NUMERALS = '一二三四五六七八九十';
/** What may precede a point's numeral (会议要求，一要…；二要… and 一是A，二是B both occur). */
const BOUNDARY = /[：:。；;！!？?，,\s]/;

export interface EnumeratedPoint {
  /** Where the numeral (or 第) starts: the previous point ends here. */
  numeralStart: number;
  /** Where the point's text starts (the 要 of 一要 is kept; 是 and commas are not). */
  textStart: number;
  end: number;
  /** 要 (一要…), 是 (一是…) or 第 (第一，…). */
  form: '要' | '是' | '第';
}

function numeralValue(s: string): number {
  if (s === '十') return 10;
  if (s.length === 1) return NUMERALS.indexOf(s) + 1;
  if (s.length === 2 && s[0] === '十') return 10 + NUMERALS.indexOf(s[1]) + 1;
  return -1;
}

interface Candidate {
  value: number;
  numeralStart: number;
  textStart: number;
  form: EnumeratedPoint['form'];
}

function candidates(text: string, r: Range): Candidate[] {
  const out: Candidate[] = [];
  for (let i = r.start; i < r.end; i++) {
    const ordinal = text[i] === '第';
    const numStart = ordinal ? i + 1 : i;
    let j = numStart;
    while (j < r.end && j - numStart < 2 && NUMERALS.includes(text[j])) j++;
    if (j === numStart) continue;
    if (i > r.start && !BOUNDARY.test(text[i - 1])) continue;
    const value = numeralValue(text.slice(numStart, j));
    if (value < 1) continue;
    const next = text[j];
    if (ordinal && /[，,、]/.test(next)) out.push({ value, numeralStart: i, textStart: j + 1, form: '第' });
    else if (!ordinal && next === '要') out.push({ value, numeralStart: i, textStart: j, form: '要' });
    else if (!ordinal && next === '是') out.push({ value, numeralStart: i, textStart: /[，,]/.test(text[j + 1]) ? j + 2 : j + 1, form: '是' });
  }
  return out;
}

/** The points of the first list in the paragraph counting 1, 2, 3 …, or [] if none. */
export function enumeratedPoints(text: string, r: Range): EnumeratedPoint[] {
  const cands = candidates(text, r);
  const chosen: Candidate[] = [];
  for (const c of cands) {
    const expected = chosen.length + 1;
    if (c.value !== expected) continue;
    if (chosen.length && c.form !== chosen[0].form) continue;
    chosen.push(c);
  }
  if (chosen.length < 2) return [];
  return chosen.map((c, k) => ({
    numeralStart: c.numeralStart,
    textStart: c.textStart,
    end: k + 1 < chosen.length ? chosen[k + 1].numeralStart : r.end,
    form: c.form,
  }));
}
