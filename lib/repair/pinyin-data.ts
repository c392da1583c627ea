/**
 * Runtime view of the generated pinyin table (assets/pinyin/pinyin-table.ts): readings of a
 * character, characters with a reading, traditional → simplified, and word bigrams.
 * Parsed lazily on first use so pages without pinyin pay nothing.
 */
import { BIGRAMS, NEUTRAL, READINGS, T2S, VARIANTS } from '../../assets/pinyin/pinyin-table';

let readingsByChar: Map<string, string[]> | null = null;
let charsBySyllable: Map<string, string> | null = null;
let simplifiedOf: Map<string, string> | null = null;
let followers: Map<string, string> | null = null;
let variantOf: Map<string, string> | null = null;

function loadReadings(): void {
  readingsByChar = new Map();
  charsBySyllable = new Map();
  for (const entry of READINGS.split(' ')) {
    let k = 0;
    while (k < entry.length && entry.charCodeAt(k) < 0x3000) k++;
    const syllable = entry.slice(0, k);
    const chars = entry.slice(k);
    charsBySyllable.set(syllable, chars);
    for (const c of chars) {
      const list = readingsByChar.get(c);
      if (list) list.push(syllable);
      else readingsByChar.set(c, [syllable]);
    }
  }
}

/** Toned readings of one character (traditional characters included). */
export function readingsOf(c: string): readonly string[] {
  if (!readingsByChar) loadReadings();
  return readingsByChar!.get(c) ?? [];
}

let neutralByChar: Map<string, string[]> | null = null;

/** Neutral-tone readings of one character (的 de, 们 men), written without a tone mark. */
export function neutralReadingsOf(c: string): readonly string[] {
  if (!neutralByChar) {
    neutralByChar = new Map();
    for (const entry of NEUTRAL.split(' ')) {
      let k = 0;
      while (k < entry.length && entry.charCodeAt(k) < 0x3000) k++;
      for (const ch of entry.slice(k)) {
        const list = neutralByChar.get(ch);
        if (list) list.push(entry.slice(0, k));
        else neutralByChar.set(ch, [entry.slice(0, k)]);
      }
    }
  }
  return neutralByChar.get(c) ?? [];
}

/** Every character with this toned reading, or '' when the syllable is unknown. */
export function charsWithReading(syllable: string): string {
  if (!charsBySyllable) loadReadings();
  return charsBySyllable!.get(syllable) ?? '';
}

let charsByBareSyllable: Map<string, string> | null = null;

/** Every character read `bare` in any tone or the neutral tone (mirrors drop tone marks). */
export function charsWithAnyTone(bare: string): string {
  if (!charsByBareSyllable) {
    if (!charsBySyllable) loadReadings();
    charsByBareSyllable = new Map();
    const add = (syllable: string, chars: string) => {
      const key = stripTone(syllable);
      charsByBareSyllable!.set(key, (charsByBareSyllable!.get(key) ?? '') + chars);
    };
    for (const [syllable, chars] of charsBySyllable!) add(syllable, chars);
    for (const entry of NEUTRAL.split(' ')) {
      let k = 0;
      while (k < entry.length && entry.charCodeAt(k) < 0x3000) k++;
      add(entry.slice(0, k), entry.slice(k));
    }
  }
  return charsByBareSyllable.get(bare) ?? '';
}

function stripTone(s: string): string {
  // NFD splits a marked vowel into vowel + combining mark; ü keeps its diaeresis.
  return s.normalize('NFD').replace(/[\u0300\u0301\u030c\u0304]/g, '').normalize('NFC');
}

/** True when `s` is a toned syllable some character has. */
export function isKnownSyllable(s: string): boolean {
  if (!charsBySyllable) loadReadings();
  return charsBySyllable!.has(s);
}

/** Simplified form of a character (itself when it has none). */
export function toSimplifiedChar(c: string): string {
  if (!simplifiedOf) {
    simplifiedOf = new Map();
    for (let i = 0; i + 1 < T2S.length; i += 2) simplifiedOf.set(T2S[i], T2S[i + 1]);
  }
  return simplifiedOf.get(c) ?? c;
}

/**
 * One representative of a simplified character and the characters some word writes in its place
 * in the other script (了 for 瞭 as in 瞭解): for comparing two copies of a line, not for display.
 */
export function comparableChar(c: string): string {
  if (!variantOf) {
    variantOf = new Map();
    for (let i = 0; i + 1 < VARIANTS.length; i += 2) variantOf.set(VARIANTS[i + 1], VARIANTS[i]);
  }
  const s = toSimplifiedChar(c);
  return variantOf.get(s) ?? s;
}

/** True when `t` is the traditional form of some other character. */
export function isTraditionalChar(c: string): boolean {
  return toSimplifiedChar(c) !== c;
}

/** Whether `a` followed by `b` occurs inside a dictionary word (either script). */
export function isWordBigram(a: string, b: string): boolean {
  if (!followers) {
    followers = new Map();
    for (const entry of BIGRAMS.split(' ')) followers.set(entry[0], entry.slice(1));
  }
  const next = followers.get(toSimplifiedChar(a));
  return next !== undefined && next.includes(toSimplifiedChar(b));
}
