/**
 * Finds interface text written into code instead of the locale files: JSX text, labelling
 * attributes (aria-label, title, placeholder, alt, label), text given to an element
 * (textContent = …, el(tag, '…')), any literal with Chinese characters, and English phrases.
 */
import ts from 'typescript';

export interface Literal {
  line: number;
  text: string;
  why: string;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const LETTER = /\p{L}/u;
/** "Show original", "Next mention": a capitalised word followed by more words. */
const PHRASE = /\b[A-Z][a-z]+(?:[ ,]+[A-Za-z]+)+/;
const LABEL_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description', 'aria-placeholder']);
const TEXT_PROPERTIES = new Set(['textContent', 'innerText', 'title', 'ariaLabel', 'placeholder', 'alt']);
/** Calls whose string argument becomes visible text. */
const TEXT_CALLS = new Set(['el', 'createTextNode', 'alert', 'confirm', 'prompt']);

export function findUiLiterals(source: string, fileName = 'file.tsx'): Literal[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Literal[] = [];
  const add = (node: ts.Node, text: string, why: string) =>
    found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text: text.trim(), why });
  const isString = (n: ts.Node): n is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral => ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n);

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isJsxText(node) && LETTER.test(node.text)) add(node, node.text, 'JSX text');
    if (ts.isJsxAttribute(node) && LABEL_ATTRIBUTES.has(node.name.getText(file)) && node.initializer) {
      const init = node.initializer;
      const literal = ts.isStringLiteral(init) ? init : ts.isJsxExpression(init) && init.expression && isString(init.expression) ? init.expression : null;
      if (literal && LETTER.test(literal.text)) add(node, literal.text, `${node.name.getText(file)} attribute`);
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left)
      && TEXT_PROPERTIES.has(node.left.name.text) && isString(node.right) && LETTER.test(node.right.text)) {
      add(node, node.right.text, `${node.left.name.text} assignment`);
    }
    if (ts.isCallExpression(node)) {
      const callee = ts.isIdentifier(node.expression) ? node.expression.text : ts.isPropertyAccessExpression(node.expression) ? node.expression.name.text : '';
      const args = callee === 'setAttribute' && node.arguments[0] && isString(node.arguments[0]) && LABEL_ATTRIBUTES.has(node.arguments[0].text) ? node.arguments.slice(1)
        : TEXT_CALLS.has(callee) ? node.arguments.slice(callee === 'el' ? 1 : 0, callee === 'el' ? 2 : undefined)
        : [];
      for (const a of args) if (isString(a) && LETTER.test(a.text)) add(a, a.text, `${callee}() text`);
    }
    if (isString(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      const text = node.text;
      if (CJK.test(text)) add(node, text, 'Chinese in a literal');
      else if (PHRASE.test(text)) add(node, text, 'English phrase in a literal');
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  // One report per place.
  return found.filter((f, i) => found.findIndex((g) => g.line === f.line && g.text === f.text) === i);
}
