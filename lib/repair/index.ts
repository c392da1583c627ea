/** Text repairs, in the order they must run. Each step is `(text) → { text, edits }`. */
import { chainSteps } from '../edits';
import type { RepairName, StepResult } from '../types';
import { removeDuplicates } from './duplicates';
import { repairJunk } from './junk';
import { repairMojibake } from './mojibake';
import { repairPinyin } from './pinyin';
import { repairPunctuation } from './punctuation';

export type RepairStep = (text: string) => StepResult;

/**
 * Order matters: bytes first (mojibake), then page junk (so captcha lines and markup are gone
 * before anything reads the text), pinyin (its `(…)` must not be made full-width first),
 * punctuation, and duplicates last so both copies of a block compare in repaired form.
 */
const STEPS: [RepairName, RepairStep][] = [
  ['mojibake', repairMojibake],
  ['junk', repairJunk],
  ['pinyin', repairPinyin],
  ['punctuation', repairPunctuation],
  ['duplicates', removeDuplicates],
];

/** One more pass is run when a pass changed something, so repair is idempotent even when a
 * removal brings pieces together that form a new defect (`<<p>p>`). */
const MAX_PASSES = 3;

export function repairText(text: string, enabled: Partial<Record<RepairName, boolean>> = {}): StepResult {
  const steps = STEPS.filter(([name]) => enabled[name] !== false).map(([, step]) => step);
  const pass = (t: string) => chainSteps(t, steps);
  let result = pass(text);
  for (let n = 1; n < MAX_PASSES && result.edits.length > 0; n++) {
    const again = pass(result.text);
    if (again.edits.length === 0) break;
    result = chainSteps(text, [() => result, () => again]);
  }
  return result;
}
