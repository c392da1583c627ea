/**
 * Quotations attributed after the fact: “要……。”刘晓峰说。 / “……，”他对随行人员说，…
 * The speech tag follows the closing quote, so the quote's directives belong to the tag's
 * subject, not to whoever spoke before it.
 */
import { QUOTE_TAG_VERBS } from '../entities/lexicon';
import { alternation } from '../entities/text';
import { isFalseSay } from './markers';
import type { Range } from './segments';

export interface AttributedQuote {
  /** Offset of the opening “ and of the closing ”. */
  open: number;
  close: number;
  /** The tag clause's start and its verb's offset (for Issuers.report). */
  clauseStart: number;
  verbPos: number;
}

/** Verbs that close a speech tag after a quotation. */
const TAG = new RegExp(`^[，,]?([^。！？!?“”\\n]{1,60}?)(${alternation(QUOTE_TAG_VERBS)})(?=[。，,！!：:；;])`);
/** What may precede an opening quote that stands as an utterance of its own. */
const UTTERANCE_BEFORE = /[。！？!?”]/;
const MIN_QUOTE = 6;

export function attributedQuotes(text: string, para: Range): AttributedQuote[] {
  const out: AttributedQuote[] = [];
  // Searched in the paragraph alone, so a paragraph without quotes costs its own length only.
  const p = text.slice(para.start, para.end);
  for (let o = p.indexOf('“'); o >= 0; o = p.indexOf('“', o + 1)) {
    const open = para.start + o;
    if (open > para.start && !UTTERANCE_BEFORE.test(text[open - 1])) continue;
    const c = p.indexOf('”', o + 1);
    const close = c < 0 ? -1 : para.start + c;
    if (close < 0 || close - open - 1 < MIN_QUOTE) continue;
    const tag = TAG.exec(text.slice(close + 1, para.end));
    if (!tag) continue;
    const verbPos = close + 1 + tag[0].length - tag[2].length;
    if (tag[2] === '说' && isFalseSay(text, verbPos)) continue;
    const lastComma = Math.max(tag[1].lastIndexOf('，'), tag[1].lastIndexOf(','));
    const clauseStart = verbPos - tag[1].length + lastComma + 1;
    out.push({ open, close, clauseStart, verbPos });
  }
  return out;
}
