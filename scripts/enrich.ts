/**
 * CLI: npm run enrich -- [--json] [--target zh-CN|zh-TW|zh-HK|off] FILE...
 * .html/.htm files are parsed as pages (detect, extract, enrich: the same page pipeline as the
 * extension, lib/page); anything else is text; `-` reads standard input. Bytes are decoded by
 * what they are (byte-order mark, UTF-16, UTF-8, else GB18030 or Big5), not by what a page
 * declares. --json prints one JSON object per file, one per line.
 * Exit 2 on bad usage, 1 when a file cannot be read.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { decodeBytes } from '../lib/encoding';
import { enrichText } from '../lib/index';
import { enrichPage, readPage } from '../lib/page';
import '../lib/script/traditional';
import { TARGET_SCRIPTS, type Enrichment, type TargetScript } from '../lib/types';

const USAGE = `usage: npm run enrich -- [--json] [--target zh-CN|zh-TW|zh-HK|off] [--url URL] FILE...
  FILE    a text file, an .html/.htm page, or - for standard input
  --url   the address the next page was served at (site profiles read it; default file://FILE)
  --json  print one JSON object per file:
          { article, text, edits, script, officials, enterprises, directives }`;

interface Args {
  json: boolean;
  target: TargetScript;
  files: string[];
  /** The URL given for a file with --url before it. */
  urls: Map<number, string>;
}

function usage(message?: string): never {
  if (message) console.error(`enrich: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, target: 'zh-CN', files: [], urls: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--target' || a.startsWith('--target=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!TARGET_SCRIPTS.includes(v as TargetScript)) usage(`unknown target ${JSON.stringify(v ?? '')}`);
      args.target = v as TargetScript;
    } else if (a === '--url' || a.startsWith('--url=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v || !/^[a-z][\w+.-]*:\/\//i.test(v)) usage(`--url needs an absolute URL, got ${JSON.stringify(v ?? '')}`);
      args.urls.set(args.files.length, v);
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
    return decodeBytes(readFileSync(file === '-' ? 0 : file)).text;
  } catch (e) {
    console.error(`enrich: cannot read ${file}: ${(e as Error).message}`);
    process.exit(1);
  }
}

interface ArticleField {
  isArticle: boolean;
  title: string | null;
  /** YYYY-MM-DD */
  date: string | null;
  /** HH:mm when the page gives the time */
  time: string | null;
  source: string | null;
}

function processPage(html: string, url: string, target: TargetScript): { article: ArticleField; enrichment: Enrichment } {
  const { document } = parseHTML(html);
  const page = readPage(document as unknown as Document, url);
  const enriched = enrichPage(page.texts, { target });
  const date = page.extracted?.date ?? null;
  return {
    article: {
      isArticle: page.detection.isArticle,
      title: enriched.meta.title || null,
      date: date ? date.slice(0, 10) : null,
      time: date && date.length > 10 ? date.slice(11) : null,
      source: enriched.meta.source,
    },
    enrichment: enriched.body,
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
  if (article) out.push(`article: ${article.isArticle ? 'yes' : 'no'}${article.title ? ` — ${article.title}` : ''}${article.date ? ` (${[article.date, article.time].filter(Boolean).join(' ')})` : ''}`);
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
for (const [k, file] of args.files.entries()) {
  const input = read(file);
  const isPage = /\.html?$/i.test(file);
  const { article, enrichment } = isPage
    ? processPage(input, args.urls.get(k) ?? `file://${file}`, args.target)
    : { article: null, enrichment: enrichText(input, { target: args.target }) };
  console.log(args.json ? JSON.stringify(toJson(article, enrichment)) : summary(file, article, enrichment));
}
