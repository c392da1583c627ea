/**
 * Reads the reference answers in ../shared/gold and scores results against them, following
 * the rules in ../shared/gold/README.md. Nothing here is copied: files are read at run time.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const SHARED_DIR = process.env.ZHENGWEN_SHARED ?? resolve(here, '../../../shared');
export const GOLD_DIR = join(SHARED_DIR, 'gold');
export const SEEDS_DIR = join(SHARED_DIR, 'seeds');

export interface GoldDirective {
  speaker: string | null;
  force: 'require' | 'encourage';
  head: string;
  text: string;
}
export interface Gold {
  id: string;
  source: string;
  defects: string[];
  title: string;
  date: string | null;
  clean: string;
  repaired: string;
  officials: { name: string; titles: string[] }[];
  enterprises: { name: string; aliases: string[] }[];
  directives: GoldDirective[];
  optional: {
    officials: { name: string; titles: string[] }[];
    enterprises: { name: string; aliases: string[] }[];
    directives: GoldDirective[];
  };
  /** The raw seed text this gold file describes. */
  raw: string;
}

/** All gold files with their seed texts. Fails loudly when ../shared is missing. */
export function loadGold(): Gold[] {
  if (!existsSync(GOLD_DIR)) {
    throw new Error(`gold annotations not found at ${GOLD_DIR}; set ZHENGWEN_SHARED to the shared folder`);
  }
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const g = JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8')) as Omit<Gold, 'raw'>;
      return { ...g, raw: readFileSync(join(SEEDS_DIR, g.source), 'utf8') };
    });
}

const stripWs = (s: string) => s.replace(/\s+/g, '');

/** Levenshtein distance, O(n·m) time and O(m) memory. */
export function editDistance(a: string, b: string): number {
  const A = Array.from(a);
  const B = Array.from(b);
  let prev = new Uint32Array(B.length + 1);
  let cur = new Uint32Array(B.length + 1);
  for (let j = 0; j <= B.length; j++) prev[j] = j;
  for (let i = 1; i <= A.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= B.length; j++) {
      const cost = A[i - 1] === B[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[B.length];
}

/** Character error rate, whitespace and line breaks ignored. */
export function cer(predicted: string, gold: string): number {
  const g = stripWs(gold);
  return editDistance(stripWs(predicted), g) / Math.max(1, Array.from(g).length);
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

/** A set's answer with absent lists (and `optional`) filled in empty, as scoring expects. */
export function withOptional(g: Partial<Gold>): Gold {
  return {
    officials: [],
    enterprises: [],
    directives: [],
    ...g,
    optional: { officials: [], enterprises: [], directives: [], ...(g.optional ?? {}) },
  } as Gold;
}

/** Scores pooled over documents (micro-averaged). */
export function sumPrf(xs: readonly PRF[]): PRF {
  return prf(
    xs.reduce((a, x) => a + x.tp, 0),
    xs.reduce((a, x) => a + x.fp, 0),
    xs.reduce((a, x) => a + x.fn, 0),
  );
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

/** Set comparison of official names; optional names are removed from both sides. */
export function scoreOfficials(predicted: { name: string }[], gold: Gold): PRF {
  const optional = new Set(gold.optional.officials.map((o) => o.name));
  const g = new Set(gold.officials.map((o) => o.name).filter((n) => !optional.has(n)));
  const p = new Set(predicted.map((o) => o.name).filter((n) => !optional.has(n)));
  let tp = 0;
  for (const n of p) if (g.has(n)) tp++;
  return prf(tp, p.size - tp, g.size - tp);
}

/** Share of gold officials (found ones) for whom every gold title was found. */
export function titleCoverage(predicted: { name: string; titles: string[] }[], gold: Gold): { complete: number; total: number } {
  let complete = 0;
  let total = 0;
  for (const g of gold.officials) {
    const p = predicted.find((x) => x.name === g.name);
    total++;
    if (p && g.titles.every((t) => p.titles.includes(t))) complete++;
  }
  return { complete, total };
}

/** Enterprises: found under the name or any alias counts; optional ones removed both sides. */
export function scoreEnterprises(predicted: { name: string; aliases: string[] }[], gold: Gold): PRF {
  const optionalNames = new Set(gold.optional.enterprises.flatMap((e) => [e.name, ...e.aliases]));
  const goldItems = gold.enterprises.filter((e) => !optionalNames.has(e.name));
  const preds = predicted.filter((p) => ![p.name, ...p.aliases].some((n) => optionalNames.has(n)));
  const matchedGold = new Set<number>();
  let tp = 0;
  for (const p of preds) {
    const names = [p.name, ...p.aliases];
    const gi = goldItems.findIndex((g, i) => !matchedGold.has(i) && [g.name, ...g.aliases].some((n) => names.includes(n)));
    if (gi >= 0) {
      matchedGold.add(gi);
      tp++;
    }
  }
  return prf(tp, preds.length - tp, goldItems.length - tp);
}

export interface DirectiveScore extends PRF {
  speakerCorrect: number;
  matched: number;
  speakerAccuracy: number;
}

/**
 * A prediction matches a gold directive when its text contains the gold head (whitespace
 * stripped); each gold directive matches at most one prediction. Predictions matching an
 * optional directive are removed before scoring.
 */
export function scoreDirectives(
  predicted: { speaker: string | null; text: string }[],
  gold: Gold,
): DirectiveScore {
  const optionalHeads = gold.optional.directives.map((d) => stripWs(d.head));
  const goldItems = gold.directives;
  const used = new Set<number>();
  let tp = 0;
  let fp = 0;
  let speakerCorrect = 0;
  for (const p of predicted) {
    const t = stripWs(p.text);
    const gi = goldItems.findIndex((g, i) => !used.has(i) && t.includes(stripWs(g.head)));
    if (gi >= 0) {
      used.add(gi);
      tp++;
      if ((p.speaker ?? null) === (goldItems[gi].speaker ?? null)) speakerCorrect++;
    } else if (!optionalHeads.some((h) => t.includes(h))) fp++;
  }
  const base = prf(tp, fp, goldItems.length - tp);
  return { ...base, speakerCorrect, matched: tp, speakerAccuracy: tp === 0 ? 1 : speakerCorrect / tp };
}
