/**
 * The page side of the pipeline: read the page (lib/page), send its texts to the background
 * where the text pipeline runs (so a long article never freezes the tab), write the edits
 * back node by node in slices (undo log kept), highlight entities, report to the background,
 * and keep up with content added later. Page text only ever reaches the page as text.
 */
import { browser } from 'wxt/browser';
import { applyEditsInSlices, applyEditsToDom, convertDocumentTitle, declareLang, UndoLog, watchMutations, writeAttributes, collectText, type MutationWatcher, type TextMap } from '../../lib/dom';
import { listMentions, type Mention } from '../../lib/mentions';
import { parseMessage, type EnrichedPageState, type View } from '../../lib/messages';
import type { Detection } from '../../lib/article/detect';
// The DOM half of lib/page only: the text half (and its word lists) runs in the background.
import { readPage, type PageRead } from '../../lib/page/read';
import type { PageEnrichment } from '../../lib/page/texts';
import { decodeEdits, fromWire, withBodyText, type WirePageEnrichment } from '../../lib/page/wire';
import { emptyReport, type ArticleMeta, type TabReport } from '../../lib/report';
import type { Settings } from '../../lib/settings';
import type { Enrichment } from '../../lib/types';
import { setPageState } from '../../utils/page-state';
import { loadSettings } from '../../utils/settings-store';
import { EntityCard } from './card';
import { repairCharset } from './charset';
import { clearHighlights, flashRange, showHighlights } from './highlight';
import { nextFrame, pauseForPage } from './slices';

interface EnricherState {
  read: PageRead;
  settings: Settings;
  meta: ArticleMeta;
  undo: UndoLog;
  result: Enrichment | null;
  /** The post-edit text map: its text is exactly the enriched text, so entity and directive spans line up. */
  map: TextMap | null;
  view: View;
  watcher: MutationWatcher | null;
  mentions: Mention[];
  card: EntityCard | null;
  /** Text nodes whose bytes were re-read in the right charset before anything else (counted as mojibake repairs). */
  charsetRepairs: number;
  /** Bumped on teardown: work still in flight for an older run stops at its next step. */
  generation: number;
  timing: Timing;
}

/** Main-thread time our synchronous steps took, per step, and the background's pipeline time (for the benchmark's marks). */
interface Timing {
  busyMs: number;
  pipelineMs: number;
  steps: Record<string, number>;
}

const KEY = '__zhengwenEnricher';

/** The content script's verdict for this URL, when it ran here (saves detecting twice on a long page). */
function knownDetection(): Detection | undefined {
  const d = (globalThis as unknown as { __zhengwenDetection?: Detection }).__zhengwenDetection;
  return d;
}

function readThisPage(state: { timing: Timing }): PageRead {
  return readPage(document, location.href, knownDetection(), (step, fn) => timed(state, step, fn));
}
let generation = 0;

async function sendReport(report: TabReport): Promise<void> {
  if (window !== window.top) return;
  await browser.runtime.sendMessage({ type: 'report', report }).catch(() => undefined);
}

/** Our own DOM writes run with the mutation watcher disconnected, timed as main-thread work. */
function paused<T>(state: EnricherState, step: string, fn: () => T): T {
  return timed(state, step, () => (state.watcher ? state.watcher.withPaused(fn) : fn()));
}

/** A pause for sliced work that also books the main-thread time since the last slice under `step`. */
function slicePause(state: { timing: Timing }, step: string, wait: () => Promise<void> = pauseForPage): { pause: () => Promise<void>; done: () => void } {
  let t0 = performance.now();
  const book = () => {
    const ms = performance.now() - t0;
    state.timing.busyMs += ms;
    state.timing.steps[step] = (state.timing.steps[step] ?? 0) + ms;
  };
  return {
    pause: async () => {
      book();
      await wait();
      t0 = performance.now();
    },
    done: book,
  };
}

function timed<T>(state: { timing: Timing }, step: string, fn: () => T): T {
  const t0 = performance.now();
  try {
    return fn();
  } finally {
    const ms = performance.now() - t0;
    state.timing.busyMs += ms;
    state.timing.steps[step] = (state.timing.steps[step] ?? 0) + ms;
  }
}

