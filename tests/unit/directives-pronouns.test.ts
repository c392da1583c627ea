import { describe, expect, test } from 'vitest';
import { findDirectives } from '../../lib/directives';
import { isModalYao } from '../../lib/directives/markers';
import { officialsIn } from './directives-officials';

function run(text: string, people: { name: string; titles: string[] }[]) {
  const ds = findDirectives(text, officialsIn(text, people));
  for (const d of ds) expect(d.text).toBe(text.slice(d.start, d.end));
  return ds;
}

describe('他/她 prefers the last one who spoke', () => {
  test('officials who only report in turn are passed over', () => {
    const t = '区委书记方国梁主持会议并讲话。区委常委、政法委书记袁志成，区委常委、统战部部长韩丽萍先后汇报工作。他强调，各街道要守牢安全底线。';
    const ds = run(t, [
      { name: '方国梁', titles: ['区委书记'] },
      { name: '袁志成', titles: ['区委常委', '政法委书记'] },
      { name: '韩丽萍', titles: ['区委常委', '统战部部长'] },
    ]);
    expect(ds).toMatchObject([{ speaker: '方国梁', text: '各街道要守牢安全底线。' }]);
  });

  test('a reporting clause in the previous paragraph beats speakers listed before it', () => {
    const t = '座谈会上，镇长邵春燕、副镇长蒋文斌作交流发言。\n县长贾宏图指出，农村改革任务艰巨。她强调，各乡镇要稳妥推进宅基地改革。';
    const ds = run(t, [
      { name: '贾宏图', titles: ['县长'] },
      { name: '邵春燕', titles: ['镇长'] },
      { name: '蒋文斌', titles: ['副镇长'] },
    ]);
    expect(ds).toMatchObject([{ speaker: '贾宏图', text: '各乡镇要稳妥推进宅基地改革。' }]);
  });

  test('an unknown reporter is not replaced by a listed official', () => {
    const t = '副区长邹立平作交流发言。\n卫明远指出，改革贵在落实。他强调，各部门要压实责任。';
    const ds = run(t, [{ name: '邹立平', titles: ['副区长'] }]);
    expect(ds.map((d) => d.speaker)).toEqual([null]);
  });

  test('without any speaker the pronoun falls back to the last official named', () => {
    const t = '市长龚志远来到港区察看集装箱码头建设。他要求，要加快推进二期工程。';
    const ds = run(t, [{ name: '龚志远', titles: ['市长'] }]);
    expect(ds).toMatchObject([{ speaker: '龚志远', text: '要加快推进二期工程。' }]);
  });
});

describe('要紧扣 / 要紧盯 are the modal 要', () => {
  test('要紧X is modal when 紧X is a verb, not when 要紧 means important', () => {
    expect(isModalYao('各地要紧扣目标', 2)).toBe(true);
    expect(isModalYao('各单位要紧盯薄弱环节', 3)).toBe(true);
    expect(isModalYao('这件事很要紧。', 4)).toBe(false);
    expect(isModalYao('不要紧的', 1)).toBe(false);
  });

  test('a second sentence led by a body as subject is a directive of the same speaker', () => {
    const t = '最后，区长邱宏杰讲话。他强调，新提任的干部要恪尽职守。区人大常委会各工作委员会要紧盯民生实事，持续跟踪问效。';
    const ds = run(t, [{ name: '邱宏杰', titles: ['区长'] }]);
    expect(ds.map((d) => [d.speaker, d.text])).toEqual([
      ['邱宏杰', '新提任的干部要恪尽职守。'],
      ['邱宏杰', '区人大常委会各工作委员会要紧盯民生实事，持续跟踪问效。'],
    ]);
  });

  test('X要求， gives X', () => {
    const t = '县委书记谭志勇要求，各级领导干部必须以身作则，带头落实作风建设各项规定。';
    const ds = run(t, [{ name: '谭志勇', titles: ['县委书记'] }]);
    expect(ds).toMatchObject([{ speaker: '谭志勇', force: 'require' }]);
  });
});
