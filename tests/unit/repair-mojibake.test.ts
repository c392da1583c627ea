import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../lib/edits';
import { mayContainMojibake, repairMojibake } from '../../lib/repair/mojibake';
import { decodeCp1252, encodeDoubleByte } from '../../lib/repair/mojibake-tables';
import type { Edit } from '../../lib/types';

const utf8 = (s: string) => new TextEncoder().encode(s);
const asGbk = (b: Uint8Array) => new TextDecoder('gbk').decode(b);
const asBig5 = (b: Uint8Array) => new TextDecoder('big5').decode(b);

function expectConsistent(input: string, r: { text: string; edits: Edit[] }) {
  expect(applyEdits(input, r.edits)).toBe(r.text);
  for (let i = 1; i < r.edits.length; i++) expect(r.edits[i].start).toBeGreaterThanOrEqual(r.edits[i - 1].end);
}

describe('repairMojibake: whole-run repairs', () => {
  it.each([
    ['UTF-8 read as GBK', '鍙戝睍', '发展'],
    ['GBK read as windows-1252', 'ÏûÏ¢£º', '消息：'],
    ['UTF-8 read as windows-1252', 'ç»µé˜³', '绵阳'],
    ['UTF-8 read as GBK, longer', asGbk(utf8('县政府召开常务会议，研究部署防汛工作。')), '县政府召开常务会议，研究部署防汛工作'],
    ['Big5 read as windows-1252', decodeCp1252(encodeDoubleByte('臺灣鐵路管理局', 'big5')!), '臺灣鐵路管理局'],
    ['UTF-8 read as Big5 (readable part)', asBig5(utf8('市長')), '市長'],
  ])('%s', (_name, damaged, expected) => {
    const r = repairMojibake(damaged);
    expect(r.text.startsWith(expected)).toBe(true);
    expect(r.edits.some((e) => e.kind === 'mojibake')).toBe(true);
    expectConsistent(damaged, r);
  });

  it('repairs one damaged run inside a clean paragraph, with input offsets', () => {
    const before = '今天上午，市委常委会召开会议，';
    const damaged = asGbk(utf8('会议强调要加快发展了')); // even byte count: nothing lost
    const input = `${before}${damaged}。其他工作照常进行。`;
    const r = repairMojibake(input);
    expect(r.text).toBe(`${before}会议强调要加快发展了。其他工作照常进行。`);
    expect(r.edits).toHaveLength(1);
    expect(r.edits[0]).toMatchObject({ kind: 'mojibake', start: before.length, end: before.length + damaged.length });
  });

  it('repairs Latin-1 mojibake next to an English word without touching the word', () => {
    const input = `OLED${decodeCp1252(encodeDoubleByte('显示屏', 'gbk')!)}项目`;
    const r = repairMojibake(input);
    expect(r.text).toBe('OLED显示屏项目');
    expect(r.edits[0].start).toBe(4);
  });

  it('re-aligns GBK text after a dropped byte and marks the lost character', () => {
    const bytes = encodeDoubleByte('区委书记主持召开专题会议，研究部署招商引资和项目建设工作', 'gbk')!;
    const dropped = Uint8Array.from([...bytes.subarray(0, 9), ...bytes.subarray(10)]);
    const r = repairMojibake(asGbk(dropped));
    // The character that lost a byte is marked (the unigram score cannot always tell which of
    // two neighbours it was, so one neighbour may be misread); an odd byte count loses the last.
    expect(r.text).toMatch(/^区委书.?\uFFFD.?持召开专题会议，研究部署招商引资和项目建设工\uFFFD$/);
    expect(r.edits.some((e) => e.kind === 'lossy')).toBe(true);
  });
});

