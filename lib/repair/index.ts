/** Text repairs, in the order they must run. Each step is `(text) → { text, edits }`. */
import { chainSteps } from '../edits';
import type { RepairName, StepResult } from '../types';

export type RepairStep = (text: string) => StepResult;

/** Placeholder order; each stage lives in its own file. */
const STEPS: [RepairName, RepairStep][] = [];

export function repairText(text: string, enabled: Partial<Record<RepairName, boolean>> = {}): StepResult {
  return chainSteps(
    text,
    STEPS.filter(([name]) => enabled[name] !== false).map(([, step]) => step),
  );
}
