import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../lib/edits';
import { repairText } from '../../lib/repair';

const PAGE = [
  '---',
  'title: 测试',
  '---',
  '<p>縣委召開專(zhuān)題會(huì)議(yì),研究部署區(qū)域發(fā)展工作。</p>',
  '請(qǐng)輸入驗(yàn)證碼',
  '會議要求各部門加強協調，本月起實施。',
  '會議要求各部門加強協調，本月起實施。',
].join('\n');

describe('repairText', () => {
  // A removal that swallows earlier edits takes their kind (composeEdits), so the duplicated
  // lines here need no other repair.
  it('runs every repair in order with exact edits in input offsets', () => {
    const r = repairText(PAGE);
    expect(r.text).toBe('縣委召開專題會議，研究部署區域發展工作。\n會議要求各部門加強協調，本月起實施。');
    expect(applyEdits(PAGE, r.edits)).toBe(r.text);
    const kinds = new Set(r.edits.map((e) => e.kind));
    for (const k of ['junk', 'pinyin', 'punctuation', 'duplicate'] as const) expect(kinds.has(k)).toBe(true);
  });

  it('lets each repair be switched off', () => {
    const noPinyin = repairText(PAGE, { pinyin: false });
    expect(noPinyin.text).toContain('專（zhuān）題');
    expect(noPinyin.edits.some((e) => e.kind === 'pinyin')).toBe(false);
    const noJunk = repairText(PAGE, { junk: false });
    expect(noJunk.text).toContain('title');
    const noPunct = repairText(PAGE, { punctuation: false });
    expect(noPunct.text).toContain('會議,研究');
    const noDup = repairText(PAGE, { duplicates: false });
    expect(noDup.text.split('會議要求').length).toBe(3);
  });

  it('leaves clean text untouched', () => {
    const clean = '县委召开专题会议，研究部署区域发展工作。\n会议要求各部门加强协调，8.5代线12:30开工。';
    expect(repairText(clean).edits).toEqual([]);
  });
});
