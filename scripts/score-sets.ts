/**
 * Scores evaluation sets through the CLI contract (`scripts/enrich.ts --json`), so the same
 * command measures this checkout or any other (`--root DIR`: an older commit checked out
 * beside it, for before/after figures on a set written blind).
 *
 *   npx tsx scripts/score-sets.ts [--root DIR] [--verbose] SET_DIR...
 *
 * A set is one of:
 * - texts: NN.txt with NN.json in the gold schema (../shared/gold/README.md): officials,
 *   enterprises, directives, and CER of the text against `repaired`;
 * - repair: NN.txt with NN.json holding `repaired` and `damage` (no entity annotations): CER of
 *   output and of input against `repaired` (never worse), per damage kind;
 * - pages: manifest.json listing pages/*.html with isArticle, title, date, source, bodyFirst,
 *   bodyLast, bodyMustNotContain.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cer, scoreDirectives, scoreEnterprises, scoreOfficials, sumPrf, withOptional, type Gold, type PRF } from '../tests/support/gold';

interface CliResult {
  article: { isArticle: boolean; title: string | null; date: string | null; source: string | null } | null;
  text: string;
  edits: { kind: string }[];
  officials: { name: string; titles: string[] }[];
  enterprises: { name: string; aliases: string[] }[];
  directives: { speaker: string | null; text: string }[];
}

const args = process.argv.slice(2);
let root = resolve('.');
let verbose = false;
const sets: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--root') root = resolve(args[++i]);
  else if (args[i] === '--verbose') verbose = true;
  else sets.push(resolve(args[i]));
}

/** Runs the CLI of `root` on files (with the URL each page was served at), in batches; one result per file. */
function enrich(files: string[], urls: (string | undefined)[] = []): CliResult[] {
  const out: CliResult[] = [];
  const run = (args: string[]) =>
    execFileSync('npx', ['tsx', 'scripts/enrich.ts', '--json', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] })
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as CliResult);
  for (let i = 0; i < files.length; i += 40) {
    const batch = files.slice(i, i + 40).map((f, k) => (urls[i + k] ? ['--url', urls[i + k]!, f] : [f]));
    try {
      out.push(...run(batch.flat()));
    } catch {
      // A checkout that crashes on some file (an older one, measured for "before"): file by
      // file, a crash scoring as finding nothing.
      for (const [k, args] of batch.entries()) {
        try {
          out.push(...run(args));
        } catch {
          crashed.push(files[i + k]);
          out.push({ article: null, text: '', edits: [], officials: [], enterprises: [], directives: [] });
        }
      }
    }
  }
  return out;
}

/** Files the CLI crashed on (reported after each set). */
const crashed: string[] = [];

const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
const f3 = (x: number) => x.toFixed(3);

