import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { applyEditsToDom, collectText, UndoLog } from '../../lib/dom';
import { applyEdits, diffEdits } from '../../lib/edits';
import { toSimplified } from '../../lib/script';
import type { Edit } from '../../lib/types';

function article(html: string): Element {
  const { document } = parseHTML(`<html><body><article id="a">${html}</article></body></html>`);
  return document.getElementById('a')!;
}

const del = (start: number, end: number, kind: Edit['kind'] = 'pinyin'): Edit => ({ kind, start, end, replacement: '' });

/** Visible text with the virtual line breaks the walker would insert. */
const pageText = (root: Element): string => collectText(root).text;

describe('applyEditsToDom', () => {
  it('removes pinyin that sits in its own inline element, keeping the markup', () => {
    const root = article('<p>區<b>(qū)</b>域發展</p>');
    const b = root.querySelector('b')!;
    const map = collectText(root);
    const r = applyEditsToDom(map, [del(1, 5)], new UndoLog());
    expect(root.innerHTML).toBe('<p>區<b></b>域發展</p>');
    expect(root.querySelector('b')).toBe(b); // same node, not replaced
    expect(r).toMatchObject({ applied: 1, nodesChanged: 1, map: { text: '區域發展' } });
  });

  it('puts a replacement spanning nodes into the first node and empties the rest', () => {
    const root = article('<p>區(q<i>ū)</i>域<b>發</b>展</p>');
    const textNodes = collectText(root).segments.map((s) => s.node);
    const map = collectText(root);
    const edits = [del(1, 5), { kind: 'script' as const, start: 5, end: 8, replacement: '域发展' }];
    const r = applyEditsToDom(map, edits, new UndoLog());
    expect(textNodes.map((n) => n.data)).toEqual(['區', '', '域发展', '', '']);
    expect(r.map.text).toBe(applyEdits(map.text, edits));
    expect(pageText(root)).toBe('區域发展');
  });

  it('converts script character by character inside nested inline elements', () => {
    const root = article('<p>堅持<a href="#">創<b>新</b>引領</a>，做強<em>工業經濟</em></p><p>第二段：發展</p>');
    const map = collectText(root);
    const edits = diffEdits(map.text, toSimplified(map.text), 'script');
    const r = applyEditsToDom(map, edits, new UndoLog());
    expect(pageText(root)).toBe('坚持创新引领，做强工业经济\n第二段：发展');
    expect(r.map.text).toBe(pageText(root));
    expect(root.querySelector('a')!.getAttribute('href')).toBe('#');
  });

  it('handles edits on astral characters and emoji', () => {
    const root = article('<p>𠀀<i>😀</i>(zì)字</p>');
    const map = collectText(root);
    const r = applyEditsToDom(map, [{ kind: 'junk', start: 2, end: 4, replacement: '' }, del(4, 8)], new UndoLog());
    expect(pageText(root)).toBe('𠀀字');
    expect(r.map.text).toBe('𠀀字');
  });

  it('inserts at a line end into that line, at a line start into the next', () => {
    const root = article('<p>甲<b>乙</b></p><p>丙</p>');
    const map = collectText(root); // '甲乙\n丙'
    const edits: Edit[] = [
      { kind: 'punctuation', start: 2, end: 2, replacement: '。' },
      { kind: 'punctuation', start: 3, end: 3, replacement: '“' },
    ];
    const r = applyEditsToDom(map, edits, new UndoLog());
    expect(root.innerHTML).toBe('<p>甲<b>乙。</b></p><p>“丙</p>');
    expect(r.map.text).toBe('甲乙。\n“丙');
  });

  it('treats deleting a virtual line break as a no-op on the page', () => {
    const root = article('<p>上半句</p><p>下半句</p>');
    const before = root.innerHTML;
    const map = collectText(root);
    const r = applyEditsToDom(map, [{ kind: 'junk', start: 3, end: 4, replacement: '' }], new UndoLog());
    expect(r.separatorOnly).toBe(1);
    expect(root.innerHTML).toBe(before);
    expect(r.map.text).toBe('上半句下半句'); // the map follows the pipeline's text
  });

  it('hides a block a duplicate edit emptied, and restore shows it again', () => {
    const html = '<p>第一段。</p><div><p>重复段<b>落</b>。</p></div><p>第三段。</p>';
    const root = article(html);
    const map = collectText(root); // '第一段。\n重复段落。\n第三段。'
    const undo = new UndoLog();
    const r = applyEditsToDom(map, [del(4, 10, 'duplicate')], undo);
    expect(r.blocksHidden).toBe(1);
    expect(root.querySelector('div')!.hasAttribute('hidden')).toBe(true);
    expect(r.map.text).toBe('第一段。\n第三段。');
    undo.restore();
    expect(root.innerHTML).toBe(html);
  });

  it('does not hide a block that still shows something', () => {
    const root = article('<p>图片说明<img src="x.png"></p><p>正文</p><p>正文也重复<b>了</b></p>');
    const map = collectText(root); // '图片说明\n正文\n正文也重复了'
    const r = applyEditsToDom(map, [del(0, 5, 'junk'), del(11, 14, 'junk')], new UndoLog());
    expect(r.blocksHidden).toBe(0); // first keeps its image, third keeps '正文也'
    const off = applyEditsToDom(collectText(article('<p>甲</p><p>乙</p>')), [del(0, 2, 'junk')], new UndoLog(), {
      hideEmptiedBlocks: false,
    });
    expect(off.blocksHidden).toBe(0);
  });

  it('never writes outside the map: edge whitespace and skipped regions stay', () => {
    const root = article('<p>\n  　　正文<code>代码</code>内容\n</p>');
    const map = collectText(root); // '正文内容'
    applyEditsToDom(map, [{ kind: 'script', start: 0, end: 4, replacement: '新的文字' }], new UndoLog());
    expect(root.innerHTML).toBe('<p>\n  　　新的文字<code>代码</code>\n</p>');
  });
});

