import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../lib/edits';
import { removeDuplicates } from '../../lib/repair/duplicates';

function fix(input: string) {
  const r = removeDuplicates(input);
  expect(applyEdits(input, r.edits)).toBe(r.text);
  expect(r.edits.every((e) => e.kind === 'duplicate')).toBe(true);
  return r;
}

const P1 = '县委书记张某前往开发区调研，要求加快项目建设进度，确保年内建成投产。';
const P2 = '他强调，各部门要主动靠前服务，强化要素保障，为企业发展营造良好环境。';
const HEAD = '加快项目建设 推动高质量发展';

describe('removeDuplicates', () => {
  it('keeps the first copy of an article pasted twice and a headline between copies', () => {
    const text = [P1, P2, HEAD, P1, P2].join('\n');
    expect(fix(text).text).toBe([P1, P2, HEAD].join('\n'));
  });

  it('removes a repeated paragraph anywhere, blanks ignored', () => {
    expect(fix([P1, P2, `  ${P1} `].join('\n')).text).toBe([P1, P2].join('\n'));
  });

  it('keeps short lines that repeat legitimately', () => {
    const text = ['图片新闻', P1, '图片新闻', P2, '编辑：李志', '编辑：李志'].join('\n');
    expect(fix(text).edits).toEqual([]);
  });
});

describe('removeDuplicates: copies that differ', () => {
  it('removes a second copy in traditional script with other punctuation', () => {
    const trad = '縣委書記張某前往開發區調研,要求加快項目建設進度,確保年內建成投產.';
    expect(fix([P1, P2, trad].join('\n')).text).toBe([P1, P2].join('\n'));
  });

  it('removes the headline and byline of a whole second copy, keeps them in the first', () => {
    const article = [HEAD, P1, P2, '编辑：李志'];
    expect(fix([...article, ...article].join('\n')).text).toBe(article.join('\n'));
  });

  it('keeps a long line that merely resembles an earlier one', () => {
    const other = '县委书记张某前往高新区调研，要求加快招商引资步伐，确保年内签约落地。';
    expect(fix([P1, other].join('\n')).edits).toEqual([]);
  });
});
