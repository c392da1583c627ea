/**
 * Everything the extension changes on a page goes through an UndoLog, so "show original" puts
 * the page back exactly: original Text data and attribute values (first write wins), and the
 * nodes the extension inserted (highlight marks, split-off text), removed last-in first-out.
 */

export class UndoLog {
  private readonly data = new Map<Text, string>();
  private readonly attributes = new Map<Element, Map<string, string | null>>();
  /** Inserted nodes; wrappers are unwrapped (children put back) rather than removed. */
  private readonly inserted: { node: Node; wrapper: boolean }[] = [];

  /** Remember `node`'s current data unless it was already remembered. */
  recordData(node: Text): void {
    if (!this.data.has(node)) this.data.set(node, node.data);
  }

  /** Change a Text node's data in place (never replaces the node). */
  setData(node: Text, value: string): void {
    if (node.data === value) return;
    this.recordData(node);
    node.data = value;
  }

  /** Set (or, with null, remove) an attribute, remembering its original value. */
  setAttribute(el: Element, name: string, value: string | null): void {
    if (el.getAttribute(name) === value) return;
    let attrs = this.attributes.get(el);
    if (!attrs) this.attributes.set(el, (attrs = new Map()));
    if (!attrs.has(name)) attrs.set(name, el.getAttribute(name));
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
    return this.data.get(node);
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
    for (const [node, value] of this.data) if (node.data !== value) node.data = value;
    for (const [el, attrs] of this.attributes) {
      for (const [name, value] of attrs) {
        if (el.getAttribute(name) === value) continue;
        if (value === null) el.removeAttribute(name);
        else el.setAttribute(name, value);
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
