/**
 * Pull quotes (● summaries above a story) repeat directives the body gives in full. A
 * bulleted unit is a pull quote when most of its clauses reappear in later directives.
 */

const MIN_CLAUSE = 4;
const COVERED_SHARE = 0.6;

export function isPullQuote(quote: string, laterTexts: string[]): boolean {
  const clauses = quote.split(/[，,；;。！？!?]/).map((c) => c.trim()).filter((c) => c.length >= MIN_CLAUSE);
  if (!clauses.length || !laterTexts.length) return false;
  const later = laterTexts.join('\n');
  const total = clauses.reduce((n, c) => n + c.length, 0);
  const covered = clauses.filter((c) => later.includes(c)).reduce((n, c) => n + c.length, 0);
  return covered / total >= COVERED_SHARE;
}
