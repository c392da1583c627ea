/**
 * Element text with element boundaries kept: a newline around blocks, a space around inline
 * elements. `textContent` glues `<span>来源：日报</span><span>作者：某某</span>` into one run,
 * and metadata patterns then read past the end of a field.
 */

const BLOCK = /^(?:P|DIV|SECTION|ARTICLE|LI|UL|OL|TABLE|TBODY|TR|TD|TH|DL|DT|DD|H[1-6]|BR|HEADER|FOOTER|FIGURE|FIGCAPTION|BLOCKQUOTE|PRE|FORM)$/;
const SKIP = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/;
const ELEMENT = 1;
const TEXT = 3;

const isSkipped = (n: Node) => n.nodeType === ELEMENT && SKIP.test((n as Element).tagName.toUpperCase());

export function spacedText(node: Node | null): string {
  if (!node || isSkipped(node)) return '';
  const parts: string[] = [];
  // Iterative walk (a page nested thousands of levels deep must not overflow the stack):
  // a separator goes in on entering and on leaving each element.
  const stack: (Node | string)[] = [];
  for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length) {
    const c = stack.pop()!;
    if (typeof c === 'string') {
      parts.push(c);
      continue;
    }
    if (c.nodeType === TEXT) parts.push(c.nodeValue ?? '');
    else if (c.nodeType === ELEMENT && !isSkipped(c)) {
      const sep = BLOCK.test((c as Element).tagName.toUpperCase()) ? '\n' : ' ';
      parts.push(sep);
      stack.push(sep);
      for (let k = c.lastChild; k; k = k.previousSibling) stack.push(k);
    }
  }
  // Collapse the separators we added (and the page's own runs of spaces) without joining lines.
  return parts
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}
