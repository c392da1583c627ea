import { diffEdits } from '../edits';
import type { StepResult, TargetScript } from '../types';
import { getConverter } from './converters';

export { detectScript, countScriptChars } from './detect';
export { getConverter, registerConverter, toSimplified } from './converters';

/**
 * Convert to the target script, reporting per-character edits where lengths agree. Lines are
 * converted one by one so a phrase that changes length only widens the edit of its own line.
 */
export function convertScript(text: string, target: TargetScript, lineFilter?: (line: string) => boolean): StepResult {
  const convert = getConverter(target);
  if (!convert) {
    if (target !== 'off') throw new Error(`converter for ${target} is not loaded`);
    return { text, edits: [] };
  }
  const out: string[] = [];
  const edits: StepResult['edits'] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const converted = !lineFilter || lineFilter(line) ? convert(line) : line;
    for (const e of diffEdits(line, converted, 'script')) {
      edits.push({ ...e, start: e.start + offset, end: e.end + offset });
    }
    out.push(converted);
    offset += line.length + 1;
  }
  return { text: out.join('\n'), edits };
}
