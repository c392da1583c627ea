import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectText, recollectText, type TextMap } from '../../lib/dom';

function article(html: string): Element {
  const { document } = parseHTML(`<html><body><article id="a">${html}</article></body></html>`);
  return document.getElementById('a')!;
}

/** Every segment reads its node's data: the map is exactly what the text says. */
function expectFaithful(map: TextMap): void {
  for (const s of map.segments) {
    const data = s.node.data.slice(s.offset, s.offset + (s.end - s.start)).replace(/[\t\n\r\f]/g, ' ');
    expect(data).toBe(map.text.slice(s.start, s.end));
  }
  // Positions no segment covers are the virtual line breaks, and only they.
  const covered = new Set<number>();
  for (const s of map.segments) for (let k = s.start; k < s.end; k++) covered.add(k);
  for (let k = 0; k < map.text.length; k++) expect(map.text[k] === '\n').toBe(!covered.has(k));
}

describe('collectText', () => {
  it('joins words across nested inline elements and one block per line', () => {
    const map = collectText(article('<p>區<b>(qū)</b>域</p><p>發<i>展<b>改</b></i>革</p>'));
    expect(map.text).toBe('區(qū)域\n發展改革');
    expect(map.segments.map((s) => [s.node.data, s.start, s.end])).toEqual([
      ['區', 0, 1],
      ['(qū)', 1, 5],
      ['域', 5, 6],
      ['發', 7, 8],
      ['展', 8, 9],
      ['改', 9, 10],
      ['革', 10, 11],
    ]);
    expectFaithful(map);
  });

  it('keeps whitespace-only nodes between blocks in the map but not in the text', () => {
    const root = article('\n  <div>\n    <p>第一段</p>\n    <p>第二段</p>\n  </div>\n');
    const map = collectText(root);
    expect(map.text).toBe('第一段\n第二段');
    const blanks = map.segments.filter((s) => s.node.data.trim() === '');
    expect(blanks.length).toBeGreaterThan(0);
    for (const s of blanks) expect(s.end).toBe(s.start);
    expectFaithful(map);
  });

  it('drops edge whitespace of a line and reads inner source newlines as spaces', () => {
    const map = collectText(article('<p>\n    　　市委书记\n张三<span> 主持 </span>会议。\n</p>'));
    expect(map.text).toBe('市委书记 张三 主持 会议。');
    expect(map.segments[0].offset).toBe('\n    　　'.length);
    expectFaithful(map);
  });

  it('counts offsets in UTF-16 units with astral characters and emoji', () => {
    const map = collectText(article('<p>𠀀<i>😀</i>字</p><p>𪚥😀</p>'));
    expect(map.text).toBe('𠀀😀字\n𪚥😀');
    expect(map.segments.map((s) => [s.start, s.end])).toEqual([
      [0, 2],
      [2, 4],
      [4, 5],
      [6, 10],
    ]);
    expectFaithful(map);
  });

  it('skips editable, code, script and opted-out regions', () => {
    const root = article(
      '<p>正文<code>x = 1</code>一</p>' +
        '<pre>代码</pre><input value="输入"><textarea>文本框</textarea><select><option>选项</option></select>' +
        '<script>var s = "脚本"</script><style>p{}</style><noscript>无脚本</noscript>' +
        '<svg><text>图形</text></svg><math><mi>数学</mi></math>' +
        '<div contenteditable="true">可编辑</div><div contenteditable="false">不可编辑</div>' +
        '<p class="zhengwen-skip">跳过</p><p translate="no">不翻译</p><p>结尾<kbd>键</kbd><samp>样</samp></p>' +
        '<p><ruby>區<rp>(</rp><rt>qū</rt><rp>)</rp></ruby>域</p>',
    );
    const map = collectText(root);
    expect(map.text).toBe('正文一\n不可编辑\n结尾\n區域');
    expectFaithful(map);
  });

  it('honours a custom opt-out class and a root inside a skipped region', () => {
    const root = article('<p>保留</p><p class="mine">跳过</p>');
    expect(collectText(root, { skipClass: 'mine' }).text).toBe('保留');
    const inner = article('<div class="zhengwen-skip"><section id="s"><p>全部跳过</p></section></div>');
    expect(collectText(inner.querySelector('section')!).text).toBe('');
  });

  it('breaks lines at <br>, list items, headings and table cells; collapses empty lines', () => {
    const map = collectText(
      article('<h1>标题</h1>第一行<br><br><br>第二行<ul><li>甲</li><li>乙</li></ul><table><tr><td>丙</td><td>丁</td></tr></table>'),
    );
    expect(map.text).toBe('标题\n第一行\n第二行\n甲\n乙\n丙\n丁');
    expectFaithful(map);
  });

  it('re-reads the same nodes after the page changed their data', () => {
    const root = article('<p>甲<b>乙</b></p><p>丙</p>');
    const map = collectText(root);
    root.querySelector('b')!.firstChild!.nodeValue = '乙乙';
    const again = recollectText(map);
    expect(again.text).toBe('甲乙乙\n丙');
    expectFaithful(again);
  });
});

describe('collectText exclude', () => {
  it('leaves excluded subtrees out and keeps their place as a line break', async () => {
    const { parseHTML } = await import('linkedom');
    const { document } = parseHTML('<html><body><div id="nav">首頁</div><div id="art"><p>正文</p></div><p>頁腳</p></body></html>');
    const map = collectText(document.body as unknown as Element, { exclude: [document.getElementById('art') as unknown as Element] });
    expect(map.text).toBe('首頁\n頁腳');
  });
});

describe('an article pasted into a <pre>', () => {
  it('reads the <pre> as prose, line breaks kept, when it is the article root', async () => {
    const { parseHTML } = await import('linkedom');
    const { document } = parseHTML('<html><body><pre id="a">---\ntitle: x\n---\n&lt;p&gt;正文一&lt;/p&gt;\n正文二</pre><pre>code</pre></body></html>');
    const pre = document.getElementById('a') as unknown as Element;
    expect(collectText(pre).text).toBe('---\ntitle: x\n---\n<p>正文一</p>\n正文二');
    expect(collectText(document.body as unknown as Element).text).toBe('');
  });
});
