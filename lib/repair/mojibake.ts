import type { StepResult } from '../types';

/** Placeholder until the encoding repair lands: no edits. */
export function repairMojibake(text: string): StepResult {
  return { text, edits: [] };
}
