/**
 * The one typed protocol between contexts. Every receiver runs `parseMessage` first and
 * ignores anything that does not validate, and the background also checks who sent it
 * (`allowedFrom`): only the extension's own pages may name a tab; a content script — which
 * a compromised page could drive — acts on its own tab only. Page scripts cannot talk to
 * us directly, but a bug or a compromised renderer can: nested fields are validated too.
 */
import type { PageTexts } from './page/texts';
import type { ArticleMeta, TabReport } from './report';

/** What only the page knows about its enriched state; the rest of the report is the background's. */
export interface EnrichedPageState {
  url: string;
  article: ArticleMeta | null;
  view: View;
  /** Text nodes re-read from the page's own bytes (counted as mojibake repairs). */
  charsetRepairs: number;
  detection?: { reason: string; decidedBy: string };
}

export type View = 'enriched' | 'original';
export type RevealKind = 'directive' | 'official' | 'enterprise';

export type Message =
  /** content → background: the detector says "article": inject the enricher here. */
  | { type: 'load-enricher' }
  /** content → background: the state of this tab. */
  | { type: 'report'; report: TabReport }
  /** content → background: run the text pipeline on this page's texts (off the page's main thread). */
  | { type: 'enrich-page'; texts: PageTexts }
  /** content → background: repair and convert text the page added later (nothing tagged). */
  | { type: 'enrich-fragments'; texts: string[] }
  /**
   * content → background: this tab's page is enriched (or shown as original). The background
   * adds what its own pipeline found for the tab, so a long article's thousands of directives
   * never cross the page's main thread a second time.
   */
  | { type: 'report-enriched'; enriched: EnrichedPageState }
  /** popup → background */
  | { type: 'get-report'; tabId: number }
  | { type: 'enrich-tab'; tabId: number }
  | { type: 'set-view'; tabId: number; view: View }
  | { type: 'reveal'; tabId: number; kind: RevealKind; key: string }
  /** background → content */
  | { type: 'apply-view'; view: View }
  | { type: 'toggle-view' }
  | { type: 'show'; kind: RevealKind; key: string };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;
const isStrOrNull = (v: unknown, max = MAX_TEXT): v is string | null => v === null || isStr(v, max);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isArrayOf = <T>(v: unknown, item: (x: unknown) => x is T, max = MAX_ITEMS): v is T[] => Array.isArray(v) && v.length <= max && v.every(item);
/** Bounds that no real page reaches and that keep a hostile message cheap to reject. */
const MAX_TEXT = 16 * 1024 * 1024;
const MAX_SHORT = 4096;
const MAX_ITEMS = 100_000;
const isTabId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isView = (v: unknown): v is View => v === 'enriched' || v === 'original';
const isKind = (v: unknown): v is RevealKind => v === 'directive' || v === 'official' || v === 'enterprise';
const STATES = ['enriched', 'not-article', 'disabled', 'error', 'working'];

const KINDS = ['pinyin', 'mojibake', 'lossy', 'punctuation', 'junk', 'duplicate', 'script'];
const DETECTED = ['simplified', 'traditional', 'mixed', 'none'];
const TARGETS = ['zh-CN', 'zh-TW', 'zh-HK', 'off'];

const isShort = (v: unknown): v is string => isStr(v, MAX_SHORT);
const isArticleMeta = (v: unknown) =>
  v === null ||
  (isObj(v) &&
    isShort(v.title) &&
    isStrOrNull(v.date, MAX_SHORT) &&
    isStrOrNull(v.source, MAX_SHORT) &&
    (v.reporter === undefined || isStrOrNull(v.reporter, MAX_SHORT)) &&
    (v.editor === undefined || isStrOrNull(v.editor, MAX_SHORT)));
const isRepairs = (v: unknown) => isObj(v) && Object.entries(v).every(([k, n]) => KINDS.includes(k) && isCount(n));
const isScript = (v: unknown) => v === null || (isObj(v) && DETECTED.includes(v.detected as string) && TARGETS.includes(v.target as string));
const isOfficial = (v: unknown): v is object => isObj(v) && isShort(v.name) && isArrayOf(v.titles, isShort, 100) && isCount(v.mentions);
const isEnterprise = (v: unknown): v is object => isObj(v) && isShort(v.name) && isArrayOf(v.aliases, isShort, 100) && isCount(v.mentions);
const isReportDirective = (v: unknown): v is object =>
  isObj(v) &&
  isCount(v.index) &&
  isStrOrNull(v.speaker, MAX_SHORT) &&
  isStrOrNull(v.body, MAX_SHORT) &&
  (v.force === 'require' || v.force === 'encourage') &&
  isStr(v.text, 1 << 20) &&
  isStrOrNull(v.target, MAX_SHORT);

