/**
 * The popup's directive filter: a directive matches when every word of the query is found in
 * its speaker (name or titles), its body, its target or its text. A company's short name also
 * finds directives that use its full name, and the other way round.
 */
import type { TabReport } from './report';

/** Shown only for reports with more directives than this. */
export const FILTER_THRESHOLD = 10;

const norm = (s: string) => s.toLowerCase().normalize('NFKC');

export function filterDirectives(report: Pick<TabReport, 'directives' | 'officials' | 'enterprises'>, query: string): TabReport['directives'] {
  const words = norm(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return report.directives;
  const titles = new Map(report.officials.map((o) => [o.name, o.titles]));
  // Every name a company goes by, for each of its names.
  const companyNames = report.enterprises.map((e) => [e.name, ...e.aliases].map(norm));
  const expand = (word: string) => [word, ...companyNames.filter((names) => names.some((n) => n.includes(word))).flat()];
  return report.directives.filter((d) => {
    const haystack = norm([d.speaker ?? '', ...(d.speaker ? (titles.get(d.speaker) ?? []) : []), d.body ?? '', d.target ?? '', d.text].join('\n'));
    return words.every((w) => expand(w).some((x) => haystack.includes(x)));
  });
}
