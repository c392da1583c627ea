/**
 * The whole pipeline on plain text: repair → script → entities → directives.
 * Entities and directives are read from the zh-CN form of the text; when the target is a
 * traditional script their text is converted back for display.
 */
import { findDirectives } from './directives';
import { chainSteps } from './edits';
import { findEntities } from './entities';
import { repairText } from './repair';
import { convertScript, detectScript, getConverter, toSimplified } from './script';
import type { DetectedScript, Enrichment, EnrichOptions, TargetScript } from './types';

/** A page already in the target script is left alone. */
export function needsConversion(detected: DetectedScript, target: TargetScript): boolean {
  if (target === 'off' || detected === 'none') return false;
  if (target === 'zh-CN') return detected !== 'simplified';
  return detected !== 'traditional';
}

export function enrichText(input: string, options: EnrichOptions = {}): Enrichment {
  const target = options.target ?? 'zh-CN';
  const repaired = repairText(input, options.repairs, { pinyinMirror: options.pinyinMirror });
  const detected = detectScript(repaired.text);
  const { text, edits } = options.scriptPerLine
    ? chainSteps(input, [() => repaired, (t) => convertScript(t, target, (line) => needsConversion(detectScript(line), target))])
    : needsConversion(detected, target)
      ? chainSteps(input, [() => repaired, (t) => convertScript(t, target)])
      : repaired;

  const analysis = target === 'zh-CN' ? text : toSimplified(text);
  const sameShape = analysis.length === text.length;
  const display = target === 'zh-CN' || target === 'off' ? (s: string) => s : (getConverter(target) ?? ((s: string) => s));
  const skipEntities = options.officials === false && options.enterprises === false && options.directives === false;
  const { officials, enterprises } = skipEntities ? { officials: [], enterprises: [] } : findEntities(analysis, options);
  const directives =
    options.directives === false
      ? []
      : findDirectives(analysis, officials).map((d) => ({
          ...d,
          text: sameShape ? text.slice(d.start, d.end) : display(d.text),
        }));

  return {
    text,
    edits,
    script: { detected, target },
    officials: options.officials === false ? [] : officials,
    enterprises: options.enterprises === false ? [] : enterprises,
    directives,
  };
}

/** A headline or tab title: repaired and converted, nothing tagged. */
export function enrichLine(text: string, options: EnrichOptions = {}): string {
  return enrichText(text, { ...options, officials: false, enterprises: false, directives: false }).text;
}
