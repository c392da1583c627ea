/**
 * Mojibake as it is really found (issue 10, categories 1–3), on sentences of our own, damaged
 * the way real pipelines damage text: mis-decode, then normalise (NFKC), copy (NBSP → space),
 * strip control characters or re-save through a legacy charset (tests/support/mojibake-corpus.ts).
 */
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../lib/edits';
import { repairText } from '../../lib/repair';
import { repairMojibake } from '../../lib/repair/mojibake';
import { decodeCp1252 } from '../../lib/repair/mojibake-tables';
import { decodeTolerant, encodeLegacy, markedEditDistance } from '../support/mojibake-corpus';

const utf8 = (s: string) => new TextEncoder().encode(s);
const gbk = (s: string) => encodeLegacy(s, 'gbk');
const asGbk = (b: Uint8Array) => new TextDecoder('gbk').decode(b);
const latin1 = (b: Uint8Array) => Array.from(b, (x) => String.fromCharCode(x)).join('');
const nfkc = (s: string) => s.normalize('NFKC');

function repaired(damaged: string): string {
  const r = repairMojibake(damaged);
  expect(applyEdits(damaged, r.edits)).toBe(r.text);
  expect(repairMojibake(r.text).text).toBe(r.text);
  return r.text;
}

/** Share of the clean text's characters the repair got wrong (a marked loss is not wrong). */
function error(out: string, clean: string): number {
  const m = markedEditDistance(out, clean);
  return m.distance / m.length;
}

const SENTENCE = '县水利局提供液压启闭机维修咨询服务，今年已完成12座水闸的检修工作。';
const HEADLINE = '黄河滩区迁建工程稳步推进';

describe('mixed-form mojibake (each character its Latin-1 byte or its UTF-8 bytes)', () => {
  it('reads the tolerant decoder after NFKC (Ìṩ = 提供, ѯ = 询, Һѹ = 液压)', () => {
    const damaged = nfkc(decodeTolerant(gbk(SENTENCE)));
    expect(damaged).toContain('ѯ');
    const out = repaired(damaged);
    expect(out).toBe(SENTENCE);
    expect(out).toContain('咨询');
  });

  it('reads GBK shown as Latin-1, folded by NFKC and copied (NBSP → space)', () => {
    const text = `${HEADLINE}\n${SENTENCE}`;
    const damaged = nfkc(latin1(gbk(text))).replace(/\u00a0/g, ' ');
    expect(damaged).toMatch(/1⁄[24]| ̈| ́/);
    expect(error(repaired(damaged), text)).toBeLessThan(0.1);
  });

  it('puts back bytes 0x80–0x9F that a UTF-8 page shown as windows-1252 lost', () => {
    const damaged = nfkc(decodeCp1252(utf8(SENTENCE))).replace(/[\u0080-\u009f]/g, '');
    expect(error(repaired(damaged), SENTENCE)).toBeLessThan(0.2);
  });

  it('leaves accented names, product codes and a table of contents alone', () => {
    for (const clean of [
      'Renée Dubois and José Núñez-García met Jürgen Weiß in Zoë’s café.',
      '型号 YT-IPC-T4K28WD-IS，售价 ¥1,299.00，工作温度 -30℃～+60℃，尺寸 Φ110×96.5mm。',
      '第一章 总则........................1\n1.1 编写目的........................1',
      '培养基配方：NaCl 5 g/L，pH 7.2±0.2，37 °C 培养 24 h。',
    ]) {
      expect(repairText(clean).edits, clean).toEqual([]);
    }
  });
});

