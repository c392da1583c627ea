import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../lib/edits';
import { enrichText } from '../../lib/pipeline';
import { repairText } from '../../lib/repair';
import { removeInvisible } from '../../lib/repair/invisible';

describe('characters that are not text', () => {
  it('control characters never cost a real character', () => {
    // C1 controls before a curly quote used to be read as GBK bytes and the quote lost.
    for (const input of ['\x80\x81\x8d”发展', '市委\x81\x8d、发展', '要求\x01\x02“加快”\x7f发展。']) {
      const out = repairText(input).text;
      expect(out.replace(/[^\u4e00-\u9fff、，“”]/g, '')).toBe(input.replace(/[^\u4e00-\u9fff、，“”]/g, ''));
      expect(out).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/);
    }
  });

  it('zero-width characters inside a name do not hide the official', () => {
    const r = enrichText('市委书记王\u200b建军在青山县调研时强调，要加快项目建设。王建\u200c军还要求抓好安全生产。');
    expect(r.officials.map((o) => o.name)).toEqual(['王建军']);
    expect(r.officials[0].spans).toHaveLength(2);
    expect(r.directives).toHaveLength(2);
  });

  it('keeps a zero-width joiner inside an emoji sequence, tabs and line breaks', () => {
    const text = '家庭👨\u200d👩\u200d👧\t合影\r\n第二行';
    expect(removeInvisible(text).edits).toEqual([]);
  });

  it('edits are junk removals that apply to the input', () => {
    const input = '发\u200b展\x00改\u2060革\ufeff委';
    const r = removeInvisible(input);
    expect(r.text).toBe('发展改革委');
    expect(applyEdits(input, r.edits)).toBe(r.text);
    expect(r.edits.every((e) => e.kind === 'junk' && e.replacement === '')).toBe(true);
  });
});