function scoreTexts(dir: string, names: string[]): void {
  const golds = names.map((n) => withOptional(JSON.parse(readFileSync(join(dir, `${n}.json`), 'utf8')) as Gold));
  const results = enrich(names.map((n) => join(dir, `${n}.txt`)));
  const off: PRF[] = [];
  const ent: PRF[] = [];
  const dir_: PRF[] = [];
  let matched = 0;
  let speakerOk = 0;
  let cerSum = 0;
  names.forEach((n, k) => {
    const g = golds[k];
    const r = results[k];
    const o = scoreOfficials(r.officials, g);
    const e = scoreEnterprises(r.enterprises, g);
    const d = scoreDirectives(r.directives, g);
    const c = g.repaired ? cer(r.text, g.repaired) : 0;
    off.push(o);
    ent.push(e);
    dir_.push(d);
    matched += d.matched;
    speakerOk += d.speakerCorrect;
    cerSum += c;
    if (verbose && (o.fp + o.fn + e.fp + e.fn + d.fp + d.fn > 0 || d.speakerCorrect < d.matched || c > 0)) {
      const gOff = new Set(g.officials.map((x) => x.name));
      const pOff = new Set(r.officials.map((x) => x.name));
      const optOff = new Set(g.optional.officials.map((x) => x.name));
      const gEnt = g.enterprises.map((x) => [x.name, ...x.aliases]);
      const optEnt = new Set(g.optional.enterprises.flatMap((x) => [x.name, ...x.aliases]));
      console.log(`  ${n}: off ${o.tp}/${o.tp + o.fn} fp ${o.fp}; ent ${e.tp}/${e.tp + e.fn} fp ${e.fp}; dir ${d.tp}/${d.tp + d.fn} fp ${d.fp} spk ${d.speakerCorrect}/${d.matched}; cer ${pct(c)}`);
      const missOff = [...gOff].filter((x) => !pOff.has(x) && !optOff.has(x));
      const extraOff = [...pOff].filter((x) => !gOff.has(x) && !optOff.has(x));
      if (missOff.length) console.log(`     officials missed: ${missOff.join(' ')}`);
      if (extraOff.length) console.log(`     officials extra: ${extraOff.join(' ')}`);
      const pNames = r.enterprises.map((x) => [x.name, ...x.aliases]);
      const missEnt = gEnt.filter((names) => !optEnt.has(names[0]) && !pNames.some((p) => p.some((x) => names.includes(x)))).map((x) => x[0]);
      const extraEnt = pNames.filter((p) => !p.some((x) => optEnt.has(x)) && !gEnt.some((names) => p.some((x) => names.includes(x)))).map((x) => x.join('/'));
      if (missEnt.length) console.log(`     enterprises missed: ${missEnt.join(' ')}`);
      if (extraEnt.length) console.log(`     enterprises extra: ${extraEnt.join(' ')}`);
      const strip = (s: string) => s.replace(/\s+/g, '');
      const optHeads = g.optional.directives.map((x) => strip(x.head));
      const used = new Set<number>();
      for (const p of r.directives) {
        const t = strip(p.text);
        const gi = g.directives.findIndex((x, i) => !used.has(i) && t.includes(strip(x.head)));
        if (gi >= 0) {
          used.add(gi);
          if ((p.speaker ?? null) !== (g.directives[gi].speaker ?? null)) console.log(`     speaker ${p.speaker} ≠ ${g.directives[gi].speaker}: ${g.directives[gi].head}`);
        } else if (!optHeads.some((h) => t.includes(h))) console.log(`     directive extra [${p.speaker}]: ${p.text.slice(0, 60)}`);
      }
      g.directives.forEach((x, i) => {
        if (!used.has(i)) console.log(`     directive missed [${x.speaker}]: ${x.head}`);
      });
    }
  });
  const O = sumPrf(off);
  const E = sumPrf(ent);
  const D = sumPrf(dir_);
  console.log(
    `texts ${names.length}: officials P ${f3(O.precision)} R ${f3(O.recall)} F1 ${f3(O.f1)} | enterprises P ${f3(E.precision)} R ${f3(E.recall)} F1 ${f3(E.f1)} | ` +
      `directives P ${f3(D.precision)} R ${f3(D.recall)} F1 ${f3(D.f1)} | speaker ${speakerOk}/${matched} = ${f3(matched ? speakerOk / matched : 1)} | mean CER ${pct(cerSum / names.length)}`,
  );
}

function scoreRepair(dir: string, names: string[]): void {
  const golds = names.map((n) => JSON.parse(readFileSync(join(dir, `${n}.json`), 'utf8')) as { repaired: string; damage?: string[] });
  const inputs = names.map((n) => readFileSync(join(dir, `${n}.txt`), 'utf8'));
  const results = enrich(names.map((n) => join(dir, `${n}.txt`)));
  const byKind = new Map<string, { n: number; err: number; len: number }>();
  let err = 0;
  let len = 0;
  let worse = 0;
  names.forEach((n, k) => {
    const gold = golds[k].repaired;
    const out = cer(results[k].text, gold);
    const before = cer(inputs[k], gold);
    const goldLen = gold.replace(/\s+/g, '').length;
    err += out * goldLen;
    len += goldLen;
    if (out > before + 1e-9) worse++;
    for (const kind of golds[k].damage ?? ['none']) {
      const s = byKind.get(kind) ?? { n: 0, err: 0, len: 0 };
      s.n++;
      s.err += out * goldLen;
      s.len += goldLen;
      byKind.set(kind, s);
    }
    if (verbose) console.log(`  ${n}: CER ${pct(out)} (input ${pct(before)})${out > before + 1e-9 ? ' WORSE' : ''} [${(golds[k].damage ?? []).join(', ')}]`);
  });
  console.log(`repair ${names.length}: overall CER ${pct(err / len)}, worse than input: ${worse}`);
  for (const [kind, s] of [...byKind].sort()) console.log(`  ${kind.padEnd(28)} n=${String(s.n).padStart(2)}  CER ${pct(s.err / s.len)}`);
}

