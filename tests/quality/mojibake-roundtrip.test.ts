/**
 * Round trip: gold texts (and a few texts written for this test) mis-encoded every way the
 * step must undo, repaired, and compared with the undamaged text per corruption kind.
 */
import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../lib/repair/mojibake';
import { cer, loadGold } from '../support/gold';
import { doublingRatio } from '../support/timing';
import {
  buildMojibakeCorpus,
  CORRUPTION_KINDS,
  decodeTolerant,
  DESTRUCTIVE_KINDS,
  encodeLegacy,
  INFERRED_KINDS,
  markedEditDistance,
  type CorruptionKind,
} from '../support/mojibake-corpus';

/** Written for this test, not taken from the seeds: other regions, other vocabulary. */
const OWN_TEXTS = [
  '6月3日上午，县长王建平带队赴乡镇检查防汛工作。他指出，各级各部门要把防汛救灾作为当前首要任务，切实加强隐患排查，确保群众生命财产安全。\n副县长刘海燕陪同检查。',
  '近日，市科技局组织召开新能源汽车产业发展座谈会。会议要求，要加快推进关键技术攻关，鼓励企业加大研发投入，打造具有竞争力的产业集群。\n来源：市科技局',
  '今年以来，我区深入实施乡村振兴战略，累计投入资金3.2亿元，新建改建农村公路120公里，完成农村危房改造860户。（记者 陈晓东）',
];

const gold = loadGold();
const corpus = buildMojibakeCorpus([
  ...gold.map((g) => ({ id: g.id, text: g.repaired })),
  ...OWN_TEXTS.map((text, i) => ({ id: `own-${i}`, text })),
]);

interface Tally {
  marked: number;
  raw: number;
  length: number;
  cases: number;
  lossyReported: number;
  lossyCases: number;
}

describe('mojibake round trip', () => {
  const tallies = new Map<CorruptionKind, Tally>();
  for (const c of corpus) {
    const r = repairMojibake(c.damaged);
    const m = markedEditDistance(r.text, c.expected);
    const t = tallies.get(c.kind) ?? { marked: 0, raw: 0, length: 0, cases: 0, lossyReported: 0, lossyCases: 0 };
    t.marked += m.distance;
    t.raw += cer(r.text, c.expected) * m.length;
    t.length += m.length;
    t.cases++;
    if (c.lossy && c.damaged !== c.expected) {
      t.lossyCases++;
      if (r.edits.some((e) => e.kind === 'lossy')) t.lossyReported++;
    }
    tallies.set(c.kind, t);
  }

  it('prints the CER table', () => {
    const rows = CORRUPTION_KINDS.map((k) => {
      const t = tallies.get(k)!;
      return {
        kind: k,
        cases: t.cases,
        'CER (U+FFFD = marked loss)': +(t.marked / t.length).toFixed(4),
        'CER raw': +(t.raw / t.length).toFixed(4),
        'lossy reported': `${t.lossyReported}/${t.lossyCases}`,
      };
    });
    console.log('mojibake round trip, per corruption kind');
    console.table(rows);
    expect(rows).toHaveLength(CORRUPTION_KINDS.length);
  });

  // Measured on this corpus (0.084, 0.080, 0.162, 0.035, 0.104, 0.010), with a margin.
  const INFERRED_MAX: Partial<Record<CorruptionKind, number>> = {
    'gbk-tolerant-nfkc': 0.1,
    'gbk-latin1-nfkc-copy': 0.1,
    'utf8-cp1252-nfkc-strip': 0.2,
    'utf8-as-gbk-saved': 0.05,
    'utf8-as-gbk-twice': 0.13,
    'big5-as-gbk': 0.02,
  };
  // Shifted kinds (a dropped byte): the loss is marked, the realigned text must read right.
  const SHIFTED: ReadonlySet<CorruptionKind> = new Set(['gbk-shifted', 'big5-shifted']);
  for (const kind of CORRUPTION_KINDS) {
    if (SHIFTED.has(kind)) {
      it(`${kind}: recovered with CER ≤ 0.005 (marked losses excepted)`, () => {
        const t = tallies.get(kind)!;
        expect(t.marked / t.length).toBeLessThanOrEqual(0.005);
      });
      continue;
    }
    if (INFERRED_KINDS.has(kind)) {
      // Bytes folded (NFKC), stripped (C1 controls) or replaced (U+FFFD, `?`): the repair infers
      // what it can; the bound is what that leaves (measured, with a margin).
      it(`${kind}: recovered with CER ≤ ${INFERRED_MAX[kind]} (marked losses excepted)`, () => {
        const t = tallies.get(kind)!;
        expect(t.marked / t.length).toBeLessThanOrEqual(INFERRED_MAX[kind] ?? 0);
      });
      continue;
    }
    if (DESTRUCTIVE_KINDS.has(kind)) {
      it(`${kind}: destroyed bytes are marked lossy, not guessed`, () => {
        const t = tallies.get(kind)!;
        expect(t.lossyReported).toBe(t.lossyCases);
      });
      continue;
    }
    it(`${kind}: recovered with CER ≤ 0.005 (marked losses excepted)`, () => {
      const t = tallies.get(kind)!;
      expect(t.marked / t.length).toBeLessThanOrEqual(0.005);
      expect(t.lossyReported).toBe(t.lossyCases);
    });
  }

  it('clean gold texts and their traditional forms get zero edits', () => {
    for (const g of gold) {
      expect(repairMojibake(g.repaired).edits).toEqual([]);
      expect(repairMojibake(g.clean).edits).toEqual([]);
    }
  });
});

