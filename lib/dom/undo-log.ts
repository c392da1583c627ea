/**
 * Everything the extension changes on a page goes through an UndoLog, so "show original" puts
 * the page back exactly: original Text data and attribute values (first write wins), and the
 * nodes the extension inserted (highlight marks, split-off text), removed last-in first-out.
 * Only our own writes are undone: a node or attribute the page changed after we wrote it (a
 * counter that ticked, a single-page app that reused the node for the next article) keeps
 * the page's value, and its entry is dropped.
 */

/** What a value was before our first write, and what we last wrote. */
interface Written<T> {
  original: T;
  written: T;
}

export class UndoLog {
  private readonly data = new Map<Text, Written<string>>();
  private readonly attributes = new Map<Element, Map<string, Written<string | null>>>();
  /** Inserted nodes; wrappers are unwrapped (children put back) rather than removed. */
  private readonly inserted: { node: Node; wrapper: boolean }[] = [];

  /** Change a Text node's data in place (never replaces the node). */
  setData(node: Text, value: string): void {
    if (node.data === value) return;
    this.changeData(node, () => {
      node.data = value;
    });
  }

  /** Run `change`, which alters `node`'s data (a split), remembering the data before and after. */
  changeData(node: Text, change: () => void): void {
    const before = node.data;
    const entry = this.data.get(node);
    change();
    // A node the page rewrote since our last write: its new value is the original now.
    if (!entry || entry.written !== before) this.data.set(node, { original: before, written: node.data });
    else entry.written = node.data;
  }

  /** Set (or, with null, remove) an attribute, remembering its original value. */
  setAttribute(el: Element, name: string, value: string | null): void {
    if (el.getAttribute(name) === value) return;
    let attrs = this.attributes.get(el);
    if (!attrs) this.attributes.set(el, (attrs = new Map()));
    const current = el.getAttribute(name);
    const entry = attrs.get(name);
    if (!entry || entry.written !== current) attrs.set(name, { original: current, written: value });
    else entry.written = value;
    if (value === null) el.removeAttribute(name);
    else el.setAttribute(name, value);
  }

  /** Record a node the extension has just inserted; restore removes it. */
  recordInserted(node: Node): void {
    this.inserted.push({ node, wrapper: false });
  }

  /** Record an element the extension wrapped around page nodes; restore unwraps it. */
  recordWrapper(el: Element): void {
    this.inserted.push({ node: el, wrapper: true });
  }

  /** Original data of a touched Text node, or undefined when untouched. */
  originalData(node: Text): string | undefined {
    return this.data.get(node)?.original;
  }

  get size(): number {
    let attrs = 0;
    for (const m of this.attributes.values()) attrs += m.size;
    return this.data.size + attrs + this.inserted.length;
  }

  /** Put everything back as it was and empty the log (ready for the next enrichment). */
  restore(): void {
    // Structure first, newest first: unwrap marks, drop split-off text; then the data.
    for (let i = this.inserted.length - 1; i >= 0; i--) {
      const { node, wrapper } = this.inserted[i];
      const parent = node.parentNode;
      if (!parent) continue;
      if (wrapper) while (node.firstChild) parent.insertBefore(node.firstChild, node);
      parent.removeChild(node);
    }
    for (const [node, { original, written }] of this.data) if (node.data === written) node.data = original;
    for (const [el, attrs] of this.attributes) {
      for (const [name, { original, written }] of attrs) {
        if (el.getAttribute(name) !== written) continue;
        if (original === null) el.removeAttribute(name);
        else el.setAttribute(name, original);
      }
    }
    this.clear();
  }

  /** Forget everything without restoring (the page owns the current state). */
  clear(): void {
    this.data.clear();
    this.attributes.clear();
    this.inserted.length = 0;
  }
}
