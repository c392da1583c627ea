/**
 * Damaged variants of clean texts, made the way mirrors and content farms damage pages, to
 * measure whether the repairs generalise beyond the five seeds. Every case carries the text
 * the repair (followed by zh-CN conversion) should produce.
 *
 * Conventions decided here (and followed by the repairs):
 * - Only tone-marked syllables are pinyin. Numbered forms `(qu1)` are left alone: they are
 *   indistinguishable from labels and codes (`(a1)`, `(b2)`), and no mirror seen uses them;
 *   they keep their text, their parentheses become full-width like any pair next to Chinese.
 * - Curly quotes are kept as the source has them (gold does); straight `"…"` / `'…'` around
 *   Chinese become “…” / ‘…’, `...` / `......` after Chinese become ……, `.` ending a Chinese
 *   sentence becomes 。. Numbers, times, percentages, URLs and e-mail addresses never change.
 * - Junk is what no reader of the article wants: captcha prompts, share/print/close bars,
 *   previous/next links, "related reading" headers, copyright and takedown boilerplate.
 *   Bylines, 编辑：/责任编辑：/来源：/（作者：…） lines are part of the article and stay.
 * - A block pasted twice keeps its first copy, even when the second copy differs only in
 *   script (traditional vs simplified), punctuation width or blanks.
 */
import { Converter } from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGold } from './gold';

export type DamageKind =
  | 'pinyin-traditional'
  | 'pinyin-random'
  | 'pinyin-fullwidth-parens'
  | 'pinyin-u-umlaut'
  | 'pinyin-decomposed-tones'
  | 'pinyin-multi-syllable'
  | 'pinyin-erhua'
  | 'pinyin-line-start'
  | 'pinyin-lost-char'
  | 'pinyin-numbered-kept'
  | 'punct-halfwidth'
  | 'punct-period'
  | 'punct-straight-quotes'
  | 'punct-ellipsis'
  | 'junk-farm-lines'
  | 'bylines-kept'
  | 'dup-whole-article'
  | 'dup-paragraph'
  | 'dup-variant-copy'
  | 'mixed-mirror';

export const DAMAGE_KINDS: readonly DamageKind[] = [
  'pinyin-traditional',
  'pinyin-random',
  'pinyin-fullwidth-parens',
  'pinyin-u-umlaut',
  'pinyin-decomposed-tones',
  'pinyin-multi-syllable',
  'pinyin-erhua',
  'pinyin-line-start',
  'pinyin-lost-char',
  'pinyin-numbered-kept',
  'punct-halfwidth',
  'punct-period',
  'punct-straight-quotes',
  'punct-ellipsis',
  'junk-farm-lines',
  'bylines-kept',
  'dup-whole-article',
  'dup-paragraph',
  'dup-variant-copy',
  'mixed-mirror',
];

/** Damage that destroys information: a character lost to `?` is only recovered when its
 * neighbours single it out, so these kinds are measured but not held to the bound. */
export const LOSSY_KINDS: ReadonlySet<DamageKind> = new Set(['pinyin-lost-char']);

export interface DamageCase {
  kind: DamageKind;
  source: string;
  input: string;
  /** The zh-CN text repair + conversion should give. */
  expected: string;
}

export interface CleanText {
  id: string;
  text: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const TEXTS_DIR = resolve(here, '../fixtures/texts');

/** Gold `repaired` texts and our own clean texts (tests/fixtures/texts/repair-clean-*.txt). */
export function cleanTexts(): CleanText[] {
  const own = readdirSync(TEXTS_DIR)
    .filter((f) => f.startsWith('repair-clean-') && f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(TEXTS_DIR, f), 'utf8').trimEnd() }));
  return [...loadGold().map((g) => ({ id: g.id, text: g.repaired })), ...own];
}

/** Deterministic PRNG (mulberry32) so the corpus is the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashSeed(s: string): number {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

const isHan = (c: string | undefined) => !!c && /\p{Script=Han}/u.test(c);

let toTradConv: ((s: string) => string) | undefined;
let toSimpConv: ((s: string) => string) | undefined;
/** Character-level traditional form (as mirrors produce it), length-preserving. */
export function toTraditional(text: string): string {
  toTradConv ??= Converter({ from: 'cn', to: 't' });
  const out = toTradConv(text);
  return Array.from(out).length === Array.from(text).length ? out : Array.from(text).map((c) => toTradConv!(c)).join('');
}
function toSimplified(text: string): string {
  toSimpConv ??= Converter({ from: 't', to: 'cn' });
  return toSimpConv(text);
}

/** Contextual toned reading of every character of a line ('' for non-Han). */
function readingsOfLine(line: string): string[] {
  const chars = Array.from(line);
  const arr = pinyin(line, { type: 'array' });
  if (arr.length === chars.length) return chars.map((c, i) => (isHan(c) ? arr[i] : ''));
  return chars.map((c) => (isHan(c) ? pinyin(c) : ''));
}

