/**
 * Retired evaluation sets of pages (written blind by sessions that never saw the code, then
 * tuned on; see each set's README): every page read as the CLI reads it — bytes decoded by
 * what they are, served URL given — must be classified as annotated, and every article's
 * title, date, source and body edges must come out exact. A regression guard, not a measure:
 * the honest figures are the ones from the set's first, blind run (README, closing notes).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../lib/encoding';
import { enrichPage, readPage } from '../../lib/page';

interface PageCase {
  file: string;
  url: string;
  isArticle: boolean;
  title: string | null;
  date: string | null;
  source: string | null;
  bodyFirst?: string;
  bodyLast?: string;
  bodyMustNotContain?: string[];
}

const SETS = resolve(import.meta.dirname, '../fixtures/sets');
const strip = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '');

for (const set of readdirSync(SETS).filter((d) => d.endsWith('-pages'))) {
  const dir = join(SETS, set);
  const cases = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as PageCase[];
  describe(`page set ${set}`, () => {
    it.each(cases.map((c) => [c.file, c] as const))('%s', (_file, c) => {
      const html = decodeBytes(readFileSync(join(dir, c.file))).text;
      const { document } = parseHTML(html);
      const page = readPage(document as unknown as Document, c.url);
      expect(page.detection.isArticle).toBe(c.isArticle);
      if (!c.isArticle) return;
      const out = enrichPage(page.texts);
      expect(strip(out.meta.title)).toBe(strip(c.title));
      expect(page.extracted?.date?.slice(0, 10) ?? null).toBe(c.date);
      expect(strip(out.meta.source)).toBe(strip(c.source));
      const body = strip(out.body.text);
      if (c.bodyFirst) expect(body).toContain(strip(c.bodyFirst));
      if (c.bodyLast) expect(body).toContain(strip(c.bodyLast));
      for (const chrome of c.bodyMustNotContain ?? []) expect(body).not.toContain(strip(chrome));
    });
  });
}
