import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, chainSteps, diffEdits, mapSpanToInput } from '../../lib/edits';
import type { Edit, StepResult } from '../../lib/types';

/** A step that replaces every occurrence of `from` by `to`, reporting edits. */
const replaceStep = (from: string, to: string, kind: Edit['kind'] = 'junk') => (text: string): StepResult => {
  const edits: Edit[] = [];
  let i = text.indexOf(from);
  while (i >= 0 && from) {
    edits.push({ kind, start: i, end: i + from.length, replacement: to });
    i = text.indexOf(from, i + from.length);
  }
  return { text: applyEdits(text, edits), edits };
};

describe('edits', () => {
  it('applies edits in order', () => {
    expect(applyEdits('區(qū)域', [{ kind: 'pinyin', start: 1, end: 5, replacement: '' }])).toBe('區域');
  });

  it.each([
    ['區(qū)域調(diào)研', [replaceStep('(qū)', '', 'pinyin'), replaceStep('(diào)', '', 'pinyin'), replaceStep('區', '区', 'script'), replaceStep('調', '调', 'script')], '区域调研'],
    ['abc', [replaceStep('b', 'xyz'), replaceStep('y', '')], 'axzc'],
    ['aaa', [replaceStep('a', ''), replaceStep('', 'q')], ''],
    ['one two', [replaceStep('one', '1'), replaceStep('1 ', '')], 'two'],
    ['甲乙丙', [replaceStep('乙', ''), replaceStep('甲丙', '丁')], '丁'],
  ])('composes steps on %j so the edits rebuild the output from the input', (input, steps, expected) => {
    const r = chainSteps(input, steps);
    expect(r.text).toBe(expected);
    expect(applyEdits(input, r.edits)).toBe(expected);
  });

  it('names a merged edit after its widest constituent, the earlier step on ties', () => {
    const r = chainSteps('x(qū)y', [replaceStep('(qū)', '', 'pinyin'), replaceStep('xy', 'XY', 'script')]);
    expect(r.edits.map((e) => e.kind)).toEqual(['pinyin']);
    const dup = chainSteps('甲,乙。甲,乙。', [replaceStep(',', '，', 'punctuation'), replaceStep('甲，乙。甲，乙。', '甲，乙。', 'duplicate')]);
    expect(dup.edits.map((e) => e.kind)).toContain('duplicate');
  });

  it('maps an output span back over a deletion to the input', () => {
    const edits: Edit[] = [{ kind: 'pinyin', start: 1, end: 5, replacement: '' }];
    // Output '區域': '域' is at 1..2 in the output, 5..6 in the input.
    expect(mapSpanToInput(edits, 1, 2)).toEqual({ start: 5, end: 6 });
  });

  it('diffs equal-length texts per character run', () => {
    expect(diffEdits('羅增斌在高新區', '罗增斌在高新区', 'script')).toEqual([
      { kind: 'script', start: 0, end: 1, replacement: '罗' },
      { kind: 'script', start: 6, end: 7, replacement: '区' },
    ]);
  });

  it('composition is exact for random replacement chains (property)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', '區', '(', ')');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')),
        fc.array(fc.tuple(fc.array(alphabet, { minLength: 1, maxLength: 2 }).map((a) => a.join('')), fc.array(alphabet, { maxLength: 2 }).map((a) => a.join(''))), { maxLength: 4 }),
        (input, pairs) => {
          const r = chainSteps(input, pairs.map(([f, t]) => replaceStep(f, t)));
          expect(applyEdits(input, r.edits)).toBe(r.text);
        },
      ),
      { numRuns: 500 },
    );
  });
});
