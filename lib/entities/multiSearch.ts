/**
 * Every occurrence of many words in one pass over the text (Aho–Corasick): a long report names
 * hundreds of people and companies, and searching the text once per name would cost names × text.
 */
import type { Span } from '../types';

export interface Match extends Span {
  /** Index of the word in the list the searcher was built from. */
  word: number;
}

interface Node {
  next: Map<string, number>;
  fail: number;
  /** Words ending here (this node's own and, through the fail links, shorter ones). */
  out: number[];
}

export class MultiSearch {
  private readonly nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];

  constructor(readonly words: readonly string[]) {
    words.forEach((w, k) => {
      if (!w) return;
      let at = 0;
      for (const ch of w) {
        let to = this.nodes[at].next.get(ch);
        if (to === undefined) {
          to = this.nodes.push({ next: new Map(), fail: 0, out: [] }) - 1;
          this.nodes[at].next.set(ch, to);
        }
        at = to;
      }
      this.nodes[at].out.push(k);
    });
    // Breadth-first: each node's fail link points to its longest proper suffix in the trie.
    const queue: number[] = [...this.nodes[0].next.values()];
    for (let q = 0; q < queue.length; q++) {
      const node = this.nodes[queue[q]];
      for (const [ch, to] of node.next) {
        let f = node.fail;
        while (f && !this.nodes[f].next.has(ch)) f = this.nodes[f].fail;
        const target = this.nodes[f].next.get(ch);
        this.nodes[to].fail = target !== undefined && target !== to ? target : 0;
        this.nodes[to].out.push(...this.nodes[this.nodes[to].fail].out);
        queue.push(to);
      }
    }
  }

  /** Every occurrence (overlapping ones too), ordered by end, then longest first. */
  findAll(text: string): Match[] {
    const found: Match[] = [];
    let at = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      while (at && !this.nodes[at].next.has(ch)) at = this.nodes[at].fail;
      at = this.nodes[at].next.get(ch) ?? 0;
      for (const k of this.nodes[at].out) found.push({ start: i + 1 - this.words[k].length, end: i + 1, word: k });
    }
    return found;
  }

  /** Spans of each word, in text order (overlapping occurrences of one word included). */
  spansByWord(text: string): Span[][] {
    const spans: Span[][] = this.words.map(() => []);
    for (const m of this.findAll(text)) spans[m.word].push({ start: m.start, end: m.end });
    for (const s of spans) s.sort((a, b) => a.start - b.start);
    return spans;
  }
}

/** Non-overlapping spans of one word, left to right (what repeated indexOf would give). */
export function nonOverlapping(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) if (!out.length || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}