function numbered(syllable: string): string {
  return pinyin(syllable, { toneType: 'num' }); // fallback never used for toned input
}

interface AnnotateOptions {
  /** Which characters get an annotation. */
  pick: (c: string, simp: string, i: number, reading: string) => boolean;
  open?: string;
  close?: string;
  form?: (reading: string, simp: string) => string;
}

/** Annotates the script-converted text `shown` using readings of its simplified form. */
function annotate(simplified: string, shown: string, o: AnnotateOptions): string {
  const simpLines = simplified.split('\n');
  const shownLines = shown.split('\n');
  return simpLines
    .map((sl, n) => {
      const sc = Array.from(sl);
      const tc = Array.from(shownLines[n] ?? sl);
      const readings = readingsOfLine(sl);
      let out = '';
      for (let i = 0; i < tc.length; i++) {
        out += tc[i];
        const r = readings[i];
        if (r && r !== tc[i] && o.pick(tc[i], sc[i], i, r)) out += (o.open ?? '(') + (o.form ? o.form(r, sc[i]) : r) + (o.close ?? ')');
      }
      return out;
    })
    .join('\n');
}

const isTradOnly = (shown: string, simp: string) => shown !== simp;

/** Replaces CJK marks by their ASCII look-alikes (not inside numbers: the clean text has none). */
function halfWidth(text: string): string {
  const map: Record<string, string> = { '，': ',', '：': ':', '；': ';', '？': '?', '！': '!', '（': '(', '）': ')' };
  let out = '';
  for (const c of text) out += map[c] ?? c;
  return out;
}

function straightQuotes(text: string): string {
  return text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
}

const FARM_JUNK = [
  '【打印】【关闭】',
  '【打印本页】 【关闭窗口】',
  '分享到：',
  '分享到：微信 微博 QQ空间',
  '扫一扫在手机打开当前页',
  '扫一扫，分享到微信',
  '相关阅读',
  '相关阅读：',
  '相关新闻',
  '上一篇：关于做好春季森林防火工作的通知',
  '下一篇：我县召开安全生产工作会议',
  '声明：本文转载自网络，仅供参考，如有侵权请联系删除。',
  '点击查看原文',
  '本文来源于网络，如有侵权请联系删除',
  '版权声明：本站部分内容来源于网络，版权归原作者所有。',
  '版权所有 © 2023 某某新闻网 All Rights Reserved',
  '请输入验证码：',
  '验证码： 看不清？换一张',
  '请输入验证码后提交',
  '【字体：大 中 小】',
  '返回顶部',
  '免责声明：本站转载的文章仅代表作者观点，与本站无关。',
  '扫码关注我们',
  '打印 | 关闭',
];

const KEPT_BYLINES = ['责任编辑：王小明', '来源：县融媒体中心', '（作者：张三 李四）', '编辑：刘洋', '审核：陈刚', '通讯员 赵磊 摄'];

function lines(t: string): string[] {
  return t.split('\n');
}

/** Insert each extra line at a random line boundary (head, tail or between). */
function insertLines(text: string, extra: string[], rand: () => number): string {
  const ls = lines(text);
  for (const e of extra) ls.splice(Math.floor(rand() * (ls.length + 1)), 0, e);
  return ls.join('\n');
}

const hanCount = (l: string) => Array.from(l).filter(isHan).length;

