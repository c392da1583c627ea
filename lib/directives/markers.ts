/**
 * The words that introduce a directive, and the look-alikes that do not. A modal 要 is a
 * marker only outside compounds (主要, 重要, 需要, 只要, 要素 …) and outside questions and
 * plans (要不要, 是否要, 将要, 计划…要).
 */
import { DIRECTIVE_VERBS, DIRECTIVE_VERB_LIST, PLAN_CUES, REPORTING_VERBS as LEXICON_REPORTING_VERBS } from '../entities/lexicon';
import { alternation } from '../entities/text';
import type { DirectiveForce } from '../types';

/** Characters that, right before 要, make it part of another word (主要, 将要, 是否要 …). */
const NOT_MODAL_BEFORE = new Set(Array.from('主重需只首必纲摘提概简紧险政显次扼机将想否总不纪宣索'));
/** Characters that, right after 要, make it part of another word (要素, 要闻, 要么 …). */
const NOT_MODAL_AFTER = new Set(Array.from('素闻点件务害领冲道员地紧么是求职案犯诀旨想说价账挟'));

/** After 要紧, characters that make 紧X a verb (要紧扣, 要紧盯, 要紧密), so 要 is the modal, not 要紧 "important". */
const TIGHT_VERB_AFTER = new Set(Array.from('扣盯抓跟贴紧密握绷守靠咬缩'));

/** True when the 要 at `i` is the modal "must / shall". */
export function isModalYao(text: string, i: number): boolean {
  if (text[i] !== '要') return false;
  if (i > 0 && NOT_MODAL_BEFORE.has(text[i - 1])) return false;
  if (NOT_MODAL_AFTER.has(text[i + 1] ?? '') && !(text[i + 1] === '紧' && TIGHT_VERB_AFTER.has(text[i + 2] ?? ''))) return false;
  if (text.startsWith('不要', i + 1)) return false; // 要不要 is a question
  return true;
}

/** Modal words other than 要 that always mark a requirement. */
const MODAL_WORDS = ['必须', '务必'];

/** Words that, in a clause before the marker, turn it into a plan or a wish, not an order. */
const PLAN_CUE = new RegExp(alternation(PLAN_CUES));

export interface Marker {
  index: number;
  word: string;
}

/** Modal markers (要, 必须, 务必) in text[start, end), skipping those inside a plan clause. */
export function modalMarkers(text: string, start: number, end: number): Marker[] {
  const out: Marker[] = [];
  let clauseStart = start;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (/[，,；;：:。！？!?]/.test(c)) {
      clauseStart = i + 1;
      continue;
    }
    let word: string | null = null;
    if (isModalYao(text, i)) word = '要';
    else word = MODAL_WORDS.find((w) => text.startsWith(w, i) && i + w.length <= end) ?? null;
    if (!word) continue;
    if (PLAN_CUE.test(text.slice(clauseStart, i))) continue;
    out.push({ index: i, word });
    if (word.length > 1) i += word.length - 1;
  }
  return out;
}

export { DIRECTIVE_VERBS, DIRECTIVE_VERB_LIST, STRESS_VERBS } from '../entities/lexicon';

/** Verbs that report speech; the content after them is what was said (directive verbs too). */
export const REPORTING_VERBS: readonly string[] = [...LEXICON_REPORTING_VERBS, ...DIRECTIVE_VERB_LIST];

/** 说 inside 来说, 据说, 可以说 … is not a reporting verb. */
export function isFalseSay(text: string, verbIndex: number): boolean {
  return /(来|据|以|是|话|再|如|比)$/.test(text.slice(Math.max(0, verbIndex - 1), verbIndex));
}

/** True when a clause opens with 坚持 or 坚决, their imperative use after a reporting verb. */
export function opensWithPersist(text: string, start: number): boolean {
  return text.startsWith('坚持', start) || text.startsWith('坚决', start);
}

export function forceOfWord(word: string): DirectiveForce {
  return DIRECTIVE_VERBS[word] ?? 'require';
}
