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

/**
 * `limit`: stop after about this many characters; `fromEnd`: read backwards from the last
 * text (bylines, dates and editors sit at an article's edges, and a long article's middle need
 * not be read for them).
 */
export function spacedText(node: Node | null, limit = Infinity, fromEnd = false): string {
  if (!node || isSkipped(node)) return '';
  const parts: string[] = [];
  let length = 0;
  // Iterative walk (a page nested thousands of levels deep must not overflow the stack):
  // a separator goes in on entering and on leaving each element.
  const stack: (Node | string)[] = [];
  const pushChildren = (n: Node) => {
    if (fromEnd) for (let c = n.firstChild; c; c = c.nextSibling) stack.push(c);
    else for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  };
  pushChildren(node);
  while (stack.length) {
    const c = stack.pop()!;
    if (typeof c === 'string') {
      parts.push(c);
      continue;
    }
    if (c.nodeType === TEXT) {
      const t = c.nodeValue ?? '';
      parts.push(t);
      length += t.length;
      if (length >= limit) break;
    }
    else if (c.nodeType === ELEMENT && !isSkipped(c)) {
      const sep = BLOCK.test((c as Element).tagName.toUpperCase()) ? '\n' : ' ';
      parts.push(sep);
      stack.push(sep);
      pushChildren(c);
    }
  }
  if (fromEnd) parts.reverse();
  // Collapse the separators we added (and the page's own runs of spaces) without joining lines.
  return parts
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}