describe('UndoLog', () => {
  it('restores text data and attributes exactly, first write wins', () => {
    const root = article('<p title="標題">甲<b>乙</b></p>');
    const html = root.outerHTML;
    const undo = new UndoLog();
    const p = root.querySelector('p')!;
    const t = p.firstChild as Text;
    undo.setData(t, '一');
    undo.setData(t, '二');
    undo.setAttribute(p, 'title', '标题');
    undo.setAttribute(p, 'title', null);
    undo.setAttribute(p, 'lang', 'zh-CN');
    expect(undo.originalData(t)).toBe('甲');
    expect(undo.size).toBe(3);
    undo.restore();
    expect(root.outerHTML).toBe(html);
    expect(undo.size).toBe(0);
  });

  it('survives 20 toggles between original and enriched', () => {
    const html =
      '<h1>區(qū)域協<b>調(diào)</b>發展</h1>\n<p>\n  　　市長表示,要堅持創新引領。</p>' +
      '<p>重複段落</p><p>重複段落</p><p>𠀀😀<i>經(jīng)</i>濟</p><p><input value="輸入">輸入框</p>';
    const root = article(html);
    const original = root.outerHTML;
    const undo = new UndoLog();
    let enriched = '';
    for (let i = 0; i < 20; i++) {
      const map = collectText(root);
      // Pinyin in parentheses, then script conversion, then the repeated paragraph.
      const edits: Edit[] = [];
      for (const m of map.text.matchAll(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g)) edits.push(del(m.index!, m.index! + m[0].length));
      const dup = map.text.indexOf('\n重複段落', map.text.indexOf('重複段落') + 1);
      edits.push(del(dup, dup + 5, 'duplicate'));
      edits.sort((a, b) => a.start - b.start);
      const repaired = applyEdits(map.text, edits);
      expect(repaired).not.toContain('(q');
      applyEditsToDom(map, edits, undo);
      const again = collectText(root);
      applyEditsToDom(again, diffEdits(again.text, toSimplified(again.text), 'script'), undo);
      if (i === 0) enriched = root.outerHTML;
      expect(root.outerHTML).toBe(enriched);
      expect(collectText(root).text).toBe('区域协调发展\n市长表示,要坚持创新引领。\n重复段落\n𠀀😀经济\n输入框');
      undo.restore();
      expect(root.outerHTML).toBe(original);
    }
  });

  it('undoes only its own writes: a node the page changed since keeps the page value', () => {
    const root = article('<p>浏览次数：<span id="n">100</span></p><p>區域</p>');
    const counter = root.querySelector('#n')!.firstChild as Text;
    const other = root.querySelectorAll('p')[1].firstChild as Text;
    const undo = new UndoLog();
    undo.setData(counter, '100次');
    undo.setData(other, '区域');
    counter.data = '101'; // the page updates its counter after enrichment
    undo.restore();
    expect(counter.data).toBe('101');
    expect(other.data).toBe('區域');
    expect(undo.size).toBe(0);
  });

  it('a reused node holding the next article is not overwritten by the previous one', () => {
    const root = article('<p>第一篇文章的內容</p>');
    const t = root.querySelector('p')!.firstChild as Text;
    const undo = new UndoLog();
    undo.setData(t, '第一篇文章的内容');
    t.data = '第二篇文章'; // a single-page app reuses the node
    undo.restore();
    expect(t.data).toBe('第二篇文章');
  });

  it('an attribute the page changed after our write keeps the page value', () => {
    const root = article('<p title="標題">甲</p>');
    const p = root.querySelector('p')!;
    const undo = new UndoLog();
    undo.setAttribute(p, 'title', '标题');
    p.setAttribute('title', '新標題');
    undo.restore();
    expect(p.getAttribute('title')).toBe('新標題');
  });

  it('a node we wrote twice, with a page change in between, restores to the page value', () => {
    const root = article('<p>甲</p>');
    const t = root.querySelector('p')!.firstChild as Text;
    const undo = new UndoLog();
    undo.setData(t, '一');
    t.data = '乙';
    undo.setData(t, '二');
    undo.restore();
    expect(t.data).toBe('乙');
  });
});
