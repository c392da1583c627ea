/**
 * Which script a text is in: the share of traditional-only vs simplified-only characters.
 * Both sets come from OpenCC's traditional→simplified character table: its changed keys are
 * traditional-only; its values that are never keys are simplified-only.
 */
import TSCharacters from 'opencc-js/dict/TSCharacters';
import type { DetectedScript } from '../types';

let sets: { trad: Set<string>; simp: Set<string> } | undefined;

function charSets() {
  if (sets) return sets;
  const trad = new Set<string>();
  const values = new Set<string>();
  for (const entry of TSCharacters.split('|')) {
    const [from, ...to] = entry.split(' ');
    if (!from) continue;
    for (const t of to) {
      if (t !== from) {
        trad.add(from);
        values.add(t);
      }
    }
  }
  const simp = new Set<string>();
  for (const v of values) if (!trad.has(v)) simp.add(v);
  sets = { trad, simp };
  return sets;
}

export interface ScriptCounts {
  traditional: number;
  simplified: number;
}

export function countScriptChars(text: string): ScriptCounts {
  const { trad, simp } = charSets();
  let traditional = 0;
  let simplified = 0;
  for (const ch of text) {
    if (trad.has(ch)) traditional++;
    else if (simp.has(ch)) simplified++;
  }
  return { traditional, simplified };
}

/** 'mixed' when neither side has at least 80 % of the distinguishing characters. */
export function detectScript(text: string): DetectedScript {
  const { traditional, simplified } = countScriptChars(text);
  const total = traditional + simplified;
  if (total === 0) return 'none';
  if (traditional / total >= 0.8) return 'traditional';
  if (simplified / total >= 0.8) return 'simplified';
  return 'mixed';
}
