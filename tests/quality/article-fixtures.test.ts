/**
 * Every fixture page is classified as the manifest says, and on article pages the title
 * and date are exact. The detector is also run with a neutral URL (no site profile) to
 * show the DOM heuristics alone reach the same answer.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectArticle, extractArticle } from '../../lib/article';
import { loadManifest } from '../fixtures/pages/manifest';
import { listFixtures, renderFixture } from '../support/fixtures';

const manifest = loadManifest();
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const docOf = (file: string): Document => parseHTML(renderFixture(file)).document as unknown as Document;
const NEUTRAL_URL = 'http://unknown.example.org/page/12345.html';

describe('fixture pages', () => {
  it('every page has a manifest entry, and there are enough of each kind', () => {
    const files = listFixtures();
    for (const f of files) expect(manifest[f], f).toBeDefined();
    expect(files.filter((f) => manifest[f].isArticle).length).toBeGreaterThanOrEqual(12);
    expect(files.filter((f) => !manifest[f].isArticle).length).toBeGreaterThanOrEqual(8);
  });

  for (const file of listFixtures()) {
    const want = manifest[file];
    if (!want) continue;
    describe(file, () => {
      const doc = docOf(file);

      it(`is ${want.isArticle ? '' : 'not '}an article`, () => {
        const d = detectArticle(doc, want.url);
        expect(d.isArticle, d.reason).toBe(want.isArticle);
        expect(d.score >= 0.5).toBe(d.isArticle);
      });

      it('is classified the same without a site profile', () => {
        const d = detectArticle(doc, NEUTRAL_URL);
        expect(d.isArticle, d.reason).toBe(want.isArticle);
      });

      if (!want.isArticle) return;

      it('has the exact title and date', () => {
        const a = extractArticle(doc, want.url);
        expect(a).not.toBeNull();
        expect(norm(a!.title)).toBe(norm(want.title));
        expect(a!.date).toBe(want.date);
      });

      it('has the source, reporter and editor the page shows', () => {
        const a = extractArticle(doc, want.url)!;
        if (want.source) expect(a.source).toBe(want.source);
        if (want.reporter) expect(a.reporter).toBe(want.reporter);
        if (want.editor) expect(a.editor).toBe(want.editor);
      });

      it('roots the body at the article text, without page chrome', () => {
        const a = extractArticle(doc, want.url)!;
        const root = a.root;
        // Nav, footers, comments, share bars and related lists stay outside the root.
        expect(root.querySelector('nav, footer, .footer, .comments, .share, .share-bar, .related, .hot, form')).toBeNull();
        expect(root.closest('nav, footer, header')).toBeNull();
        const links = root.querySelectorAll('a').length;
        expect(links).toBeLessThanOrEqual(3);
        expect(norm(root.textContent).length).toBeGreaterThan(200);
      });
    });
  }
});
