/** Directive exports: Markdown for pasting, JSON and CSV (UTF-8 with BOM for spreadsheets). */
import type { TabReport } from './report';

type Directives = TabReport['directives'];

export function groupBySpeaker(directives: Directives): { speaker: string | null; items: Directives }[] {
  const groups: { speaker: string | null; items: Directives }[] = [];
  for (const d of directives) {
    const key = d.speaker ?? null;
    let g = groups.find((x) => x.speaker === key);
    if (!g) groups.push((g = { speaker: key, items: [] }));
    g.items.push(d);
  }
  return groups;
}

const FORCE_LABEL = { require: '要求', encourage: '鼓励' } as const;

export function directivesToMarkdown(report: TabReport): string {
  const titles = new Map(report.officials.map((o) => [o.name, o.titles.join('、')]));
  const lines = [`# ${report.article?.title ?? report.url}`, ''];
  for (const g of groupBySpeaker(report.directives)) {
    const who = g.speaker ? `${titles.get(g.speaker) ?? ''}${g.speaker}` : (g.items[0]?.body ?? '未署名');
    lines.push(`## ${who}`, '');
    for (const d of g.items) lines.push(`- 【${FORCE_LABEL[d.force]}】${d.text}`);
    lines.push('');
  }
  return lines.join('\n');
}

export function directivesToJson(report: TabReport): string {
  return JSON.stringify({ url: report.url, article: report.article, directives: report.directives }, null, 2);
}

function csvCell(s: string): string {
  // Quote every cell; a leading = + - @ is defused so spreadsheets do not run it as a formula.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function directivesToCsv(report: TabReport): string {
  const rows = [['speaker', 'force', 'target', 'text']];
  for (const d of report.directives) rows.push([d.speaker ?? d.body ?? '', d.force, d.target ?? '', d.text]);
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
