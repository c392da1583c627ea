/**
 * Properties of every stage on generated input (fast-check): never throws, every offset inside
 * the text it points into, idempotent, and no Chinese character lost except by an edit that
 * names its reason (a removed duplicate or junk). Inputs mix real news phrases, names, titles,
 * companies and figures with the pieces damage is made of, so the stages have work to do.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { applyEditsToDom, collectText, UndoLog } from '../../lib/dom';
import { applyEdits } from '../../lib/edits';
import { findDirectives } from '../../lib/directives';
import { findEntities } from '../../lib/entities';
import { decodeEdits, encodeEdits, enrichPage, readPage } from '../../lib/page';
import { enrichText } from '../../lib/pipeline';
import { repairText } from '../../lib/repair';
import { convertScript } from '../../lib/script';
import type { Edit } from '../../lib/types';

const PIECES = [
  '市委书记', '副市长', '县委常委、宣传部长', '王建军', '欧阳晓峰', '李红梅', '强调，', '要求', '指出', '要加快项目建设', '希望企业做大做强',
  '四川华宇新能源科技有限公司', '华宇', '鸿达集团', '在瑞丰汽车', '、', '，', '。', '；', '：', '“', '”', '（', '）', '(', ')',
  '一是压实责任', '二是健全机制', '8.2%', '2024年3月1日', '3.26亿元', '\n', ' ', '區', '發展', '(qū)', '(fā)', '?', '本报讯',
  '来源：绵阳日报', '编辑：张三', '上一篇：', '找回密码', '<p>', '</p>', '&nbsp;', 'ÏûÏ¢', '鍙戝睍', '\u200b', '\x01', '锟斤拷',
];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));

const HAN = /\p{Unified_Ideograph}/gu;
const hanCount = (s: string) => (s.match(HAN) ?? []).length;

/** Edits sorted, non-overlapping, inside the input, and producing the output. */
function expectExact(input: string, edits: readonly Edit[], output: string): void {
  let last = 0;
  for (const e of edits) {
    expect(e.start).toBeGreaterThanOrEqual(last);
    expect(e.end).toBeGreaterThanOrEqual(e.start);
    expect(e.end).toBeLessThanOrEqual(input.length);
    last = e.end;
  }
  expect(applyEdits(input, edits)).toBe(output);
}

describe('every stage on generated text', () => {
  it('repair: exact edits, idempotent, Chinese characters removed only by a junk or duplicate edit', () => {
    fc.assert(
      fc.property(textArb, (input) => {
        const r = repairText(input);
        expectExact(input, r.edits, r.text);
        expect(repairText(r.text).text).toBe(r.text);
        for (const e of r.edits) {
          if (e.kind === 'junk' || e.kind === 'duplicate' || e.kind === 'mojibake' || e.kind === 'lossy') continue;
          expect(hanCount(e.replacement)).toBeGreaterThanOrEqual(hanCount(input.slice(e.start, e.end)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('script conversion: one character for one, exact edits, idempotent', () => {
    fc.assert(
      fc.property(textArb, (input) => {
        const r = convertScript(input, 'zh-CN');
        expectExact(input, r.edits, r.text);
        expect(hanCount(r.text)).toBe(hanCount(input));
        expect(convertScript(r.text, 'zh-CN').text).toBe(r.text);
      }),
      { numRuns: 300 },
    );
  });

  it('entities and directives: never throw, every span inside the text and reading as its name', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const { officials, enterprises } = findEntities(text);
        for (const o of officials) for (const s of o.spans) expect(text.slice(s.start, s.end)).toBe(o.name);
        for (const e of enterprises) for (const s of e.spans) expect([e.name, ...e.aliases]).toContain(text.slice(s.start, s.end));
        for (const d of findDirectives(text, officials)) {
          expect(d.start).toBeGreaterThanOrEqual(0);
          expect(d.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(d.start, d.end)).toBe(d.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the whole pipeline: exact edits, spans inside the output, idempotent on its own output', () => {
    fc.assert(
      fc.property(textArb, (input) => {
        const r = enrichText(input);
        expectExact(input, r.edits, r.text);
        for (const o of r.officials) for (const s of o.spans) expect(r.text.slice(s.start, s.end)).toBe(o.name);
        for (const d of r.directives) expect(r.text.slice(d.start, d.end)).toBe(d.text);
        expect(enrichText(r.text).text).toBe(r.text);
      }),
      { numRuns: 200 },
    );
  });

  it('the page pipeline and the DOM layer: the page reads as the enriched text, and restores exactly', () => {
    fc.assert(
      fc.property(fc.array(textArb, { minLength: 1, maxLength: 8 }), (paragraphs) => {
        const html = `<html><head><title>标题</title></head><body><h1>标题</h1><div class="article-content">${paragraphs.map((p) => `<p>${p.replace(/[<>&]/g, '')}</p>`).join('')}</div></body></html>`;
        const { document } = parseHTML(html);
        const before = document.body.innerHTML;
        const read = readPage(document as unknown as Document, 'http://www.myrb.net/html/2024/03/01/1.html');
        const out = enrichPage(read.texts);
        const undo = new UndoLog();
        const after = applyEditsToDom(read.body, out.body.edits, undo).map;
        expect(after.text).toBe(out.body.text);
        expect(collectText(read.root, { exclude: read.exclude }).text.replace(/\s+/g, '')).toBe(out.body.text.replace(/\s+/g, ''));
        undo.restore();
        expect(document.body.innerHTML).toBe(before);
      }),
      { numRuns: 100 },
    );
  });

  it('edits survive the trip to the page unchanged', () => {
    fc.assert(
      fc.property(textArb, (input) => {
        const edits = enrichText(input).edits;
        expect(decodeEdits(encodeEdits(edits))).toEqual(edits.map(({ kind, start, end, replacement }) => ({ kind, start, end, replacement })));
      }),
      { numRuns: 200 },
    );
  });
});
