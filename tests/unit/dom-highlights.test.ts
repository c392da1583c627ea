import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  applyEditsToDom,
  collectText,
  highlightCss,
  highlightSpans,
  spanBoundaries,
  UndoLog,
  type HighlightSpan,
  type TextMap,
} from '../../lib/dom';

function page(html: string) {
  const { document } = parseHTML(`<html><body><article id="a">${html}</article></body></html>`);
  return { document, root: document.getElementById('a')! };
}

const spanOf = (map: TextMap, word: string, kind: HighlightSpan['kind'], from = 0): HighlightSpan => {
  const start = map.text.indexOf(word, from);
  return { start, end: start + word.length, kind, name: word };
};

/** The text a span's boundaries cover, read from the DOM nodes. */
function boundaryText(map: TextMap, start: number, end: number): string {
  const b = spanBoundaries(map, start, end)!;
  if (b.startNode === b.endNode) return b.startNode.data.slice(b.startOffset, b.endOffset);
  const nodes = map.segments.map((s) => s.node);
  const i = nodes.indexOf(b.startNode);
  const j = nodes.indexOf(b.endNode);
  return [b.startNode.data.slice(b.startOffset), ...nodes.slice(i + 1, j).map((n) => n.data), b.endNode.data.slice(0, b.endOffset)].join('');
}

describe('spanBoundaries', () => {
  it('maps spans to node offsets, across inline elements and skipping line breaks', () => {
    const { root } = page('<p>市委书记<b>王</b>明强调，</p><p>要坚持创新。</p>');
    const map = collectText(root); // '市委书记王明强调，\n要坚持创新。'
    expect(boundaryText(map, 4, 6)).toBe('王明');
    const b = spanBoundaries(map, 9, 12)!; // from the virtual '\n' into the next line
    expect([b.startNode.data, b.startOffset, b.endOffset]).toEqual(['要坚持创新。', 0, 2]);
    expect(spanBoundaries(map, 9, 10)).toBeNull(); // only the line break
    expect(spanBoundaries(map, 3, 3)).toBeNull();
  });
});

describe('highlightSpans — wrap fallback', () => {
  it('wraps mentions in marks without changing the text, and restore removes them exactly', () => {
    const html = '<p>市委书记<b>王</b>明主持会议，王明指出，绿源<i>科技</i>公司要加快发展。</p><p>副市长李华参加。</p>';
    const { root } = page(html);
    const map = collectText(root);
    const text = map.text;
    const undo = new UndoLog();
    const spans = [
      spanOf(map, '王明', 'official'),
      spanOf(map, '王明', 'official', 8),
      spanOf(map, '绿源科技公司', 'enterprise'),
      spanOf(map, '李华', 'official'),
      { start: text.indexOf('要加快'), end: text.indexOf('发展。') + 2, kind: 'directive' as const },
      { start: 0, end: 6, kind: 'directive' as const }, // overlaps 王明: dropped in wrap mode
    ];
    const h = highlightSpans(map, spans, { undo, window: null });
    expect(h.mode).toBe('wrap');
    expect(h.count).toBe(5);
    const marks = [...root.querySelectorAll('mark')];
    expect(marks.map((m) => [m.className, m.textContent])).toEqual([
      ['zhengwen-official', '王'],
      ['zhengwen-official', '明'],
      ['zhengwen-official', '王明'],
      ['zhengwen-enterprise', '绿源'],
      ['zhengwen-enterprise', '科技'],
      ['zhengwen-enterprise', '公司'],
      ['zhengwen-directive', '要加快发展'],
      ['zhengwen-official', '李华'],
    ]);
    expect(marks[0].getAttribute('data-zhengwen-name')).toBe('王明');
    expect(root.querySelector('b > mark')).not.toBeNull(); // marks go inside the page's elements
    // The map follows the split nodes, so later spans still resolve.
    expect(collectText(root).text).toBe(text);
    expect(boundaryText(map, spans[2].start, spans[2].end)).toBe('绿源科技公司');
    h.clear();
    expect(root.innerHTML).toBe(html);
  });

  it('wraps on top of applied edits and both logs restore the original', () => {
    const html = '<p>市長張<b>(zhāng)</b>偉強調，要堅持創新。</p>';
    const { root } = page(html);
    const edits = new UndoLog();
    const marks = new UndoLog();
    const map = collectText(root);
    const r = applyEditsToDom(map, [{ kind: 'pinyin', start: 3, end: 10, replacement: '' }], edits);
    expect(r.map.text).toBe('市長張偉強調，要堅持創新。');
    highlightSpans(r.map, [spanOf(r.map, '張偉', 'official')], { undo: marks, mode: 'wrap' });
    expect(root.querySelector('mark')!.textContent).toBe('張');
    expect(collectText(root).text).toBe('市長張偉強調，要堅持創新。');
    marks.restore(); // highlights first, then edits
    edits.restore();
    expect(root.innerHTML).toBe(html);
  });
});

describe('highlightSpans — CSS Custom Highlight API', () => {
  it('registers ranges per kind and leaves the DOM untouched', () => {
    const { document, root } = page('<p>市委书记<b>王</b>明强调。</p>');
    // linkedom has neither the Highlight API nor Range.setStart: stand-ins record what is asked.
    class FakeRange {
      start: [Node, number] | null = null;
      end: [Node, number] | null = null;
      setStart(n: Node, o: number) { this.start = [n, o]; }
      setEnd(n: Node, o: number) { this.end = [n, o]; }
    }
    (document as unknown as { createRange: () => FakeRange }).createRange = () => new FakeRange();
    class FakeHighlight {
      ranges: FakeRange[];
      constructor(...ranges: FakeRange[]) { this.ranges = ranges; }
    }
    const registry = new Map<string, FakeHighlight>();
    const win = { CSS: { highlights: registry }, Highlight: FakeHighlight as unknown as new (...r: Range[]) => unknown };
    const html = root.innerHTML;
    const map = collectText(root);
    const h = highlightSpans(map, [spanOf(map, '王明', 'official')], { undo: new UndoLog(), window: win });
    expect(h.mode).toBe('css');
    expect(root.innerHTML).toBe(html);
    const range = registry.get('zhengwen-official')!.ranges[0];
    expect([(range.start![0] as Text).data, range.start![1], (range.end![0] as Text).data, range.end![1]]).toEqual(['王', 0, '明强调。', 1]);
    h.clear();
    expect(registry.size).toBe(0);
  });

  it('ships styles for both modes as separate rules', () => {
    const css = highlightCss();
    expect(css).toContain('::highlight(zhengwen-official)');
    expect(css).toContain('mark.zhengwen-enterprise');
    expect(css.split('\n').some((rule) => rule.includes('::highlight') && rule.includes('mark.'))).toBe(false);
  });
});
