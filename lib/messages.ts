/**
 * The one typed protocol between contexts. Every receiver runs `parseMessage` first and
 * ignores anything that does not validate: page scripts cannot talk to us, but a bug can.
 */
import type { TabReport } from './report';

export type View = 'enriched' | 'original';
export type RevealKind = 'directive' | 'official' | 'enterprise';

export type Message =
  /** content → background: the detector says "article": inject the enricher here. */
  | { type: 'load-enricher' }
  /** content → background: the state of this tab. */
  | { type: 'report'; report: TabReport }
  /** popup → background */
  | { type: 'get-report'; tabId: number }
  | { type: 'enrich-tab'; tabId: number }
  | { type: 'set-view'; tabId: number; view: View }
  | { type: 'reveal'; tabId: number; kind: RevealKind; key: string }
  /** background → content */
  | { type: 'apply-view'; view: View }
  | { type: 'toggle-view' }
  | { type: 'show'; kind: RevealKind; key: string };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isTabId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isView = (v: unknown): v is View => v === 'enriched' || v === 'original';
const isKind = (v: unknown): v is RevealKind => v === 'directive' || v === 'official' || v === 'enterprise';
const STATES = ['enriched', 'not-article', 'disabled', 'error', 'working'];

function isReport(v: unknown): v is TabReport {
  return (
    isObj(v) &&
    typeof v.state === 'string' &&
    STATES.includes(v.state) &&
    typeof v.url === 'string' &&
    isObj(v.repairs) &&
    Array.isArray(v.officials) &&
    Array.isArray(v.enterprises) &&
    Array.isArray(v.directives)
  );
}

export function parseMessage(raw: unknown): Message | null {
  if (!isObj(raw) || typeof raw.type !== 'string') return null;
  switch (raw.type) {
    case 'load-enricher':
    case 'toggle-view':
      return { type: raw.type };
    case 'report':
      return isReport(raw.report) ? { type: 'report', report: raw.report } : null;
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
