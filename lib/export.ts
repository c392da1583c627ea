/** Directive exports: Markdown for pasting, JSON and CSV (UTF-8 with BOM for spreadsheets). */
import type { TabReport } from './report';
import type { DirectiveForce } from './types';

type Directives = TabReport['directives'];

export interface DirectiveGroup {
  /** The official who issued them, or null. */
  speaker: string | null;
  /** The body (会议, 市委 …) when there is no speaker, or null. */
  body: string | null;
  items: Directives;
}

/**
 * Directives grouped by who issued them, in article order of first appearance: one group per
 * official, one per body (会议 and 市委 are two groups), one for directives with neither.
 */
export function groupBySpeaker(directives: Directives): DirectiveGroup[] {
  const groups = new Map<string, DirectiveGroup>();
  for (const d of directives) {
    const speaker = d.speaker ?? null;
    const body = speaker === null ? (d.body ?? null) : null;
    const key = speaker !== null ? `speaker:${speaker}` : body !== null ? `body:${body}` : 'none';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { speaker, body, items: [] }));
    g.items.push(d);
  }
  return [...groups.values()];
}

/** Words the Markdown needs, in the reader's interface language (from the UI's catalog). */
export interface MarkdownLabels {
  force: Record<DirectiveForce, string>;
  /** Heading for directives with neither speaker nor body. */
  unnamed: string;
  /** Joins an official's titles (、 in Chinese). */
  listSeparator: string;
}

export function directivesToMarkdown(report: TabReport, labels: MarkdownLabels): string {
  const titles = new Map(report.officials.map((o) => [o.name, o.titles]));
  const lines = [`# ${report.article?.title ?? report.url}`, ''];
  for (const g of groupBySpeaker(report.directives)) {
    const who = g.speaker ? `${(titles.get(g.speaker) ?? []).join(labels.listSeparator)}${g.speaker}` : (g.body ?? labels.unnamed);
    lines.push(`## ${who}`, '');
    for (const d of g.items) lines.push(`- 【${labels.force[d.force]}】${d.text}`);
    lines.push('');
  }
  return lines.join('\n');
}

export function directivesToJson(report: TabReport): string {
  return JSON.stringify({ url: report.url, article: report.article, directives: report.directives }, null, 2);
}

/**
 * A cell a spreadsheet could read as a formula: it starts with = + - @ (or their full-width
 * forms ＝ ＋ － ＠, which some spreadsheets fold to ASCII), with a tab or carriage return
 * (both start a formula in some programs), or with spaces before any of these.
 */
const FORMULA_START = /^[\t\r]|^[ \u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

export function csvCell(s: string): string {
  // Every cell quoted; a formula-like start is defused with a leading apostrophe.
  const safe = FORMULA_START.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function directivesToCsv(report: TabReport): string {
  const rows = [['speaker', 'force', 'target', 'text']];
  for (const d of report.directives) rows.push([d.speaker ?? d.body ?? '', d.force, d.target ?? '', d.text]);
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