describe('mojibake repair runs in linear time', () => {
  it('mixed readings (tolerant decoder + NFKC): 40k characters take at most ~2× the time of 20k', () => {
    const sentence = '县水利局提供液压启闭机维修咨询服务，今年已完成12座水闸的检修工作。\n';
    const make = (n: number) => decodeTolerant(encodeLegacy(sentence.repeat(Math.ceil(n / sentence.length)), 'gbk')).normalize('NFKC');
    repairMojibake(make(500));
    const { small, big, ratio } = doublingRatio(repairMojibake, make(20_000), make(40_000), 3);
    console.log(`mixed readings: 20k ${small.toFixed(0)} ms, 40k ${big.toFixed(0)} ms`);
    expect(ratio).toBeLessThan(3.5);
  });

  const adversarial: [string, (n: number) => string][] = [
    ['Ã run', (n) => 'Ã'.repeat(n)],
    ['锟斤拷 run', (n) => '锟斤拷'.repeat(Math.ceil(n / 3)).slice(0, n)],
    ['random Latin-1', (n) => Array.from({ length: n }, (_, i) => String.fromCharCode(0xa0 + ((i * 7919) % 96))).join('')],
    ['UTF-8 read as GBK', (n) => new TextDecoder('gbk').decode(new TextEncoder().encode('经济发展会议强调'.repeat(Math.ceil(n / 12)))).slice(0, n)],
    ['U+FFFD with junk', (n) => '\uFFFDA'.repeat(n / 2)],
  ];
  for (const [name, make] of adversarial) {
    it(`${name}: 1 MB takes at most ~2× the time of 0.5 MB (generous bound 3.5×)`, () => {
      repairMojibake(make(1000)); // warm tables and JIT
      // Each 1 MB pass takes 1–2 s: three runs are enough to step over a GC pause.
      const { small, big, ratio } = doublingRatio(repairMojibake, make(500_000), make(1_000_000), 3);
      console.log(`${name}: 0.5 MB ${small.toFixed(0)} ms, 1 MB ${big.toFixed(0)} ms`);
      expect(ratio).toBeLessThan(3.5);
    });
  }
});
