import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { UndoLog, watchMutations } from '../../lib/dom';

/** A MutationObserver driven by hand: `emit` delivers records only while connected. */
class FakeObserver {
  static last: FakeObserver;
  connected = false;
  queued: MutationRecord[] = [];
  constructor(private readonly callback: (records: MutationRecord[]) => void) {
    FakeObserver.last = this;
  }
  observe() { this.connected = true; }
  disconnect() { this.connected = false; this.queued = []; }
  takeRecords() { const r = this.queued; this.queued = []; return r; }
  /** The browser queues records now and delivers them in a later microtask. */
  queue(...records: Partial<MutationRecord>[]) {
    if (this.connected) this.queued.push(...(records as MutationRecord[]));
  }
  deliver() {
    const r = this.takeRecords();
    if (r.length > 0) this.callback(r);
  }
}

function setup(options: { rate?: number } = {}) {
  const { document } = parseHTML('<html><body><article id="a"><p id="p1">甲</p><p id="p2">乙</p></article></body></html>');
  const root = document.getElementById('a')!;
  const ticks: (() => void)[] = [];
  const delayed: { cb: () => void; ms: number }[] = [];
  let clock = 0;
  const batches: Node[][] = [];
  const watcher = watchMutations(root, (nodes) => batches.push(nodes), {
    MutationObserver: FakeObserver as unknown as typeof MutationObserver,
    schedule: (cb) => ticks.push(cb),
    maxBatchesPerSecond: options.rate,
    now: () => clock,
    delay: (cb, ms) => delayed.push({ cb, ms }),
  });
  const runTicks = () => ticks.splice(0).forEach((cb) => cb());
  const added = (...nodes: Node[]) => ({ type: 'childList', addedNodes: nodes as unknown as NodeList }) as Partial<MutationRecord>;
  const changed = (node: Node, oldValue: string) => ({ type: 'characterData', target: node, oldValue }) as Partial<MutationRecord>;
  return {
    document, root, watcher, batches, ticks, delayed, runTicks, added, changed,
    advance: (ms: number) => (clock += ms),
    observer: FakeObserver.last,
  };
}

