import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { convertAttributes, convertDocumentTitle, UndoLog } from '../../lib/dom';
import { toSimplified } from '../../lib/script';

const PAGE =
  '<html lang="zh-TW"><head><title>綿陽新聞網 - 區域經濟</title></head><body>' +
  '<article id="a" title="新聞正文">' +
  '<img src="a.png" alt="書記調研現場"><a href="#" aria-label="返回頂部">↑</a>' +
  '<input placeholder="搜索關鍵詞"><span title="English title">x</span>' +
  '<div class="zhengwen-skip"><img alt="保留繁體"></div><code title="代碼註釋">c</code>' +
  '</article><p title="文章外">外</p></body></html>';

describe('attributes', () => {
  it('converts reader-facing attributes in the article and restores them exactly', () => {
    const { document } = parseHTML(PAGE);
    const root = document.getElementById('a')!;
    const original = document.toString();
    const undo = new UndoLog();
    expect(convertAttributes(root, toSimplified, undo)).toBe(4);
    expect(root.getAttribute('title')).toBe('新闻正文');
    expect(root.querySelector('img')!.getAttribute('alt')).toBe('书记调研现场');
    expect(root.querySelector('a')!.getAttribute('aria-label')).toBe('返回顶部');
    expect(root.querySelector('input')!.getAttribute('placeholder')).toBe('搜索关键词');
    // Opted-out regions, code and everything outside the root stay.
    expect(root.querySelector('.zhengwen-skip img')!.getAttribute('alt')).toBe('保留繁體');
    expect(root.querySelector('code')!.getAttribute('title')).toBe('代碼註釋');
    expect(document.querySelector('body > p')!.getAttribute('title')).toBe('文章外');

    expect(convertDocumentTitle(document, toSimplified, undo)).toBe(true);
    expect(document.title).toBe('绵阳新闻网 - 区域经济');
    undo.restore();
    expect(document.toString()).toBe(original);
  });

  it('changes nothing when the text is already in the target script', () => {
    const { document } = parseHTML('<html><head><title>新闻</title></head><body><div id="a" title="简体"></div></body></html>');
    const undo = new UndoLog();
    expect(convertAttributes(document.getElementById('a')!, toSimplified, undo)).toBe(0);
    expect(convertDocumentTitle(document, toSimplified, undo)).toBe(false);
    expect(undo.size).toBe(0);
  });
});