/** The text pipeline, in the background. */
async function enrichTexts(state: EnricherState, read: PageRead): Promise<PageEnrichment> {
  const t0 = performance.now();
  const answer = (await browser.runtime.sendMessage({ type: 'enrich-page', texts: read.texts })) as (WirePageEnrichment & { computeMs?: number }) | undefined;
  state.timing.pipelineMs += performance.now() - t0;
  state.timing.steps.pipelineCompute = (state.timing.steps.pipelineCompute ?? 0) + (answer?.computeMs ?? 0);
  if (!answer || !answer.body || typeof answer.body.edits !== 'string') throw new Error('the background did not enrich the page');
  return timed(state, 'decode', () => fromWire(answer));
}

/** The data of every node a map was read from, to tell whether the page changed it meanwhile. */
const snapshot = (maps: (TextMap | null)[]) => maps.flatMap((m) => (m ? m.segments.map((s) => [s.node, s.node.data] as const) : []));
const unchanged = (snap: ReturnType<typeof snapshot>) => snap.every(([node, data]) => node.data === data && node.isConnected);

async function enrichRoot(state: EnricherState): Promise<void> {
  const gen = state.generation;
  let read = state.read;
  let snap = timed(state, 'snapshot', () => snapshot([read.body, read.around]));
  let out = await enrichTexts(state, read);
  // The page changed its text while the pipeline ran: read again once, so edits land where they belong.
  if (!timed(state, 'snapshot', () => unchanged(snap))) {
    read = state.read = readThisPage(state);
    snap = timed(state, 'snapshot', () => snapshot([read.body, read.around]));
    out = await enrichTexts(state, read);
  }
  if (gen !== state.generation) return;
  await pauseForPage();
  // Long articles are written in slices; the watcher is off while a slice writes and on in between.
  const slices = slicePause(state, 'apply');
  const between = async () => {
    state.watcher?.resume();
    await slices.pause();
    state.watcher?.pause();
  };
  state.watcher?.pause();
  const after = (await applyEditsInSlices(read.body, out.body.edits, state.undo, { pause: between })).map;
  state.watcher?.resume();
  slices.done();
  await pauseForPage();
  paused(state, 'around', () => {
    // The page around the article (headline, info line, navigation): repaired and converted, no lines removed.
    if (read.around) applyEditsToDom(read.around, out.around.edits, state.undo, { hideEmptiedBlocks: false });
    if (read.texts.title !== out.title) convertDocumentTitle(document, (t) => (t === read.texts.title ? out.title : t), state.undo);
    writeAttributes(read.attributes, out.attributes, state.undo);
  });
  if (state.settings.target !== 'off') {
    // Its cost is the layout it causes, so each batch gets a frame of its own.
    const lang = slicePause(state, 'lang', nextFrame);
    await declareLang(document, state.settings.target, state.undo, lang.pause);
    lang.done();
  }
  const result: Enrichment = withBodyText(out.body, after.text);
  state.meta = { ...state.meta, ...out.meta };
  state.result = result;
  state.map = after;
  state.mentions = timed(state, 'mentions', () => listMentions(result));
  state.view = 'enriched';
  await pauseForPage();
  // CSS highlights leave the DOM alone; only the fallback's marks would need the watcher off.
  const marks = slicePause(state, 'highlights');
  await showHighlights(document, after, result, state.settings.highlightStyle, marks.pause);
  marks.done();
}

/** Content added after load (comments, "load more"): repaired and converted in the background too. */
async function enrichAdded(state: EnricherState, nodes: Node[]): Promise<void> {
  if (state.view !== 'enriched') return;
  const maps: TextMap[] = [];
  for (const node of nodes) {
    const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    if (!el || !state.read.root.contains(el)) continue;
    const map = collectText(el);
    if (map.text.trim()) maps.push(map);
  }
  if (!maps.length) return;
  const snap = snapshot(maps);
  const encoded = (await browser.runtime.sendMessage({ type: 'enrich-fragments', texts: maps.map((m) => m.text) })) as string[] | undefined;
  if (!Array.isArray(encoded) || state.view !== 'enriched' || !unchanged(snap)) return;
  paused(state, 'added', () => maps.forEach((m, k) => applyEditsToDom(m, typeof encoded[k] === 'string' ? decodeEdits(encoded[k]) : [], state.undo)));
}

