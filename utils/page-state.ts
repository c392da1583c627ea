/** The `data-zhengwen` attribute on <html>: the contract tests and other tools wait on. */
import type { PageState } from '../lib/report';

export function setPageState(doc: Document, state: PageState): void {
  doc.documentElement.setAttribute('data-zhengwen', state);
}
