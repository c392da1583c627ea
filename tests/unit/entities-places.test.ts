import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isFullPlace, isShortPlace, placeAt, shortPlace } from '../../lib/entities/places';
import { buildPlaceTable, PLACE_TABLE_PATH } from '../../scripts/gen-place-table';

describe('place table', () => {
  it('is what the generator produces (regenerate with npx tsx scripts/gen-place-table.ts)', () => {
    expect(buildPlaceTable()).toBe(readFileSync(PLACE_TABLE_PATH, 'utf8'));
  });

  it('knows every level, in full and (above townships) in short', () => {
    for (const full of ['四川省', '绵阳市', '涪城区', '准格尔旗', '延边朝鲜族自治州', '首阳镇', '新地乡']) expect(isFullPlace(full), full).toBe(true);
    for (const short of ['四川', '绵阳', '涪城', '延边', '寿光', '仁怀']) expect(isShortPlace(short), short).toBe(true);
    expect(isShortPlace('华为')).toBe(false);
    expect(isShortPlace('首阳')).toBe(false); // township stems alone are too often words or brands
  });

  it('strips levels and ethnic groups for short forms, never below two characters', () => {
    expect(shortPlace('黔东南苗族侗族自治州')).toBe('黔东南');
    expect(shortPlace('恩施土家族苗族自治州')).toBe('恩施');
    expect(shortPlace('内蒙古自治区')).toBe('内蒙古');
    expect(shortPlace('和县')).toBeNull();
  });

  it('finds the longest place at a position', () => {
    expect(placeAt('四川华宇新能源科技有限公司', 0)).toBe(2);
    expect(placeAt('大理白族自治州文旅', 0)).toBe(7);
    expect(placeAt('涪城区委书记', 0)).toBe(3);
    expect(placeAt('恒泰光电', 0)).toBe(0);
  });
});
