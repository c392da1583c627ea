import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../lib/edits';
import { needsConversion } from '../../lib/pipeline';
import { convertScript, detectScript } from '../../lib/script';
import '../../lib/script/traditional';

describe('script detection', () => {
  it.each([
    ['羅增斌在高新區調研時強調', 'traditional'],
    ['罗增斌在高新区调研时强调', 'simplified'],
    ['OLED 5G 3D', 'none'],
    ['在高新區調研時强调', 'mixed'],
  ])('%s is %s', (text, expected) => {
    expect(detectScript(text)).toBe(expected);
  });

  it('leaves a page already in the target alone', () => {
    expect(needsConversion('simplified', 'zh-CN')).toBe(false);
    expect(needsConversion('traditional', 'zh-TW')).toBe(false);
    expect(needsConversion('traditional', 'zh-CN')).toBe(true);
    expect(needsConversion('mixed', 'zh-HK')).toBe(true);
    expect(needsConversion('traditional', 'off')).toBe(false);
  });
});

describe('script conversion', () => {
  it.each([
    ['zh-CN', '綿陽新聞網訊 堅持創新引領', '绵阳新闻网讯 坚持创新引领'],
    ['zh-TW', '软件和网络', '軟體和網路'],
    ['zh-HK', '发展经济', '發展經濟'],
  ] as const)('converts to %s with exact edits', (target, input, expected) => {
    const r = convertScript(input, target);
    expect(r.text).toBe(expected);
    expect(applyEdits(input, r.edits)).toBe(expected);
    expect(r.edits.every((e) => e.kind === 'script')).toBe(true);
  });

  it('reports nothing for off', () => {
    expect(convertScript('區域', 'off')).toEqual({ text: '區域', edits: [] });
  });
});

describe('著 and 着 in traditional → simplified', () => {
  it.each([
    ['著力形成特色鮮明的產業集群', '着力形成特色鲜明的产业集群'],
    ['立足當前、著眼長遠', '立足当前、着眼长远'],
    ['隨著經濟發展，這意味著機遇', '随着经济发展，这意味着机遇'],
    ['著名作家的著作成效顯著', '著名作家的著作成效显著'],
    ['睡著了，別著急', '睡着了，别着急'],
  ])('%s → %s', (input, expected) => {
    expect(convertScript(input, 'zh-CN').text).toBe(expected);
  });
});

describe('script conversion line by line', () => {
  it('converts the traditional lines of mixed page chrome', async () => {
    const { enrichText } = await import('../../lib/pipeline');
    const chrome = '绵阳要闻 区县新闻 社会民生 经济产业 文化旅游 图片 视频 专题 关于我们 联系我们 广告服务 网站地图 版权所有\n羅增斌在高新區調研時強調';
    expect(enrichText(chrome).text.split('\n')[1]).toBe('羅增斌在高新區調研時強調'); // whole text reads simplified
    expect(enrichText(chrome, { scriptPerLine: true }).text.split('\n')[1]).toBe('罗增斌在高新区调研时强调');
  });
});

describe('Taiwan variant characters to zh-CN', () => {
  it.each([
    ['務必克服麻痺思想', '务必克服麻痹思想'],
    ['這裡的線路', '这里的线路'],
  ])('%s → %s', (input, expected) => {
    expect(convertScript(input, 'zh-CN').text).toBe(expected);
  });
});
