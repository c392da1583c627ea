/** Small text helpers shared by the entity finders. */
import type { Span } from '../types';

export const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex alternation that prefers longer words (JS alternation is first-match, not longest). */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/** Every occurrence of `needle` in `text` (non-overlapping, left to right). */
export function occurrences(text: string, needle: string): Span[] {
  const spans: Span[] = [];
  if (!needle) return spans;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) {
    spans.push({ start: i, end: i + needle.length });
  }
  return spans;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Positions of a text already claimed by a mention: testing a span costs its own length, not the
 * number of mentions so far (a long report names its official in every paragraph). */
export class Claimed {
  private readonly bits: Uint8Array;
  constructor(length: number) {
    this.bits = new Uint8Array(length);
  }
  isFree(span: Span): boolean {
    for (let k = span.start; k < span.end; k++) if (this.bits[k]) return false;
    return true;
  }
  claim(span: Span): void {
    this.bits.fill(1, span.start, span.end);
  }
}

export function insideAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start <= span.start && span.end <= s.end);
}

export function sortSpans(spans: Span[]): Span[] {
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}
