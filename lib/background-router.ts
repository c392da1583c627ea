/**
 * What the background does with a message, given who sent it. Pure: the browser calls come in
 * as `BackgroundActions`, so the rules — only the extension's own pages may name a tab; a
 * content script acts on its own tab only, and only its top frame speaks for the tab — are
 * tested without a browser.
 */
import { allowedFrom, parseMessage, type EnrichedPageState, type Message, type SenderKind } from './messages';
import type { PageTexts } from './page/texts';
import { emptyReport, type TabReport } from './report';

export interface SenderInfo {
  /** The sending extension's id (ours for our own contexts). */
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** Our own page (popup, options), a content script in a tab, or nobody we answer. */
export function senderKind(sender: SenderInfo, ownId: string, ownOrigin: string): SenderKind | null {
  if (sender.id !== ownId) return null;
  if (sender.url?.startsWith(ownOrigin)) return 'extension-page';
  return sender.tab?.id !== undefined ? 'content' : null;
}

export interface BackgroundActions {
  injectEnricher(tabId: number, frameId?: number): Promise<void>;
  enrichOnRequest(tabId: number): Promise<void>;
  /** The text pipeline for a content script's page; the background keeps what the tab's report needs. */
  runPagePipeline(texts: PageTexts, tabId: number, topFrame: boolean): Promise<unknown>;
  /** The tab's page is enriched: its report from the page's state and the pipeline's last findings. */
  setEnrichedReport(tabId: number, state: EnrichedPageState): Promise<void>;
  runFragments(texts: string[]): Promise<unknown>;
  setReport(tabId: number, report: TabReport): Promise<void>;
  getReport(tabId: number): Promise<TabReport | null>;
  sendToTab(tabId: number, message: Message): Promise<unknown>;
}

/** The answer to a message (undefined: ignored). */
export function route(raw: unknown, sender: SenderInfo, ownId: string, ownOrigin: string, act: BackgroundActions): Promise<unknown> | undefined {
  const message = parseMessage(raw);
  const from = senderKind(sender, ownId, ownOrigin);
  if (!message || !from || !allowedFrom(message, from)) return undefined;
  // A content script's own tab; extension pages name the tab in the message.
  const ownTab = from === 'content' ? sender.tab?.id : undefined;
  switch (message.type) {
    case 'load-enricher':
      return ownTab === undefined ? undefined : act.injectEnricher(ownTab, sender.frameId).then(() => true);
    case 'enrich-page':
      return ownTab === undefined ? undefined : act.runPagePipeline(message.texts, ownTab, (sender.frameId ?? 0) === 0);
    case 'enrich-fragments':
      return act.runFragments(message.texts);
    case 'report':
      // Only the top frame speaks for the tab.
      if (ownTab === undefined || (sender.frameId ?? 0) !== 0) return undefined;
      return act.setReport(ownTab, message.report).then(() => true);
    case 'report-enriched':
      if (ownTab === undefined || (sender.frameId ?? 0) !== 0) return undefined;
      return act.setEnrichedReport(ownTab, message.enriched).then(() => true);
    case 'get-report':
      return act.getReport(message.tabId);
    case 'enrich-tab':
      return act.enrichOnRequest(message.tabId).then(
        () => true,
        (e: unknown) => act.setReport(message.tabId, emptyReport('', 'error', String(e))).then(() => false),
      );
    case 'set-view':
      return act.sendToTab(message.tabId, { type: 'apply-view', view: message.view });
    case 'reveal':
      return act.sendToTab(message.tabId, { type: 'show', kind: message.kind, key: message.key });
    default:
      return undefined;
  }
}