describe('watchMutations', () => {
  it('batches records into one callback per tick, outermost nodes only', () => {
    const t = setup();
    const div = t.document.createElement('div');
    div.innerHTML = '<p>新段落</p>';
    t.root.appendChild(div);
    const p1 = t.root.querySelector('#p1')!.firstChild as Text;
    p1.data = '甲甲';
    t.observer.queue(t.added(div), t.added(div.firstChild!), t.changed(p1, '甲'));
    t.observer.deliver();
    t.observer.queue(t.added(div.firstChild!.firstChild!));
    t.observer.deliver();
    expect(t.ticks.length).toBe(1); // one flush scheduled for all of it
    t.runTicks();
    expect(t.batches).toEqual([[div, p1]]);
  });

  it('ignores nodes that left the root, skipped regions and writes that changed nothing', () => {
    const t = setup();
    const gone = t.document.createElement('p');
    const code = t.document.createElement('code');
    code.textContent = 'x';
    t.root.appendChild(code);
    const p2 = t.root.querySelector('#p2')!.firstChild as Text;
    t.observer.queue(t.added(gone), t.added(code.firstChild!), t.changed(p2, '乙'));
    t.observer.deliver();
    t.runTicks();
    expect(t.batches).toEqual([]);
  });

  it('never sees the extension’s own writes, but keeps the page’s pending ones', () => {
    const t = setup();
    const p1 = t.root.querySelector('#p1')!.firstChild as Text;
    const p2 = t.root.querySelector('#p2')!.firstChild as Text;
    p2.data = '页面改的';
    t.observer.queue(t.changed(p2, '乙')); // the page wrote before we did, not yet delivered
    const undo = new UndoLog();
    const result = t.watcher.withPaused(() => {
      expect(t.observer.connected).toBe(false);
      undo.setData(p1, '扩展写的');
      t.observer.queue(t.changed(p1, '甲')); // a real observer would not record this
      return 42;
    });
    expect(result).toBe(42);
    expect(t.observer.connected).toBe(true);
    t.observer.deliver();
    t.runTicks();
    expect(t.batches).toEqual([[p2]]);
  });

  it('does not loop when the callback writes back through withPaused', () => {
    const { document } = parseHTML('<html><body><article id="a"><p>甲</p></article></body></html>');
    const root = document.getElementById('a')!;
    const p1 = root.querySelector('p')!.firstChild as Text;
    const ticks: (() => void)[] = [];
    let runs = 0;
    // Re-enrich on every change, as the content script will.
    const watcher = watchMutations(
      root,
      () => {
        runs++;
        watcher.withPaused(() => {
          p1.data = `第${runs}次`;
          observer.queue({ type: 'characterData', target: p1, oldValue: '页面' });
        });
      },
      { MutationObserver: FakeObserver as unknown as typeof MutationObserver, schedule: (cb) => ticks.push(cb) },
    );
    const observer = FakeObserver.last;
    p1.data = '页面';
    observer.queue({ type: 'characterData', target: p1, oldValue: '甲' });
    for (let i = 0; i < 5; i++) {
      observer.deliver();
      ticks.splice(0).forEach((cb) => cb());
    }
    expect(runs).toBe(1);
    expect(p1.data).toBe('第1次');
  });

  it('bounds the batches per second and coalesces the rest', () => {
    const t = setup({ rate: 2 });
    const p1 = t.root.querySelector('#p1')!.firstChild as Text;
    const p2 = t.root.querySelector('#p2')!.firstChild as Text;
    for (let i = 0; i < 10; i++) {
      const node = i % 2 ? p1 : p2;
      node.data = `第${i}次`;
      t.observer.queue(t.changed(node, 'old'));
      t.observer.deliver();
      t.runTicks();
    }
    expect(t.batches.length).toBe(2); // the bucket held two tokens
    expect(t.delayed.length).toBe(1); // one wake-up queued, not one per record
    t.advance(t.delayed[0].ms);
    t.delayed.splice(0).forEach((d) => d.cb());
    t.runTicks();
    expect(t.batches.length).toBe(3);
    expect(t.batches[2]).toEqual([p2, p1]); // eight changes, one batch
  });

  it('holds changes while paused and delivers them on resume; disconnect ends it', () => {
    const t = setup();
    const p1 = t.root.querySelector('#p1')!.firstChild as Text;
    p1.data = '改';
    t.observer.queue(t.changed(p1, '甲'));
    t.watcher.pause();
    t.runTicks();
    expect(t.batches).toEqual([]);
    t.watcher.resume();
    t.runTicks();
    expect(t.batches).toEqual([[p1]]);
    t.watcher.disconnect();
    expect(t.observer.connected).toBe(false);
    t.observer.queue(t.changed(p1, '甲'));
    t.observer.deliver();
    t.runTicks();
    expect(t.batches.length).toBe(1);
  });

  it('works with linkedom’s own MutationObserver', async () => {
    const { document, window } = parseHTML('<html><body><article id="a"><p>甲</p></article></body></html>');
    const root = document.getElementById('a')!;
    const batches: Node[][] = [];
    const watcher = watchMutations(root, (n) => batches.push(n), {
      MutationObserver: (window as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver,
      schedule: (cb) => cb(),
    });
    const p = document.createElement('p');
    p.textContent = '新的段落';
    root.appendChild(p);
    await new Promise((r) => setTimeout(r, 0));
    expect(batches).toEqual([[p]]);
    watcher.withPaused(() => root.appendChild(document.createElement('p')));
    await new Promise((r) => setTimeout(r, 0));
    expect(batches.length).toBe(1);
    watcher.disconnect();
  });
});
