/**
 * Watch the article for text the page adds or changes later (lazy paragraphs, comment
 * widgets), in batches, without ever reacting to the extension's own writes:
 * - the observer is disconnected while the extension writes (withPaused);
 * - records are batched: one callback per scheduled tick (animation frame / idle);
 * - a token bucket bounds the batches per second, so a page that rewrites its text
 *   constantly (or fights the extension) gets a few passes a second, coalesced, never a loop.
 */
import { DEFAULT_SKIP_CLASS, isInSkippedRegion } from './walker-skip';

export interface WatchOptions {
  MutationObserver: typeof MutationObserver;
  /** Run `cb` later, once: requestAnimationFrame / requestIdleCallback in a page. */
  schedule: (cb: () => void) => void;
  /** At most this many batches per second (default 4); later ones wait and coalesce. */
  maxBatchesPerSecond?: number;
  /** Clock in ms (default Date.now). */
  now?: () => number;
  /** Delay a callback (default setTimeout); used only when over budget. */
  delay?: (cb: () => void, ms: number) => void;
  skipClass?: string;
}

export interface MutationWatcher {
  pause(): void;
  resume(): void;
  disconnect(): void;
  /** Run the extension's own DOM writes with the observer disconnected. */
  withPaused<T>(fn: () => T): T;
}

const OBSERVE: MutationObserverInit = {
  childList: true,
  characterData: true,
  characterDataOldValue: true,
  subtree: true,
};

export function watchMutations(
  root: Element,
  onChange: (addedOrChangedRoots: Node[]) => void,
  options: WatchOptions,
): MutationWatcher {
  const rate = options.maxBatchesPerSecond ?? 4;
  const now = options.now ?? (() => Date.now());
  const delay = options.delay ?? ((cb, ms) => void setTimeout(cb, ms));
  const skipClass = options.skipClass ?? DEFAULT_SKIP_CLASS;

  const pending = new Set<Node>(); // a page rewriting constantly adds the same nodes again
  let scheduled = false;
  let waiting = false; // a delayed flush is queued because the bucket is empty
  let paused = false;
  let stopped = false;
  let tokens = rate;
  let lastRefill = now();

  const take = (records: MutationRecord[]): void => {
    for (const r of records) {
      if (r.type === 'characterData') {
        // A write that left the text as it was is not a change.
        if (r.oldValue !== null && r.oldValue === r.target.nodeValue) continue;
        pending.add(r.target);
      } else if (r.type === 'childList') {
        r.addedNodes.forEach((n) => pending.add(n));
      }
    }
    if (pending.size > 0) requestFlush();
  };

  const observer = new options.MutationObserver((records) => take(records));
  const connect = (): void => observer.observe(root, OBSERVE);

  const refill = (): void => {
    const t = now();
    tokens = Math.min(rate, tokens + ((t - lastRefill) * rate) / 1000);
    lastRefill = t;
  };

  const requestFlush = (): void => {
    if (scheduled || waiting || paused || stopped) return;
    scheduled = true;
    options.schedule(flush);
  };

  function flush(): void {
    scheduled = false;
    if (paused || stopped || pending.size === 0) return;
    const roots = outermost(pending, root, skipClass);
    if (roots.length === 0) {
      pending.clear();
      return;
    }
    refill();
    if (tokens < 1) {
      waiting = true;
      delay(() => {
        waiting = false;
        requestFlush();
      }, Math.ceil(((1 - tokens) * 1000) / rate));
      return;
    }
    tokens -= 1;
    pending.clear();
    onChange(roots);
  }

  const pause = (): void => {
    if (paused || stopped) return;
    take(observer.takeRecords()); // keep what the page did before we paused
    observer.disconnect();
    paused = true;
  };
  const resume = (): void => {
    if (!paused || stopped) return;
    paused = false;
    connect();
    if (pending.size > 0) requestFlush();
  };

  connect();
  return {
    pause,
    resume,
    disconnect() {
      stopped = true;
      observer.disconnect();
      pending.clear();
    },
    withPaused<T>(fn: () => T): T {
      if (paused || stopped) return fn();
      pause();
      try {
        return fn();
      } finally {
        resume();
      }
    },
  };
}

/** The changed nodes still in `root`, outside skipped regions, minus those inside another. */
function outermost(nodes: Iterable<Node>, root: Element, skipClass: string): Node[] {
  const live = new Set([...nodes].filter((n) => n !== root && root.contains(n) && !isInSkippedRegion(n, skipClass)));
  const insideAnother = (n: Node): boolean => {
    for (let p = n.parentNode; p && p !== root; p = p.parentNode) if (live.has(p)) return true;
    return false;
  };
  return [...live].filter((n) => !insideAnother(n));
}
