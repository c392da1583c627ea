/**
 * Fixture pages are templates in tests/fixtures/pages/. Article bodies come from
 * ../shared/seeds at run time (never copied into the repo): a template names a seed with
 * {{seed:NNN}} (the body as <p> paragraphs, text escaped) and {{seed-title:NNN}}.
 * Templates without seeds (the demo article, non-article pages) are served as they are.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEEDS_DIR } from './gold';

const here = dirname(fileURLToPath(import.meta.url));
export const PAGES_DIR = resolve(here, '../fixtures/pages');

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function seedText(id: string): string {
  if (!existsSync(SEEDS_DIR)) throw new Error(`seed texts not found at ${SEEDS_DIR}; set ZHENGWEN_SHARED`);
  const file = readdirSync(SEEDS_DIR).find((f) => f.startsWith(`${id}_`));
  if (!file) throw new Error(`no seed ${id} in ${SEEDS_DIR}`);
  return readFileSync(join(SEEDS_DIR, file), 'utf8');
}

/** Seed lines as paragraphs. The first line is the headline unless the template says body-only. */
function seedParagraphs(id: string): string {
  return seedText(id)
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join('\n');
}

export function listFixtures(): string[] {
  return readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html')).sort();
}

export function renderFixture(name: string): string {
  const template = readFileSync(join(PAGES_DIR, name), 'utf8');
  return template
    .replace(/\{\{seed:(\d{3})\}\}/g, (_, id: string) => seedParagraphs(id))
    .replace(/\{\{seed-title:(\d{3})\}\}/g, (_, id: string) => escapeHtml(seedText(id).split('\n')[0].trim()));
}
