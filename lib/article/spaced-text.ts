/**
 * Element text with element boundaries kept: a newline around blocks, a space around inline
 * elements. `textContent` glues `<span>来源：日报</span><span>作者：某某</span>` into one run,
 * and metadata patterns then read past the end of a field.
 */

const BLOCK = /^(?:P|DIV|SECTION|ARTICLE|LI|UL|OL|TABLE|TBODY|TR|TD|TH|DL|DT|DD|H[1-6]|BR|HEADER|FOOTER|FIGURE|FIGCAPTION|BLOCKQUOTE|PRE|FORM)$/;
const SKIP = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/;
const ELEMENT = 1;
const TEXT = 3;

export function spacedText(node: Node | null): string {
  if (!node) return '';
  const parts: string[] = [];
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT) parts.push(c.nodeValue ?? '');
      else if (c.nodeType === ELEMENT) {
        const tag = (c as Element).tagName.toUpperCase();
        if (SKIP.test(tag)) continue;
        const sep = BLOCK.test(tag) ? '\n' : ' ';
        parts.push(sep);
        walk(c);
        parts.push(sep);
      }
    }
  };
  walk(node);
  // Collapse the separators we added (and the page's own runs of spaces) without joining lines.
  return parts
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}
