/** YAML front matter (`---` … `---` at the top of a saved Jekyll/Hugo page) is page junk. */
import type { StepResult } from '../types';

const MAX_FRONT_MATTER_LINES = 60;

/** Whether a line reads as `key: value` (or a YAML list item / continuation). */
function isYamlLine(line: string): boolean {
  const t = line.trim();
  if (t === '' || t.startsWith('#') || t.startsWith('- ')) return true;
  const colon = t.indexOf(':');
  if (colon <= 0) return false;
  for (let i = 0; i < colon; i++) {
    const c = t[i];
    const ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_' || c === '-';
    if (!ok) return false;
  }
  return true;
}

export function stripFrontMatter(text: string): StepResult {
  let start = 0;
  if (text.charCodeAt(0) === 0xfeff) start = 1;
  while (start < text.length && (text[start] === '\n' || text[start] === '\r' || text[start] === ' ')) start++;
  if (!text.startsWith('---', start)) return { text, edits: [] };
  let pos = text.indexOf('\n', start);
  if (pos < 0 || text.slice(start, pos).trim() !== '---') return { text, edits: [] };
  let keys = 0;
  for (let n = 0; n < MAX_FRONT_MATTER_LINES; n++) {
    const lineStart = pos + 1;
    if (lineStart >= text.length) return { text, edits: [] };
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const t = line.trim();
    if (t === '---' || t === '...') {
      if (keys === 0) return { text, edits: [] };
      // Blank lines after the block go with it.
      let end = lineEnd;
      while (end < text.length && (text[end] === '\n' || text[end] === '\r' || text[end] === ' ')) end++;
      const edits = [{ kind: 'junk' as const, start: 0, end, replacement: '' }];
      return { text: text.slice(end), edits };
    }
    if (!isYamlLine(line)) return { text, edits: [] };
    if (t.includes(':')) keys++;
    pos = lineEnd;
  }
  return { text, edits: [] };
}
