/** Applying edits in slices gives exactly what one pass gives: same DOM, same map. */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { applyEditsInSlices, applyEditsToDom, collectText, UndoLog } from '../../lib/dom';
import { applyEdits } from '../../lib/edits';
import { repairText } from '../../lib/repair';
import type { Edit } from '../../lib/types';

const PARAS = ['區(qū)域協調(diào)發展,要堅持創新。', '市長表示,要加快<b>項目</b>建設。', '重複段落重複段落重複段落重複段落。', '重複段落重複段落重複段落重複段落。', '<i>經(jīng)</i>濟運行總體平穩', ''];

function page(paragraphs: string[]): Element {
  const { document } = parseHTML(`<html><body><article id="a">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`);
  return document.getElementById('a')!;
}

describe('applyEditsInSlices', () => {
  it('matches one pass on random articles and the repair engine’s own edits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...PARAS), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 60 }), async (paras, sliceChars) => {
        const one = page(paras);
        const two = page(paras);
        const edits: Edit[] = repairText(collectText(one).text).edits;
        const a = applyEditsToDom(collectText(one), edits, new UndoLog());
        const b = await applyEditsInSlices(collectText(two), edits, new UndoLog(), { sliceChars, pause: async () => undefined });
        expect(two.innerHTML).toBe(one.innerHTML);
        expect(b.map.text).toBe(a.map.text);
        expect(b.map.text).toBe(applyEdits(collectText(page(paras)).text, edits));
        expect(b.map.segments.map((s) => [s.start, s.end, s.node.data])).toEqual(a.map.segments.map((s) => [s.start, s.end, s.node.data]));
      }),
      { numRuns: 200 },
    );
  });

  it('pauses between slices on a long article', async () => {
    const paras = Array.from({ length: 200 }, (_, i) => `第${i}段：區(qū)域協調(diào)發展,要堅持創新驅動。`);
    const root = page(paras);
    const map = collectText(root);
    let pauses = 0;
    await applyEditsInSlices(map, repairText(map.text).edits, new UndoLog(), { sliceChars: 500, pause: async () => void pauses++ });
    expect(pauses).toBeGreaterThan(5);
    expect(root.textContent).not.toContain('(qū)');
  });
});