/** A report as a content script sends it: every field checked, so the popup can trust its shape. */
export function isReport(v: unknown): v is TabReport {
  return (
    isObj(v) &&
    typeof v.state === 'string' &&
    STATES.includes(v.state) &&
    isStr(v.url, 1 << 16) &&
    (v.error === undefined || isStr(v.error, MAX_SHORT)) &&
    (v.detection === undefined || (isObj(v.detection) && isShort(v.detection.reason) && isShort(v.detection.decidedBy))) &&
    isArticleMeta(v.article ?? null) &&
    (v.view === 'enriched' || v.view === 'original') &&
    isRepairs(v.repairs) &&
    isScript(v.script ?? null) &&
    isArrayOf(v.officials, isOfficial) &&
    isArrayOf(v.enterprises, isEnterprise) &&
    isArrayOf(v.directives, isReportDirective)
  );
}

function isEnrichedState(v: unknown): v is EnrichedPageState {
  return (
    isObj(v) &&
    isStr(v.url, 1 << 16) &&
    isArticleMeta(v.article ?? null) &&
    (v.view === 'enriched' || v.view === 'original') &&
    isCount(v.charsetRepairs) &&
    (v.detection === undefined || (isObj(v.detection) && isShort(v.detection.reason) && isShort(v.detection.decidedBy)))
  );
}

function isPageTexts(v: unknown): v is PageTexts {
  return (
    isObj(v) &&
    isStr(v.body) &&
    isStr(v.around) &&
    isStr(v.title, 1 << 16) &&
    isObj(v.meta) &&
    isStr(v.meta.title, 1 << 16) &&
    isStrOrNull(v.meta.source, MAX_SHORT) &&
    isStrOrNull(v.meta.reporter, MAX_SHORT) &&
    isStrOrNull(v.meta.editor, MAX_SHORT) &&
    isArrayOf(v.attributes, (x): x is string => isStr(x, 1 << 16))
  );
}

/** Who sent a message: one of the extension's own pages (popup, options), or a content script in a tab. */
export type SenderKind = 'extension-page' | 'content';

/** The messages each kind of sender may send to the background. */
const ALLOWED: Record<SenderKind, ReadonlySet<Message['type']>> = {
  'extension-page': new Set(['get-report', 'enrich-tab', 'set-view', 'reveal']),
  content: new Set(['load-enricher', 'report', 'report-enriched', 'enrich-page', 'enrich-fragments']),
};

export function allowedFrom(message: Message, sender: SenderKind): boolean {
  return ALLOWED[sender].has(message.type);
}

export function parseMessage(raw: unknown): Message | null {
  if (!isObj(raw) || typeof raw.type !== 'string') return null;
  switch (raw.type) {
    case 'load-enricher':
    case 'toggle-view':
      return { type: raw.type };
    case 'report':
      return isReport(raw.report) ? { type: 'report', report: raw.report } : null;
    case 'enrich-page':
      return isPageTexts(raw.texts) ? { type: 'enrich-page', texts: raw.texts } : null;
    case 'report-enriched':
      return isEnrichedState(raw.enriched) ? { type: 'report-enriched', enriched: raw.enriched } : null;
    case 'enrich-fragments':
      return isArrayOf(raw.texts, (x): x is string => isStr(x), 10_000) ? { type: 'enrich-fragments', texts: raw.texts } : null;
    case 'get-report':
    case 'enrich-tab':
      return isTabId(raw.tabId) ? { type: raw.type, tabId: raw.tabId } : null;
    case 'set-view':
      return isTabId(raw.tabId) && isView(raw.view) ? { type: 'set-view', tabId: raw.tabId, view: raw.view } : null;
    case 'reveal':
      return isTabId(raw.tabId) && isKind(raw.kind) && typeof raw.key === 'string'
        ? { type: 'reveal', tabId: raw.tabId, kind: raw.kind, key: raw.key }
        : null;
    case 'apply-view':
      return isView(raw.view) ? { type: 'apply-view', view: raw.view } : null;
    case 'show':
      return isKind(raw.kind) && typeof raw.key === 'string' ? { type: 'show', kind: raw.kind, key: raw.key } : null;
    default:
      return null;
  }
}