describe('UTF-8 read as GBK, with bytes lost on the way', () => {
  it('recovers 全面推进阶段。 from 鍏ㄩ潰鎺ㄨ繘闃舵?銆? by byte arithmetic, marking what stays open', () => {
    // 銆 is E3 80: the lost third byte makes 。 at the end of a line. 舵? is E6 + two lost
    // bytes: 阶段 and 阶梯 are both words, so that character stays marked.
    expect(repaired('鍏ㄩ潰鎺ㄨ繘闃舵?銆?')).toBe('全面推进阶\uFFFD。');
    expect(repaired('鍏ㄩ潰鎺ㄨ繘闃舵?銆?').length).toBe('全面推进阶段。'.length);
  });

  it('reads UTF-8 read as GBK and saved through GBK (U+FFFD became ?)', () => {
    const text = '会议听取了县水利局关于今年防汛工作准备情况的汇报，研究部署下一阶段工作。';
    const damaged = asGbk(encodeLegacy(asGbk(utf8(text)), 'gbk'));
    expect(damaged).toContain('?');
    const out = repaired(damaged);
    expect(error(out, text)).toBeLessThan(0.1);
    expect(out).not.toContain('?');
  });

  it('reads mojibake of mojibake in Latin-1 (shown as windows-1252, saved as UTF-8, shown again), figures inside', () => {
    const text = '新华社北海4月9日电 今年一季度，北海铁山港区完成货物吞吐量1850万吨，同比增长11.2%。';
    const cp1252Twice = (b: Uint8Array) => decodeCp1252(utf8(decodeCp1252(b)));
    expect(repaired(cp1252Twice(utf8(text)))).toBe(text);
    expect(repaired(cp1252Twice(gbk(text)))).toBe(text);
  });

  it('reads UTF-8 read as GBK twice (a mojibake page saved and read as GBK again)', () => {
    const damaged = asGbk(utf8(asGbk(utf8(SENTENCE))));
    expect(error(repaired(damaged), SENTENCE)).toBeLessThan(0.15);
  });
});

describe('the 锟斤拷 chain (GBK read as UTF-8, then those UTF-8 bytes read as GBK)', () => {
  it('reads back what the two-byte letters kept and marks the rest', () => {
    const text = '今年以来，全县新建改建农村公路一百二十公里，完成危桥改造十六座。';
    const firstReading = new TextDecoder('utf-8').decode(gbk(text)); // U+FFFD and stray letters
    const damaged = asGbk(utf8(firstReading));
    expect(damaged).toContain('锟斤拷');
    const out = repaired(damaged);
    expect(error(out, text)).toBeLessThan(error(damaged, text));
    expect(out).not.toContain('锟');
    // Mostly real text: a two-byte letter between two losses may also have been the trail of
    // one character and the lead of the next (新建 → C2 BD → 陆), which bytes cannot tell.
    const recovered = [...out.replace(/[\uFFFD\s]/g, '')];
    expect(recovered.filter((ch) => text.includes(ch)).length).toBeGreaterThanOrEqual(0.7 * recovered.length);
  });
});

describe('shifted spans and the wrong double-byte charset', () => {
  it('realigns a GBK span that starts on an odd byte inside good text', () => {
    const before = '今年以来，全县上下';
    const bytes = gbk('扎实推进乡村振兴各项工作');
    const shifted = asGbk(bytes.subarray(1)); // the span's first byte was lost
    const out = repaired(`${before}${shifted}。`);
    // The character whose byte was lost is marked; the rest reads again.
    expect(out).toMatch(/^今年以来，全县上下\uFFFD实推进乡村振兴各项工.?/);
  });

  it('reads a Big5 mirror opened as GBK', () => {
    const trad = '縣政府召開常務會議，研究部署防汛抗旱和安全生產工作，要求各鄉鎮落實責任。';
    const damaged = asGbk(encodeLegacy(trad, 'big5'));
    expect(repaired(damaged)).toBe(trad);
  });

  it('leaves clean traditional text alone', () => {
    const trad = '縣政府召開常務會議，研究部署防汛抗旱和安全生產工作，要求各鄉鎮落實責任。';
    expect(repairMojibake(trad).edits).toEqual([]);
  });
});

describe('clean text that looks a little like damage stays as it is', () => {
  it('a capital letter between Chinese characters, symbols of a product page, code in brackets', () => {
    for (const text of [
      '工业项目31个，包括华晟光伏N型电池片项目、长治市潞锋洗煤厂扩建项目。',
      '沪深A股全线上涨，T恤和U盘销量增长，X光机、B超设备采购完成。',
      '额定电压：220V~50Hz；温度范围：40℃—200℃；产品尺寸：32.5×28×33cm；净重：4.6kg。',
      '1. 建立联合索引(user_id, status, created_at)，让过滤和排序都能走索引。',
      '后端用WHERE (created_at, id) < (?, ?)的方式取下一页。',
      '（本文为个人技术笔记，转载请注明出处。）',
    ]) {
      expect(repairText(text).text).toBe(text);
    }
  });
});
