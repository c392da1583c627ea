/**
 * Generates assets/pinyin/pinyin-table.ts: the compact data the pinyin repair needs.
 *   READINGS  — toned syllable → characters with that reading (simplified and traditional)
 *   T2S       — traditional → simplified character pairs (to look traditional text up in BIGRAMS)
 *   NEUTRAL   — neutral-tone (unmarked) syllable → characters read so in some word (的 de,
 *               们 men); mirrors print these without a tone mark, so they are kept apart from
 *               READINGS, where only marked syllables count as evidence of a mirror page.
 *   BIGRAMS   — adjacent character pairs of dictionary words, in simplified script, grouped by
 *               first character; used to recover a character a mirror replaced by `?`.
 *   VARIANTS  — character pairs that one word writes differently in the two scripts although
 *               each character converts to itself (了解/瞭解, 藉口/借口): a copy of a line in the
 *               other script may differ in them and still be the same line.
 * Sources: pinyin-pro (readings, phrase dictionary) and opencc-js (t→s mapping, phrase lists).
 * Run: npx tsx scripts/gen-pinyin-table.ts          (writes the file)
 *      npx tsx scripts/gen-pinyin-table.ts --check  (exits 1 when the committed file is stale)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js/t2cn';
import { pinyin } from 'pinyin-pro';

const here = dirname(fileURLToPath(import.meta.url));
export const TABLE_PATH = resolve(here, '../assets/pinyin/pinyin-table.ts');

/** Ideograph ranges whose readings we ship: 〇 and the Unified block (rare Extension A
 * characters are left out to keep the table small; mirrors annotate everyday text). */
const RANGES: [number, number][] = [
  [0x3007, 0x3007],
  [0x4e00, 0x9fff],
];

const TONED = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêḿńňǹ]+$/;
const HAS_TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜḿńňǹ]/;

/** opencc-js ships its dictionaries as `export default "a b|c d|…"` modules. */
function openccDict(name: string): string {
  const require = createRequire(import.meta.url);
  const pkgDir = resolve(dirname(require.resolve('opencc-js')), '../..');
  const src = readFileSync(join(pkgDir, 'dist/esm-lib/dict', `${name}.js`), 'utf8');
  return JSON.parse(src.replace(/^export default /, '').replace(/;\s*$/, '')) as string;
}

/** pinyin-pro's phrase dictionaries (2- to 5-character words); untyped internal modules. */
async function pinyinProPhrases(): Promise<string[]> {
  const words: string[] = [];
  for (const n of [2, 3, 4, 5]) {
    const spec = `pinyin-pro/dist/esm/data/dict${n}.mjs`;
    const mod = (await import(spec)) as { default: Record<string, string> };
    words.push(...Object.keys(mod.default));
  }
  return words;
}

