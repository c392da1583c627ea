/**
 * The DOM layer on real article text: each seed laid out as a page whose paragraphs are cut
 * into nested inline elements at pseudo-random places, with skipped regions around them.
 * Checks the walker reads exactly the article, edits land exactly, and restore is exact.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { applyEditsToDom, collectText, highlightSpans, UndoLog, type TextMap } from '../../lib/dom';
import { applyEdits } from '../../lib/edits';
import { enrichText } from '../../lib/pipeline';
import type { Edit } from '../../lib/types';
import { escapeHtml, seedText } from '../support/fixtures';

const SEEDS = ['000', '001', '002', '003', '004'];

/** Small deterministic PRNG (mulberry32) so failures reproduce. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A line cut into chunks, some wrapped in (nested) inline elements. Never splits a surrogate pair. */
function inlineMarkup(line: string, rand: () => number): string {
  const chars = Array.from(line);
  let html = '';
  for (let i = 0; i < chars.length; ) {
    const n = 1 + Math.floor(rand() * 6);
    const chunk = escapeHtml(chars.slice(i, i + n).join(''));
    const r = rand();
    html += r < 0.5 ? chunk : r < 0.7 ? `<b>${chunk}</b>` : r < 0.85 ? `<span class="x"><i>${chunk}</i></span>` : `<a href="#">${chunk}</a>`;
    i += n;
  }
  return html;
}

function seedPage(id: string) {
  const rand = prng(Number(id) + 1);
  const lines = seedText(id).split('\n').filter((l) => l.trim());
  const body = lines
    .map((l, i) => (i === 0 ? `<h1>${inlineMarkup(l, rand)}</h1>` : `\n  <p>\n    ${inlineMarkup(l, rand)}\n  </p>`))
    .join('');
  const html =
    `<div class="zhengwen-skip">分享到：微信</div>${body}\n  <script>var a = "腳本";</script>` +
    `<pre>代碼</pre><p>附件：<code>file.doc</code></p>`;
  const { document } = parseHTML(`<html><body><article id="a">${html}</article></body></html>`);
  const expected = [...lines.map((l) => l.trim().replace(/[\t\n\r\f]/g, ' ')), '附件：'].join('\n');
  return { root: document.getElementById('a')!, expected };
}

/** Each segment's node data reads as the map's text says (a '\n' the pipeline put inside a
 * line is written into the node, where it shows as a space: the page never gains blocks). */
function faithful(map: TextMap): boolean {
  const ws = (s: string) => s.replace(/[\t\n\r\f]/g, ' ');
  return map.segments.every((s) => ws(s.node.data.slice(s.offset, s.offset + s.end - s.start)) === ws(map.text.slice(s.start, s.end)));
}

/** Random non-overlapping edits, some across node and line boundaries. */
function randomEdits(text: string, rand: () => number): Edit[] {
  const edits: Edit[] = [];
  let pos = 0;
  while (pos < text.length) {
    pos += 1 + Math.floor(rand() * 40);
    if (pos >= text.length) break;
    const len = Math.floor(rand() * 8);
    const end = Math.min(pos + len, text.length);
    // Keep surrogate pairs whole so every intermediate string stays well-formed.
    const start = /[\uDC00-\uDFFF]/.test(text[pos] ?? '') ? pos - 1 : pos;
    const endFixed = /[\uDC00-\uDFFF]/.test(text[end] ?? '') ? end + 1 : end;
    if (edits.length && start < edits[edits.length - 1].end) continue;
    edits.push({ kind: 'junk', start, end: endFixed, replacement: ['', '。', '替换', '𠀀'][Math.floor(rand() * 4)] });
    pos = endFixed;
  }
  return edits;
}

describe('DOM layer on the seed articles', () => {
  for (const id of SEEDS) {
    it(`seed ${id}: reads the article exactly, enriches in place, restores exactly`, () => {
      const { root, expected } = seedPage(id);
      const original = root.outerHTML;
      const map = collectText(root);
      expect(map.text).toBe(expected);
      expect(faithful(map)).toBe(true);

      const enrichment = enrichText(map.text, { target: 'zh-CN' });
      const edits = new UndoLog();
      const r = applyEditsToDom(map, enrichment.edits, edits);
      expect(r.map.text).toBe(enrichment.text);
      expect(faithful(r.map)).toBe(true);
      // The page keeps its blocks, so it reads like the enriched text up to line breaks.
      const flat = (s: string) => s.replace(/\s+/g, '');
      expect(flat(collectText(root).text)).toBe(flat(enrichment.text));

      const marks = new UndoLog();
      const spans = [
        ...enrichment.officials.flatMap((o) => o.spans.map((s) => ({ ...s, kind: 'official' as const, name: o.name }))),
        ...enrichment.enterprises.flatMap((e) => e.spans.map((s) => ({ ...s, kind: 'enterprise' as const, name: e.name }))),
      ];
      const h = highlightSpans(r.map, spans, { undo: marks, window: null });
      expect(faithful(r.map)).toBe(true);
      console.log(
        `seed ${id}: ${map.text.length} chars, ${map.segments.length} text nodes, ${enrichment.edits.length} edits → ` +
          `${r.nodesChanged} nodes changed, ${r.separatorOnly} line-break-only, ${r.blocksHidden} blocks hidden, ${h.count} marks`,
      );
      marks.restore();
      edits.restore();
      expect(root.outerHTML).toBe(original);
    });

    it(`seed ${id}: random edits across node and line boundaries land exactly`, () => {
      const { root } = seedPage(id);
      const original = root.outerHTML;
      const rand = prng(1000 + Number(id));
      for (let round = 0; round < 5; round++) {
        const map = collectText(root);
        const edits = randomEdits(map.text, rand);
        const undo = new UndoLog();
        const r = applyEditsToDom(map, edits, undo);
        expect(r.map.text).toBe(applyEdits(map.text, edits));
        expect(faithful(r.map)).toBe(true);
        // Dropping the line breaks (the page keeps its blocks), the page reads like the map.
        expect(collectText(root).text.replace(/\n/g, '')).toBe(r.map.text.replace(/\n/g, ''));
        undo.restore();
        expect(root.outerHTML).toBe(original);
      }
    });
  }
});