/** Tell the background the page is enriched (or shows the original); it adds its pipeline's findings. */
async function reportEnriched(state: EnricherState): Promise<void> {
  if (window !== window.top) return;
  const enriched: EnrichedPageState = {
    url: location.href,
    article: state.meta,
    view: state.view,
    charsetRepairs: state.charsetRepairs,
    detection: { reason: state.read.detection.reason, decidedBy: state.read.detection.decidedBy },
  };
  await browser.runtime.sendMessage({ type: 'report-enriched', enriched }).catch(() => undefined);
}

async function setView(state: EnricherState, view: View): Promise<void> {
  if (view === state.view) return;
  if (view === 'original') {
    state.card?.hide();
    paused(state, 'restore', () => {
      clearHighlights(document);
      state.undo.restore();
    });
    state.view = 'original';
  } else {
    state.charsetRepairs = await repairCharset(document, state.undo);
    state.read = readThisPage(state);
    await enrichRoot(state);
  }
  await reportEnriched(state);
}

async function reveal(state: EnricherState, kind: 'directive' | 'official' | 'enterprise', key: string): Promise<boolean> {
  if (!state.result || !state.map) return false;
  if (state.view !== 'enriched') await setView(state, 'enriched');
  const result = state.result;
  let span: { start: number; end: number } | undefined;
  if (kind === 'directive') span = result.directives[Number(key)];
  else if (kind === 'official') span = result.officials.find((o) => o.name === key)?.spans[0];
  else span = result.enterprises.find((e) => e.name === key)?.spans[0];
  if (!span) return false;
  const shown = flashRange(document, state.map!, span.start, span.end);
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
  state.generation = -1;
  state.watcher?.disconnect();
  state.card?.detach();
  clearHighlights(document);
  state.undo.restore();
}

async function enrichPage(): Promise<void> {
  setPageState(document, 'working');
  await sendReport(emptyReport(location.href, 'working'));
  const undo = new UndoLog();
  try {
    const settings = await loadSettings();
    // A page the browser decoded with the wrong charset is re-read from its own bytes first.
    const charsetRepairs = await repairCharset(document, undo);
    const timing: Timing = { busyMs: 0, pipelineMs: 0, steps: {} };
    const read = readThisPage({ timing });
    const meta: ArticleMeta = { title: read.texts.meta.title, date: read.extracted?.date ?? null, source: read.texts.meta.source, reporter: read.texts.meta.reporter, editor: read.texts.meta.editor };
    const state: EnricherState = { read, settings, meta, undo, result: null, map: null, view: 'original', watcher: null, mentions: [], card: null, charsetRepairs, generation: ++generation, timing };
    current = state;
    await enrichRoot(state);
    if (current !== state) return;
    state.card = new EntityCard(
      document,
      () => ({ map: state.view === 'enriched' ? state.map : null, mentions: state.mentions }),
      (m) => state.map && flashRange(document, state.map, m.start, m.end),
    );
    state.card.attach();
    state.watcher = watchMutations(read.root, (nodes) => void enrichAdded(state, nodes), {
      MutationObserver: window.MutationObserver,
      schedule: (cb) => window.requestAnimationFrame(() => cb()),
    });
    await reportEnriched(state);
    setPageState(document, 'enriched');
    // For the benchmark (npm run bench): how long the page's main thread was ours, and the background's share.
    performance.mark('zhengwen:enriched', { detail: { mainThreadMs: timing.busyMs, pipelineMs: timing.pipelineMs, chars: read.texts.body.length, steps: timing.steps } });
  } catch (e) {
    console.error('ZhengWen:', e);
    if (!current) undo.restore();
    setPageState(document, 'error');
    await sendReport(emptyReport(location.href, 'error', String(e)));
  }
}

function onMessage(raw: unknown): Promise<unknown> | undefined {
  const m = parseMessage(raw);
  const state = current;
  if (!m || !state) return undefined;
  if (m.type === 'apply-view') return setView(state, m.view).then(() => true);
  if (m.type === 'toggle-view') return setView(state, state.view === 'enriched' ? 'original' : 'enriched').then(() => true);
  if (m.type === 'show') return reveal(state, m.kind, m.key);
  return undefined;
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
