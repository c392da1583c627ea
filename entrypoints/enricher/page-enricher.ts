/**
 * The page side of the pipeline: collect the article's text, run `enrichText`, write the
 * edits back node by node (undo log kept), highlight entities, report to the background,
 * and keep up with content added later. Page text only ever reaches the page as text.
 */
import { browser } from 'wxt/browser';
import { extractArticle } from '../../lib/article/extract';
import { applyEditsToDom, collectText, convertDocumentTitle, UndoLog, watchMutations, type MutationWatcher, type TextMap } from '../../lib/dom';
import { parseMessage, type View } from '../../lib/messages';
import { enrichLine, enrichText } from '../../lib/pipeline';
import { buildReport, emptyReport, type ArticleMeta, type TabReport } from '../../lib/report';
import { getConverter } from '../../lib/script';
import type { Settings } from '../../lib/settings';
import type { EnrichOptions, Enrichment } from '../../lib/types';
import { setPageState } from '../../utils/page-state';
import { loadSettings } from '../../utils/settings-store';
import { listMentions, type Mention } from '../../lib/mentions';
import { EntityCard } from './card';
import { clearHighlights, flashRange, showHighlights } from './highlight';
import { convertPageAttributes } from './attributes';

interface EnricherState {
  root: Element;
  /** Blocks inside root that are not article text (ads, captions, share bars): left alone. */
  exclude: Element[];
  /** Metadata as extracted (raw); repaired for the report once the body tells how. */
  rawMeta: ArticleMeta;
  settings: Settings;
  meta: ArticleMeta;
  undo: UndoLog;
  result: Enrichment | null;
  /** The post-edit text map: its text is exactly result.text, so entity and directive spans line up. */
  map: TextMap | null;
  view: View;
  watcher: MutationWatcher | null;
  mentions: Mention[];
  card: EntityCard | null;
}

const KEY = '__zhengwenEnricher';

function optionsFrom(s: Settings): EnrichOptions {
  return {
    target: s.target,
    repairs: s.repairs,
    officials: s.tagOfficials,
    enterprises: s.tagEnterprises,
    directives: s.directives,
    alwaysTag: s.alwaysTag,
    neverTag: s.neverTag,
    knownEnterprises: s.knownEnterprises,
  };
}

async function sendReport(report: TabReport): Promise<void> {
  if (window !== window.top) return;
  await browser.runtime.sendMessage({ type: 'report', report }).catch(() => undefined);
}

/** Our own DOM writes run with the mutation watcher disconnected. */
function paused<T>(state: EnricherState, fn: () => T): T {
  return state.watcher ? state.watcher.withPaused(fn) : fn();
}

function enrichRoot(state: EnricherState): void {
  const map = collectText(state.root, { exclude: state.exclude });
  const result = enrichText(map.text, optionsFrom(state.settings));
  let after: TextMap = map;
  const write = () => {
    after = applyEditsToDom(map, result.edits, state.undo).map;
    // The page around the article (headline, info line, navigation) is repaired and converted
    // too, without line removals, and as a mirror when the body showed it is one.
    const around = surroundingsOptions(state.settings, result);
    if (state.root !== document.body) repairElement(document.body, around, state.undo, [state.root]);
    convertDocumentTitle(document, (t) => enrichLine(t, around), state.undo);
    // Metadata read from the page is shown in the popup: repaired and converted like the page.
    const line = (t: string | null | undefined) => (t ? enrichLine(t, around) : (t ?? null));
    state.meta = { ...state.rawMeta, title: line(state.rawMeta.title) ?? '', source: line(state.rawMeta.source), reporter: line(state.rawMeta.reporter), editor: line(state.rawMeta.editor) };
    const target = state.settings.target;
    const convert = target === 'off' ? undefined : getConverter(target);
    if (convert && target !== 'off') convertPageAttributes(state.root, convert, target, state.undo);
  };
  paused(state, write);
  state.result = result;
  state.map = after;
  state.mentions = listMentions(result);
  state.view = 'enriched';
  paused(state, () => showHighlights(document, after, result, state.settings.highlightStyle));
}

function surroundingsOptions(settings: Settings, body: Enrichment): EnrichOptions {
  return {
    ...optionsFrom(settings),
    repairs: { ...settings.repairs, junk: false, duplicates: false },
    pinyinMirror: body.edits.some((e) => e.kind === 'pinyin'),
    scriptPerLine: true,
  };
}

/** Repair and convert one element's text (the page around the article, content added later); nothing tagged. */
function repairElement(el: Element, options: EnrichOptions, undo: UndoLog, exclude: Element[] = []): void {
  const map = collectText(el, { exclude });
  if (!map.text.trim()) return;
  const result = enrichText(map.text, { ...options, officials: false, enterprises: false, directives: false });
  applyEditsToDom(map, result.edits, undo);
}

