import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { charsWithReading, isWordBigram, readingsOf, toSimplifiedChar } from '../../lib/repair/pinyin-data';
import { buildPinyinTable, TABLE_PATH } from '../../scripts/gen-pinyin-table';

describe('pinyin table', () => {
  it('is what the generator produces (regenerate with npx tsx scripts/gen-pinyin-table.ts)', async () => {
    expect(await buildPinyinTable()).toBe(readFileSync(TABLE_PATH, 'utf8'));
  });

  it('covers simplified and traditional characters', () => {
    expect(readingsOf('区')).toContain('qū');
    expect(readingsOf('區')).toContain('qū');
    expect(readingsOf('調')).toEqual(expect.arrayContaining(['diào', 'tiáo']));
    expect(readingsOf('業')).toEqual(['yè']);
    expect(charsWithReading('bào')).toContain('報');
    expect(toSimplifiedChar('報')).toBe('报');
  });

  it('knows word bigrams in either script', () => {
    expect(isWordBigram('日', '报')).toBe(true);
    expect(isWordBigram('優', '勢')).toBe(true);
    expect(isWordBigram('日', '请')).toBe(false);
  });
});