describe('repairMojibake: losses are marked, never guessed', () => {
  it('turns 锟斤拷 into U+FFFD with a lossy edit', () => {
    const input = '会议由锟斤拷锟斤拷主持。';
    const r = repairMojibake(input);
    expect(r.text).toMatch(/^会议由\uFFFD+主持。$/);
    expect(r.edits.every((e) => e.kind === 'lossy')).toBe(true);
    expectConsistent(input, r);
  });

  it('reports Big5 read as UTF-8 (replacement characters and trail-byte junk) as lossy', () => {
    const damaged = new TextDecoder('utf-8').decode(encodeDoubleByte('市政府今天召開會議', 'big5')!);
    const input = `新聞：${damaged}。`;
    const r = repairMojibake(input);
    expect(r.edits.length).toBeGreaterThan(0);
    expect(r.edits.every((e) => e.kind === 'lossy')).toBe(true);
    expect(r.text.startsWith('新聞：\uFFFD')).toBe(true);
    expectConsistent(input, r);
  });

  it('keeps a bare U+FFFD and reports it', () => {
    const r = repairMojibake('项目\uFFFD建设');
    expect(r.text).toBe('项目\uFFFD建设');
    expect(r.edits).toEqual([{ kind: 'lossy', start: 2, end: 3, replacement: '\uFFFD' }]);
  });
});

describe('repairMojibake: clean text gets zero edits', () => {
  it.each([
    '市委书记在高新区调研时强调，要把工业经济放在更加突出位置。',
    '這是一段正常的繁體中文新聞，市長出席了記者會並回答提問。',
    '京东方OLED先进模组项目8条生产线正进行设备进场调试。',
    'Le café est très bon. Herr Müller aus Köln. Señor Peña, naïve façade, smörgåsbord.',
    'Temperature 25°C, ±3 mm, 5×6 = 30, price €12 — “quoted” text…',
    '约翰·史密斯与玛丽·居里出席了活动。',
    '日本語のテキストも少し含まれています。',
    '',
  ])('%s', (text) => {
    expect(repairMojibake(text)).toEqual({ text, edits: [] });
  });

  it('does not even look further at ordinary Chinese text (cheap pre-check)', () => {
    expect(mayContainMojibake('今年以来，我区深入实施乡村振兴战略，累计投入资金3.2亿元。')).toBe(false);
    expect(mayContainMojibake('ÏûÏ¢')).toBe(true);
  });
});

describe('repairMojibake: properties', () => {
  const mixed = fc.string({
    unit: fc.oneof(
      fc.constantFrom(...'发展经济会议强调要锟斤拷鍙戝睍ÃÂÏ¢£º©®é\uFFFD ，。\nabcOLED123'.split('')),
      fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
    ),
    maxLength: 80,
  });

  it('never throws and its edits reproduce its text', () => {
    fc.assert(
      fc.property(fc.oneof(mixed, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (s) => {
        const r = repairMojibake(s);
        expectConsistent(s, r);
      }),
      { numRuns: 400 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(mixed, (s) => {
        const once = repairMojibake(s).text;
        const twice = repairMojibake(once);
        expect(twice.text).toBe(once);
        expect(twice.edits.filter((e) => e.kind === 'mojibake')).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('round-trips random Chinese through UTF-8-as-GBK and GBK-as-Latin-1', () => {
    const han = fc.string({ unit: fc.constantFrom(...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严'.split('')), minLength: 4, maxLength: 60 });
    let tried = 0;
    let recovered = 0;
    fc.assert(
      fc.property(
        han,
        (text) => {
          for (const damaged of [asGbk(utf8(text)), decodeCp1252(encodeDoubleByte(text, 'gbk')!)]) {
            const r = repairMojibake(damaged).text;
            tried++;
            // Odd UTF-8 byte counts lose the last character, which must be marked; a short
            // run may be left alone when the evidence is thin, but is never garbled.
            if (r === text || (r.endsWith('\uFFFD') && text.startsWith(r.replace(/\uFFFD+$/, '')))) recovered++;
            else expect(r).toBe(damaged);
          }
        },
      ),
      { numRuns: 200 },
    );
    expect(recovered / tried).toBeGreaterThan(0.9);
  });
});
