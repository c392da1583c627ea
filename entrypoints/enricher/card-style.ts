/** The hover card's stylesheet (inside its closed shadow root); colours from lib/palette. */
import { paletteCss } from '../../lib/palette';

export const CARD_CSS = `
:host { all: initial; }
${paletteCss(':host')}
.card { position: absolute; z-index: 2147483647; max-width: 20rem; padding: 0.6rem 0.8rem; border-radius: 8px;
  font: 14px/1.5 system-ui, "Noto Sans CJK SC", sans-serif; background: var(--zw-bg); color: var(--zw-text);
  box-shadow: 0 4px 18px var(--zw-shadow); border: 1px solid var(--zw-border); }
.card:lang(zh-TW) { font-family: system-ui, "Noto Sans CJK TC", sans-serif; }
.kind { font-size: 11px; padding: 0 5px; border-radius: 3px; color: var(--zw-badge-text); margin-inline-start: 6px; }
.kind.official { background: var(--zw-official-line); }
.kind.enterprise { background: var(--zw-enterprise-line); }
.details, .count { font-size: 12px; color: var(--zw-muted); margin: 2px 0; }
.row { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; align-items: center; }
button { font: inherit; font-size: 12px; cursor: pointer; color: var(--zw-text); background: var(--zw-surface);
  border: 1px solid var(--zw-border); border-radius: 6px; padding: 2px 8px; }
button:disabled { opacity: .55; cursor: default; }
a { font-size: 12px; color: var(--zw-accent); }
.card:focus, button:focus-visible, a:focus-visible { outline: 2px solid var(--zw-focus); outline-offset: 2px; }
`;