interface PageCase {
  file: string;
  url?: string;
  isArticle: boolean;
  title: string | null;
  date: string | null;
  source: string | null;
  bodyFirst?: string;
  bodyLast?: string;
  bodyMustNotContain?: string[];
  category?: string;
}

function scorePages(dir: string): void {
  const cases = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as PageCase[];
  const files = cases.map((c) => join(dir, c.file.includes('/') ? c.file : join('pages', c.file)));
  // Older checkouts have no --url: they read every page as a local file.
  const results = enrich(files, process.env.SCORE_NO_URL ? [] : cases.map((c) => c.url));
  let cls = 0;
  let title = 0;
  let date = 0;
  let source = 0;
  let body = 0;
  let articles = 0;
  const strip = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '');
  cases.forEach((c, k) => {
    const r = results[k];
    const a = r.article!;
    const okCls = a.isArticle === c.isArticle;
    if (okCls) cls++;
    const problems: string[] = [];
    if (!okCls) problems.push(`isArticle ${a.isArticle}`);
    if (c.isArticle) {
      articles++;
      const okTitle = strip(a.title) === strip(c.title);
      const okDate = (a.date ?? null) === (c.date ?? null);
      const okSource = strip(a.source) === strip(c.source);
      const text = strip(r.text);
      const okBody =
        (!c.bodyFirst || text.includes(strip(c.bodyFirst))) &&
        (!c.bodyLast || text.includes(strip(c.bodyLast))) &&
        !(c.bodyMustNotContain ?? []).some((x) => text.includes(strip(x)));
      title += +okTitle;
      date += +okDate;
      source += +okSource;
      body += +okBody;
      if (!okTitle) problems.push(`title «${a.title}» ≠ «${c.title}»`);
      if (!okDate) problems.push(`date ${a.date} ≠ ${c.date}`);
      if (!okSource) problems.push(`source «${a.source}» ≠ «${c.source}»`);
      if (!okBody) {
        const bad = (c.bodyMustNotContain ?? []).filter((x) => text.includes(strip(x)));
        problems.push(`body${c.bodyFirst && !text.includes(strip(c.bodyFirst)) ? ' lacks first' : ''}${c.bodyLast && !text.includes(strip(c.bodyLast)) ? ' lacks last' : ''}${bad.length ? ` has ${bad.join('|')}` : ''}`);
      }
    }
    if (verbose && problems.length) console.log(`  ${c.file}: ${problems.join('; ')}`);
  });
  console.log(`pages ${cases.length}: classified ${cls}/${cases.length}; of ${articles} articles: title ${title}, date ${date}, source ${source}, clean body ${body}`);
}

for (const dir of sets) {
  console.log(`== ${dir} (root ${root})`);
  if (existsSync(join(dir, 'manifest.json'))) {
    scorePages(dir);
    continue;
  }
  const names = readdirSync(dir)
    .filter((f) => /^\d+\.json$/.test(f))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
  const first = JSON.parse(readFileSync(join(dir, `${names[0]}.json`), 'utf8')) as Record<string, unknown>;
  if ('officials' in first) scoreTexts(dir, names);
  else scoreRepair(dir, names);
  if (crashed.length) console.log(`crashed on ${crashed.length}: ${crashed.splice(0).map((f) => f.split('/').pop()).join(' ')}`);
}
