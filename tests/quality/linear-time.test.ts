/**
 * Doubling-time checks (best of N runs, a ratio, never an absolute time): the whole text
 * pipeline and the DOM layer on long articles that name many different people and companies,
 * and on ones where one official and one company recur in every paragraph. Linear is ~2;
 * the bound 3 leaves room for a loaded machine and fails anything quadratic.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { applyEditsToDom, collectText, UndoLog } from '../../lib/dom';
import { enrichText } from '../../lib/pipeline';
import { benchArticle, longArticleText } from '../support/long-article';
import { doublingRatio } from '../support/timing';

const BOUND = 3;

describe('linear in the article', () => {
  for (const recurring of [false, true]) {
    it(`the whole pipeline, ${recurring ? 'one official and one company in every paragraph' : 'many different names'}`, () => {
      const r = doublingRatio((t) => enrichText(t), longArticleText(150, recurring), longArticleText(300, recurring), 3);
      console.log(`pipeline (${recurring ? 'recurring' : 'varied'}): ${r.small.toFixed(0)} → ${r.big.toFixed(0)} ms, ratio ${r.ratio.toFixed(2)}`);
      expect(r.ratio).toBeLessThan(BOUND);
    });
  }

  it('the DOM layer: collect the text and write the edits back', () => {
    // Sizes large enough (tens of ms) that a busy neighbour's pause does not decide the ratio.
    const pages = [500, 1000].map((n) => benchArticle(n));
    const edits = pages.map((html) => {
      const { document } = parseHTML(html);
      return enrichText(collectText(document.body).text).edits;
    });
    const run = (k: number) => () => {
      const { document } = parseHTML(pages[k]);
      const map = collectText(document.body);
      applyEditsToDom(map, edits[k], new UndoLog());
    };
    const r = doublingRatio((k) => run(Number(k))(), '0', '1', 5);
    console.log(`DOM layer: ${r.small.toFixed(0)} → ${r.big.toFixed(0)} ms, ratio ${r.ratio.toFixed(2)}`);
    expect(r.ratio).toBeLessThan(BOUND);
  });
});
