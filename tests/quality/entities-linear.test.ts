/**
 * Entities and directives are linear in the text: a long report names hundreds of people and
 * companies, or the same official and company in every paragraph. Sizes are compared, never
 * absolute times (best of several runs; ~2 for linear, ~4 for quadratic).
 */
import { describe, expect, it } from 'vitest';
import { findDirectives } from '../../lib/directives';
import { findEntities } from '../../lib/entities';
import { reportCorpus } from '../support/entity-corpus';
import { doublingRatio } from '../support/timing';

const PARAGRAPHS = 1500;
const BOUND = 2.6;

describe.each([
  ['many different names', false],
  ['one official and one company recurring', true],
])('linear time on %s', (_label, recurring) => {
  const small = reportCorpus(PARAGRAPHS, recurring);
  const big = reportCorpus(2 * PARAGRAPHS, recurring);

  it('finds the entities of every paragraph', () => {
    const { officials, enterprises } = findEntities(small);
    expect(officials.length).toBeGreaterThanOrEqual(recurring ? 1 : 0.9 * PARAGRAPHS); // random names may repeat
    expect(enterprises.length).toBeGreaterThanOrEqual(1);
    expect(findDirectives(small, officials).length).toBe(PARAGRAPHS);
  });

  it('entities', () => {
    const r = doublingRatio((t) => findEntities(t), small, big, 5);
    console.log(`entities (${recurring ? 'recurring' : 'different'}): ${r.small.toFixed(1)}ms → ${r.big.toFixed(1)}ms, ratio ${r.ratio.toFixed(2)}`);
    expect(r.ratio).toBeLessThan(BOUND);
  });

  it('directives', () => {
    const officialsSmall = findEntities(small).officials;
    const officialsBig = findEntities(big).officials;
    const r = doublingRatio((t) => findDirectives(t, t === small ? officialsSmall : officialsBig), small, big, 5);
    console.log(`directives (${recurring ? 'recurring' : 'different'}): ${r.small.toFixed(1)}ms → ${r.big.toFixed(1)}ms, ratio ${r.ratio.toFixed(2)}`);
    expect(r.ratio).toBeLessThan(BOUND);
  });
});
