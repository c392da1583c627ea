/**
 * Test helper: builds the `officials` argument of findDirectives from names and titles, with
 * spans at every occurrence of each name (what the entities stage would report).
 */
import type { Official } from '../../lib/types';

export function officialsIn(text: string, people: { name: string; titles: string[] }[]): Official[] {
  return people.map(({ name, titles }) => {
    const spans = [];
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) spans.push({ start: i, end: i + name.length });
    return { name, titles, spans };
  });
}
