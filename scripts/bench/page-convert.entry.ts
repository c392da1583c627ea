/**
 * Bundled into a page by scripts/bench-page.ts: the two ways of converting a page's script,
 * on a live DOM, as a page that grows by `mutations` paragraphs meets them.
 */
import { Converter } from 'opencc-js/t2cn';
import { applyEditsToDom, collectText, UndoLog } from '../../lib/dom';
import { convertScript } from '../../lib/script';

const NEW_PARAGRAPH = '網友評論：這個項目對縣域經濟發展很重要，希望早日建成投產。';

function textNodes(root: Element): Text[] {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** The common extensions: on load and on each mutation, a fresh converter over every text node. */
function naive(root: Element, mutations: number): void {
  const pass = () => {
    for (const node of textNodes(root)) {
      const convert = Converter({ from: 't', to: 'cn' });
      const next = convert(node.data);
      if (next !== node.data) node.data = next;
    }
  };
  pass();
  for (let i = 0; i < mutations; i++) {
    const p = root.ownerDocument.createElement('p');
    p.textContent = NEW_PARAGRAPH;
    root.append(p);
    pass();
  }
}

/** ZhengWen: one converter per context, the text joined once, only new content on mutation. */
function zhengwen(root: Element, mutations: number): void {
  const undo = new UndoLog();
  const convertIn = (el: Element) => {
    const map = collectText(el);
    applyEditsToDom(map, convertScript(map.text, 'zh-CN').edits, undo);
  };
  convertIn(root);
  for (let i = 0; i < mutations; i++) {
    const p = root.ownerDocument.createElement('p');
    p.textContent = NEW_PARAGRAPH;
    root.append(p);
    convertIn(p);
  }
}

/** Plain opencc-js over every text node with a converter built beforehand: returns the ms it took. */
const plainConverter = Converter({ from: 't', to: 'cn' });
function plain(root: Element): number {
  const t0 = performance.now();
  for (const node of textNodes(root)) {
    const next = plainConverter(node.data);
    if (next !== node.data) node.data = next;
  }
  return performance.now() - t0;
}

(globalThis as unknown as Record<string, unknown>).__zhengwenBench = { naive, zhengwen, plain };