/** Content added after load (comments, "load more"): repair and convert it too. */
function enrichAdded(state: EnricherState, nodes: Node[]): void {
  if (state.view !== 'enriched') return;
  const options = optionsFrom(state.settings);
  paused(state, () => {
    for (const node of nodes) {
      const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
      if (el && state.root.contains(el)) repairElement(el, options, state.undo);
    }
  });
}

function setView(state: EnricherState, view: View): void {
  if (view === state.view) return;
  if (view === 'original') {
    state.card?.hide();
    paused(state, () => {
      clearHighlights(document);
      state.undo.restore();
    });
    state.view = 'original';
  } else {
    enrichRoot(state);
  }
  const report = state.result ? buildReport(location.href, state.meta, state.result) : emptyReport(location.href, 'enriched');
  void sendReport({ ...report, view: state.view });
}

function reveal(state: EnricherState, kind: 'directive' | 'official' | 'enterprise', key: string): boolean {
  if (!state.result || !state.map) return false;
  if (state.view !== 'enriched') setView(state, 'enriched');
  const result = state.result;
  let span: { start: number; end: number } | undefined;
  if (kind === 'directive') span = result.directives[Number(key)];
  else if (kind === 'official') span = result.officials.find((o) => o.name === key)?.spans[0];
  else span = result.enterprises.find((e) => e.name === key)?.spans[0];
  if (!span) return false;
  const shown = flashRange(document, state.map, span.start, span.end);
  const mention = kind === 'directive' ? undefined : state.mentions.find((m) => m.start === span!.start);
  if (mention) state.card?.show(mention, true);
  return shown;
}

/** The article currently enriched in this page (replaced on single-page navigation). */
let current: EnricherState | null = null;

/** Put the page back as it was and stop watching it. */
function teardown(): void {
  const state = current;
  if (!state) return;
  current = null;
  state.watcher?.disconnect();
  state.card?.detach();
  clearHighlights(document);
  state.undo.restore();
}

async function enrichPage(): Promise<void> {
  setPageState(document, 'working');
  await sendReport(emptyReport(location.href, 'working'));
  try {
    const settings = await loadSettings();
    const extracted = extractArticle(document, location.href);
    const root = extracted?.root ?? document.body;
    const meta: ArticleMeta = extracted
      ? { title: extracted.title, date: extracted.date, source: extracted.source, reporter: extracted.reporter, editor: extracted.editor }
      : { title: document.title, date: null, source: null };
    const state: EnricherState = { root, exclude: extracted?.exclude ?? [], rawMeta: meta, settings, meta, undo: new UndoLog(), result: null, map: null, view: 'original', watcher: null, mentions: [], card: null };
    current = state;
    enrichRoot(state);
    state.card = new EntityCard(
      document,
      () => ({ map: state.view === 'enriched' ? state.map : null, mentions: state.mentions }),
      (m) => state.map && flashRange(document, state.map, m.start, m.end),
    );
    state.card.attach();
    state.watcher = watchMutations(root, (nodes) => enrichAdded(state, nodes), {
      MutationObserver: window.MutationObserver,
      schedule: (cb) => window.requestAnimationFrame(() => cb()),
    });
    await sendReport(buildReport(location.href, state.meta, state.result!));
    setPageState(document, 'enriched');
  } catch (e) {
    console.error('ZhengWen:', e);
    setPageState(document, 'error');
    await sendReport(emptyReport(location.href, 'error', String(e)));
  }
}

function onMessage(raw: unknown): Promise<unknown> | undefined {
  const m = parseMessage(raw);
  const state = current;
  if (!m || !state) return undefined;
  if (m.type === 'apply-view') setView(state, m.view);
  else if (m.type === 'toggle-view') setView(state, state.view === 'enriched' ? 'original' : 'enriched');
  else if (m.type === 'show') return Promise.resolve(reveal(state, m.kind, m.key));
  else return undefined;
  return Promise.resolve(true);
}

export async function startEnricher(): Promise<void> {
  const g = globalThis as unknown as Record<string, { rerun(isArticle: boolean): void } | undefined>;
  if (g[KEY]) return; // injected twice (request after automatic run): already enriched
  // The detector calls this after single-page navigation: the old article is let go and the
  // new one, if there is one, enriched.
  g[KEY] = {
    rerun: (isArticle) => {
      teardown();
      if (isArticle) void enrichPage();
    },
  };
  browser.runtime.onMessage.addListener(onMessage);
  await enrichPage();
}
