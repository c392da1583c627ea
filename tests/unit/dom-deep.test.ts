/**
 * A DOM ten thousand levels deep (a page's script can build one; browsers stop only their
 * parser at a few hundred): every walk over the page is iterative, so nothing overflows the stack.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectText } from '../../lib/dom';
import { readPage } from '../../lib/page';
import { spacedText } from '../../lib/article/spaced-text';

function deepPage(depth: number): Document {
  const { document } = parseHTML('<!doctype html><html><head><title>周文涛调研数字经济</title></head><body></body></html>');
  let box: Element = document.body;
  for (let i = 0; i < depth; i++) {
    const d = document.createElement('div');
    box.appendChild(d);
    box = d;
  }
  const paras = ['本报讯 3月1日，县委书记周文涛前往开发区调研数字经济发展情况，察看软件园区和网络安全企业，了解企业生产经营情况。', '周文涛强调，要坚持创新驱动，加快推进产业数字化，为全县经济高质量发展提供有力支撑，确保各项目标任务顺利完成。'];
  for (const t of [...paras, ...paras.map((p) => p.replace('3月1日', '3月2日'))]) {
    const p = document.createElement('p');
    p.textContent = t;
    box.appendChild(p);
  }
  return document as unknown as Document;
}

describe('deep pages', () => {
  it('collects the text of an article 10,000 levels deep', () => {
    const doc = deepPage(10_000);
    const map = collectText(doc.body);
    expect(map.text).toContain('县委书记周文涛');
    expect(spacedText(doc.body)).toContain('县委书记周文涛');
  });

  it('reads the whole page (detection, extraction, text) without overflowing', () => {
    const read = readPage(deepPage(10_000), 'http://www.myrb.net/html/2024/03/01/deep.html');
    expect(read.texts.body).toContain('周文涛强调');
  });
});