export async function buildPinyinTable(): Promise<string> {
  const toCn = (OpenCC as unknown as { Converter: (o: { from: string; to: string }) => (s: string) => string }).Converter({
    from: 't',
    to: 'cn',
  });

  // Readings: a character's own readings plus those of its simplified form.
  const bySyllable = new Map<string, string[]>();
  const t2s: string[] = [];
  const allReadings = (c: string): string[] => (pinyin(c, { multiple: true, type: 'array' }) as string[]).filter((r) => TONED.test(r));
  const readingsOf = (c: string): string[] => allReadings(c).filter((r) => HAS_TONE.test(r));
  const neutralOf = (c: string): string[] => allReadings(c).filter((r) => !HAS_TONE.test(r));
  const neutralBySyllable = new Map<string, string[]>();
  for (const [lo, hi] of RANGES) {
    for (let cp = lo; cp <= hi; cp++) {
      const c = String.fromCodePoint(cp);
      const s = toCn(c);
      const readings = new Set(readingsOf(c));
      if (s !== c && s.length === 1) {
        t2s.push(c + s);
        for (const r of readingsOf(s)) readings.add(r);
      }
      for (const r of readings) {
        let list = bySyllable.get(r);
        if (!list) bySyllable.set(r, (list = []));
        list.push(c);
      }
      const neutral = new Set(neutralOf(c));
      if (s !== c && s.length === 1) for (const r of neutralOf(s)) neutral.add(r);
      for (const r of neutral) {
        let list = neutralBySyllable.get(r);
        if (!list) neutralBySyllable.set(r, (list = []));
        list.push(c);
      }
    }
  }
  const neutralReadings = [...neutralBySyllable.keys()]
    .sort()
    .map((r) => r + neutralBySyllable.get(r)!.join(''))
    .join(' ');
  const readings = [...bySyllable.keys()]
    .sort()
    .map((r) => r + bySyllable.get(r)!.join(''))
    .join(' ');

  // Word bigrams, simplified: every adjacent pair inside a dictionary phrase.
  const words = new Set<string>();
  for (const w of await pinyinProPhrases()) words.add(w);
  for (const name of ['STPhrases', 'TSPhrases', 'TWPhrases', 'TWPhrasesRev', 'HKPhrases', 'HKPhrasesRev']) {
    for (const entry of openccDict(name).split('|')) {
      for (const w of entry.split(' ')) words.add(w);
    }
  }
  const isHan = (c: string) => c.length === 1 && ((c >= '\u4e00' && c <= '\u9fff') || c === '〇');
  const seconds = new Map<string, Set<string>>();
  for (const raw of words) {
    const w = [...toCn(raw)];
    for (let i = 0; i + 1 < w.length; i++) {
      if (!isHan(w[i]) || !isHan(w[i + 1])) continue;
      let set = seconds.get(w[i]);
      if (!set) seconds.set(w[i], (set = new Set()));
      set.add(w[i + 1]);
    }
  }
  // Pairs that only phrase-level conversion tells apart: same-length phrase entries whose
  // characters, converted one by one, still differ.
  const variants = new Set<string>();
  for (const name of ['TSPhrases', 'STPhrases']) {
    for (const entry of openccDict(name).split('|')) {
      const [a, b] = entry.split(' ').map((w) => [...w]);
      if (!a || !b || a.length !== b.length) continue;
      for (let i = 0; i < a.length; i++) {
        const x = toCn(a[i]);
        const y = toCn(b[i]);
        if (x !== y && isHan(x) && isHan(y)) variants.add([x, y].sort().join(''));
      }
    }
  }

  const bigrams = [...seconds.keys()]
    .sort()
    .map((first) => first + [...seconds.get(first)!].sort().join(''))
    .join(' ');

  return [
    '// Generated by scripts/gen-pinyin-table.ts from pinyin-pro and opencc-js. Do not edit.',
    '/** Toned syllable followed by its characters; entries separated by spaces. */',
    `export const READINGS = ${JSON.stringify(readings)};`,
    '/** Neutral-tone (unmarked) syllable followed by its characters; entries separated by spaces. */',
    `export const NEUTRAL = ${JSON.stringify(neutralReadings)};`,
    '/** Traditional character followed by its simplified form, pairs concatenated. */',
    `export const T2S = ${JSON.stringify(t2s.join(''))};`,
    '/** First character followed by every character that follows it inside a word; space separated. */',
    `export const BIGRAMS = ${JSON.stringify(bigrams)};`,
    '/** Character pairs written differently by the two scripts in some word, pairs concatenated. */',
    `export const VARIANTS = ${JSON.stringify([...variants].sort().join(''))};`,
    '',
  ].join('\n');
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const out = await buildPinyinTable();
  if (process.argv.includes('--check')) {
    const current = readFileSync(TABLE_PATH, 'utf8');
    if (current !== out) {
      console.error(`${TABLE_PATH} is stale: run npx tsx scripts/gen-pinyin-table.ts`);
      process.exit(1);
    }
    console.log('pinyin table up to date');
  } else {
    writeFileSync(TABLE_PATH, out);
    console.log(`wrote ${TABLE_PATH} (${out.length} chars)`);
  }
}