function damage(kind: DamageKind, clean: CleanText): DamageCase | null {
  const rand = rng(hashSeed(kind + clean.id));
  const simp = clean.text;
  const trad = toTraditional(simp);
  const tradExpected = toSimplified(trad); // round trip, so conversion errors are not counted
  const every = (c: string, s: string) => isTradOnly(c, s);
  const mk = (input: string, expected: string): DamageCase => ({ kind, source: clean.id, input, expected });
  switch (kind) {
    case 'pinyin-traditional':
      return mk(annotate(simp, trad, { pick: every }), tradExpected);
    case 'pinyin-random':
      return mk(annotate(simp, simp, { pick: () => rand() < 0.25 }), simp);
    case 'pinyin-fullwidth-parens':
      return mk(annotate(simp, trad, { pick: every, open: '（', close: '）' }), tradExpected);
    case 'pinyin-u-umlaut': {
      const u = /[üǖǘǚǜ]/;
      return mk(annotate(simp, simp, { pick: (_c, _s, _i, r) => u.test(r) || rand() < 0.1 }), simp);
    }
    case 'pinyin-decomposed-tones':
      return mk(annotate(simp, trad, { pick: every, form: (r) => r.normalize('NFD') }), tradExpected);
    case 'pinyin-multi-syllable': {
      // Two-character words get one annotation for both, spaced or run together.
      const out = simp
        .split('\n')
        .map((line) => {
          const c = Array.from(line);
          const r = readingsOfLine(line);
          let s = '';
          for (let i = 0; i < c.length; i++) {
            if (isHan(c[i]) && isHan(c[i + 1]) && rand() < 0.3) {
              s += c[i] + c[i + 1] + '(' + r[i] + (rand() < 0.5 ? ' ' : '') + r[i + 1] + ')';
              i++;
            } else s += c[i];
          }
          return s;
        })
        .join('\n');
      return mk(out, simp);
    }
    case 'pinyin-erhua': {
      if (!simp.includes('儿')) return null;
      // `一点儿(yī diǎnr)`, `这儿(zhèr)` and plain annotations elsewhere.
      const out = simp
        .split('\n')
        .map((line) => {
          const c = Array.from(line);
          const r = readingsOfLine(line);
          let s = '';
          for (let i = 0; i < c.length; i++) {
            if (isHan(c[i]) && c[i + 1] === '儿' && c[i] !== '女') {
              s += c[i] + '儿(' + r[i] + 'r)';
              i++;
            } else s += c[i] + (isHan(c[i]) && rand() < 0.2 ? `(${r[i]})` : '');
          }
          return s;
        })
        .join('\n');
      return mk(out, simp);
    }
    case 'pinyin-line-start':
      return mk(annotate(simp, trad, { pick: (c, s, i) => i === 0 || isTradOnly(c, s) }), tradExpected);
    case 'pinyin-lost-char': {
      // Mirrors that could not encode a character write `?` and lose its `(` too: `?jī)`.
      const base = annotate(simp, trad, { pick: every });
      const out = base.replace(/(\p{Script=Han})\(([^()\s]{1,7})\)/gu, (m, _c: string, r: string) =>
        rand() < 0.06 ? (rand() < 0.7 ? `?${r})` : `?(${r})`) : m,
      );
      return mk(out, tradExpected);
    }
    case 'pinyin-numbered-kept': {
      const input = annotate(simp, simp, { pick: () => rand() < 0.25, form: numbered });
      // Expected: the numbered glosses stay, in full-width parentheses (same picks, same seed).
      const again = rng(hashSeed(kind + clean.id));
      return mk(input, annotate(simp, simp, { pick: () => again() < 0.25, form: numbered, open: '（', close: '）' }));
    }
    case 'punct-halfwidth':
      return mk(halfWidth(simp), simp);
    case 'punct-period': {
      if (!simp.includes('。')) return null;
      return mk(halfWidth(simp).replace(/。/g, '.'), simp);
    }
    case 'punct-straight-quotes':
      if (!/[“”‘’]/.test(simp)) return null;
      return mk(straightQuotes(simp), simp);
    case 'punct-ellipsis': {
      // Add an ellipsis to some sentences, then write it the ASCII way.
      const withEll = lines(simp)
        .map((l) => (hanCount(l) > 20 && rand() < 0.5 ? l.replace('，', '……') : l))
        .join('\n');
      if (!withEll.includes('……')) return null;
      let n = 0;
      return mk(withEll.replace(/……/g, () => (n++ % 2 ? '...' : '......')), withEll);
    }
    case 'junk-farm-lines': {
      const picked = FARM_JUNK.filter(() => rand() < 0.5);
      return mk(insertLines(simp, picked, rand), simp);
    }
    case 'bylines-kept': {
      const withBylines = insertLines(simp, KEPT_BYLINES, rand);
      return mk(withBylines, withBylines);
    }
    case 'dup-whole-article':
      return mk(simp + '\n' + simp, simp);
    case 'dup-paragraph': {
      const ls = lines(simp);
      const long = ls.map((l, i) => [l, i] as const).filter(([l]) => hanCount(l) >= 20);
      if (long.length === 0) return null;
      const [p, i] = long[Math.floor(rand() * long.length)];
      const at = i + 1 + Math.floor(rand() * (ls.length - i));
      ls.splice(at, 0, p);
      return mk(ls.join('\n'), simp);
    }
    case 'dup-variant-copy':
      // The second copy converted to traditional with half-width punctuation.
      return mk(simp + '\n' + halfWidth(trad), simp);
    case 'mixed-mirror': {
      const pinyinTrad = annotate(simp, trad, { pick: every });
      const picked = FARM_JUNK.filter(() => rand() < 0.3);
      const input = insertLines(halfWidth(pinyinTrad), picked, rand);
      return mk(input + '\n' + halfWidth(pinyinTrad), tradExpected);
    }
  }
}

/** Every damage kind applied to every clean text (kinds that do not apply are skipped). */
export function damageCorpus(texts: CleanText[] = cleanTexts()): DamageCase[] {
  const cases: DamageCase[] = [];
  for (const kind of DAMAGE_KINDS) {
    for (const t of texts) {
      const c = damage(kind, t);
      if (c) cases.push(c);
    }
  }
  return cases;
}
