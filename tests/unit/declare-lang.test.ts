import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { declareLang, langPieces, UndoLog } from '../../lib/dom';
import { LANG_IN_PIECES_ABOVE } from '../../lib/dom/declare-lang';

const paragraph = (i: number) => `<p>第${i}段：全市重点项目建设有序推进，${'项目投资持续增长。'.repeat(40)}</p>`;

function longPage(paragraphs: number): string {
  return `<html lang="zh"><head><title>新闻</title></head><body><header><h1>标题</h1></header>
    <main><article>${Array.from({ length: paragraphs }, (_, i) => paragraph(i)).join('')}<blockquote lang="en">Quoted in English.</blockquote></article></main>
    <footer>版权所有</footer></body></html>`;
}

describe('declareLang', () => {
  it('declares the language on <html> for a page of ordinary length', async () => {
    const { document } = parseHTML(longPage(3));
    const undo = new UndoLog();
    let pauses = 0;
    await declareLang(document, 'zh-CN', undo, async () => void pauses++);
    expect(document.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(pauses).toBe(0);
    undo.restore();
    expect(document.documentElement.getAttribute('lang')).toBe('zh');
  });

  it('on a long page declares it on pieces of the body in batches, leaving <html> and own languages alone', async () => {
    const { document } = parseHTML(longPage(400));
    expect(document.body.textContent!.length).toBeGreaterThan(LANG_IN_PIECES_ABOVE);
    const before = document.toString();
    const undo = new UndoLog();
    let pauses = 0;
    await declareLang(document, 'zh-TW', undo, async () => void pauses++);
    expect(pauses).toBeGreaterThan(1);
    expect(document.documentElement.getAttribute('lang')).toBe('zh');
    expect(document.querySelector('blockquote')!.getAttribute('lang')).toBe('en');
    // Every paragraph's text now sits under an element that declares zh-TW.
    for (const p of document.querySelectorAll('p')) expect(p.closest('[lang="zh-TW"]')).not.toBeNull();
    expect(document.querySelector('footer')!.closest('[lang]')!.getAttribute('lang')).toBe('zh-TW');
    undo.restore();
    expect(document.toString()).toBe(before);
  });

  it('does nothing when the document already declares the language', async () => {
    const { document } = parseHTML('<html lang="zh-CN"><body><p>新闻</p></body></html>');
    const undo = new UndoLog();
    await declareLang(document, 'zh-CN', undo, async () => undefined);
    expect(undo.size).toBe(0);
  });
});

describe('langPieces', () => {
  it('finds small enough pieces, in document order, that cover the text', () => {
    const { document } = parseHTML(longPage(50));
    const pieces = langPieces(document.body, 2_000);
    expect(pieces.every((p) => p.textContent!.length <= 2_000)).toBe(true);
    const squeeze = (t: string) => t.replace(/\s/g, '');
    // All the body's text but the part that declares its own language.
    expect(squeeze(pieces.map((p) => p.textContent).join(''))).toBe(squeeze(document.body.textContent!).replace('QuotedinEnglish.', ''));
  });
});
