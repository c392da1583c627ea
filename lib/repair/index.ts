/** Text repairs, in the order they must run. Each step is `(text) → { text, edits }`. */
import { chainSteps } from '../edits';
import type { RepairName, StepResult } from '../types';
import { removeDuplicates } from './duplicates';
import { repairJunk } from './junk';
import { removeInvisible } from './invisible';
import { repairMojibake } from './mojibake';
import { repairPinyin } from './pinyin';
import { repairPunctuation } from './punctuation';

export type RepairStep = (text: string) => StepResult;

/**
 * Order matters: bytes first (mojibake, which needs C1 bytes), then characters that are not
 * text (controls, zero-width: they would split names and words), then page junk (so captcha lines and markup are gone
 * before anything reads the text), pinyin (its `(…)` must not be made full-width first),
 * punctuation, and duplicates last so both copies of a block compare in repaired form.
 */
const steps = (context: RepairContext): [RepairName, RepairStep][] => [
  ['mojibake', repairMojibake],
  ['junk', removeInvisible],
  ['junk', repairJunk],
  ['pinyin', (t) => repairPinyin(t, context.pinyinMirror)],
  ['punctuation', repairPunctuation],
  ['duplicates', removeDuplicates],
];

/** What the caller knows about the page beyond this text. */
export interface RepairContext {
  /** The page is a pinyin mirror (decided on its article body). */
  pinyinMirror?: boolean;
}

/** One more pass is run when a pass changed something, so repair is idempotent even when a
 * removal brings pieces together that form a new defect (`<<p>p>`). */
const MAX_PASSES = 3;

export function repairText(
  text: string,
  enabled: Partial<Record<RepairName, boolean>> = {},
  context: RepairContext = {},
): StepResult {
  const active = steps(context).filter(([name]) => enabled[name] !== false).map(([, step]) => step);
  const pass = (t: string) => chainSteps(t, active);
  let result = pass(text);
  for (let n = 1; n < MAX_PASSES && result.edits.length > 0; n++) {
    const again = pass(result.text);
    if (again.edits.length === 0) break;
    result = chainSteps(text, [() => result, () => again]);
  }
  return result;
}
