/**
 * CLI: npm run enrich -- [--json] [--target zh-CN|zh-TW|zh-HK|off] FILE...
 * .html/.htm files are parsed as pages (detect, extract, enrich); anything else is text;
 * `-` reads standard input. --json prints one JSON object per file, one per line.
 * Exit 2 on bad usage, 1 when a file cannot be read.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { detectArticle, extractArticle } from '../lib/article';
import { collectText } from '../lib/dom/text-map';
import { enrichLine, enrichText } from '../lib/index';
import '../lib/script/traditional';
import { TARGET_SCRIPTS, type Enrichment, type TargetScript } from '../lib/types';

const USAGE = `usage: npm run enrich -- [--json] [--target zh-CN|zh-TW|zh-HK|off] FILE...
  FILE    a text file, an .html/.htm page, or - for standard input
  --json  print one JSON object per file:
          { article, text, edits, script, officials, enterprises, directives }`;

interface Args {
  json: boolean;
  target: TargetScript;
  files: string[];
}

function usage(message?: string): never {
  if (message) console.error(`enrich: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, target: 'zh-CN', files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--target' || a.startsWith('--target=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!TARGET_SCRIPTS.includes(v as TargetScript)) usage(`unknown target ${JSON.stringify(v ?? '')}`);
      args.target = v as TargetScript;
    } else if (a === '-h' || a === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else args.files.push(a);
  }
  if (args.files.length === 0) usage('no input file');
  return args;
}

function read(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    console.error(`enrich: cannot read ${file}: ${(e as Error).message}`);
    process.exit(1);
  }
}

interface ArticleField {
  isArticle: boolean;
  title: string | null;
  date: string | null;
  source: string | null;
}

function processPage(html: string, file: string, target: TargetScript): { article: ArticleField; enrichment: Enrichment } {
  const { document } = parseHTML(html);
  const url = `file://${file}`;
  const verdict = detectArticle(document as unknown as Document, url);
  const extracted = extractArticle(document as unknown as Document, url);
  const root = (extracted?.root ?? document.body ?? document.documentElement) as unknown as Element;
  const { text } = collectText(root, { exclude: extracted?.exclude });
  const enrichment = enrichText(text, { target });
  // Metadata is repaired like the page around the article: as a mirror if the body was one.
  const around = { target, pinyinMirror: enrichment.edits.some((e) => e.kind === 'pinyin'), scriptPerLine: true };
  const line = (t: string | null | undefined) => (t ? enrichLine(t, around) || null : null);
  return {
    article: {
      isArticle: verdict.isArticle,
      title: line(extracted?.title ?? document.title),
      date: extracted?.date ?? null,
      source: line(extracted?.source),
    },
    enrichment,
  };
}

function toJson(article: ArticleField | null, e: Enrichment) {
  return {
    article,
    text: e.text,
    edits: e.edits.map(({ kind, start, end, replacement }) => ({ kind, start, end, replacement })),
    script: e.script,
    officials: e.officials.map((o) => ({ name: o.name, titles: o.titles, mentions: o.spans.length })),
    enterprises: e.enterprises.map((x) => ({ name: x.name, aliases: x.aliases, mentions: x.spans.length })),
    directives: e.directives.map((d) => ({ speaker: d.speaker, force: d.force, text: d.text, start: d.start, end: d.end, target: d.target ?? null, body: d.body ?? null })),
  };
}

function summary(file: string, article: ArticleField | null, e: Enrichment): string {
  const counts = new Map<string, number>();
  for (const x of e.edits) counts.set(x.kind, (counts.get(x.kind) ?? 0) + 1);
  const out = [`== ${file}`];
  if (article) out.push(`article: ${article.isArticle ? 'yes' : 'no'}${article.title ? ` — ${article.title}` : ''}${article.date ? ` (${article.date})` : ''}`);
  out.push(`script: ${e.script.detected} → ${e.script.target}`);
  out.push(`repairs: ${[...counts].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
  out.push(`officials: ${e.officials.map((o) => `${o.titles.join('、')}${o.name}`).join('；') || 'none'}`);
  out.push(`enterprises: ${e.enterprises.map((x) => x.name).join('、') || 'none'}`);
  out.push(`directives: ${e.directives.length}`);
  for (const d of e.directives) out.push(`  [${d.force}] ${d.speaker ?? d.body ?? '—'}: ${d.text}`);
  out.push('', e.text);
  return out.join('\n');
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));

const args = parseArgs(process.argv.slice(2));
for (const file of args.files) {
  const input = read(file);
  const isPage = /\.html?$/i.test(file);
  const { article, enrichment } = isPage
    ? processPage(input, file, args.target)
    : { article: null, enrichment: enrichText(input, { target: args.target }) };
  console.log(args.json ? JSON.stringify(toJson(article, enrichment)) : summary(file, article, enrichment));
}
