import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MultiSearch, nonOverlapping } from '../../lib/entities/multiSearch';
import { occurrences } from '../../lib/entities/text';

describe('MultiSearch', () => {
  it('finds every word, overlapping and nested ones too', () => {
    const s = new MultiSearch(['罗增斌', '增斌', '斌书记', '罗']);
    const found = s.findAll('罗增斌书记').map((m) => `${s.words[m.word]}@${m.start}`);
    expect(found.sort()).toEqual(['增斌@1', '斌书记@2', '罗@0', '罗增斌@0'].sort());
  });

  it('agrees with one indexOf scan per word', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[ab甲乙]{1,4}$/), { minLength: 1, maxLength: 6 }), fc.stringMatching(/^[ab甲乙]{0,40}$/), (words, text) => {
        const spans = new MultiSearch(words).spansByWord(text);
        words.forEach((w, k) => expect(nonOverlapping(spans[k])).toEqual(occurrences(text, w)));
      }),
    );
  });
});
