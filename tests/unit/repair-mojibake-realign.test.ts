/**
 * Re-alignment after a dropped byte: the gap goes where the realigned reading becomes fluent
 * (word bigrams), and Big5's immediate resync (a lone ASCII trail byte between Han characters)
 * is read as the debris of a lost character. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../lib/edits';
import { isLoneTrail, repairMojibake } from '../../lib/repair/mojibake';
import { decodeDoubleByte } from '../../lib/repair/mojibake-decode';
import { LONE_TRAIL_SCORE, textScore, wordBigram } from '../../lib/repair/mojibake-score';
import { encodeDoubleByte, type Legacy } from '../../lib/repair/mojibake-tables';

function dropByte(text: string, enc: Legacy, k: number): string {
  const b = encodeDoubleByte(text, enc)!;
  return new TextDecoder(enc).decode(Uint8Array.from([...b.subarray(0, k), ...b.subarray(k + 1)]));
}

/** Characters of `got` that are neither right nor a loss mark (same length assumed). */
function misreads(got: string, expected: string): number {
  let n = 0;
  for (let i = 0; i < Math.max(got.length, expected.length); i++) if (got[i] !== expected[i] && got[i] !== '\uFFFD') n++;
  return n;
}

describe('word bigrams as a fluency signal', () => {
  it('knows common words in either script and rejects non-words', () => {
    const code = (s: string) => [s.charCodeAt(0), s.charCodeAt(1)] as const;
    expect(wordBigram(...code('经济'))).toBe(true);
    expect(wordBigram(...code('經濟'))).toBe(true);
    expect(wordBigram(...code('凳械'))).toBe(false);
    expect(wordBigram(...code('A股'))).toBe(false);
  });

  it('scores fluent text above a misaligned reading of the same characters class', () => {
    expect(textScore('加快推进经济发展')).toBeGreaterThan(textScore('凳械诎舜蔚炒盗侩'));
  });
});

describe('GBK: the lost-character mark lands where the text becomes fluent', () => {
  const text = '县政府召开专题会议，研究部署防汛救灾和安全生产工作，要求各乡镇加强隐患排查。';
  it('most dropped bytes leave at most one misread character next to the mark', () => {
    const bytes = encodeDoubleByte(text, 'gbk')!;
    let close = 0;
    let cases = 0;
    for (let k = 4; k < bytes.length - 8; k++) {
      const damaged = dropByte(text, 'gbk', k);
      const r = repairMojibake(damaged);
      expect(applyEdits(damaged, r.edits)).toBe(r.text);
      expect(r.edits.some((e) => e.kind === 'lossy')).toBe(true);
      cases++;
      if (r.text.length === text.length && misreads(r.text, text) <= 1) close++;
    }
    // Measured 52/68: misaligned GBK is mostly common Han too, and the word-bigram list is
    // sparse, so some stretches (and short tails) stay unrepaired.
    expect(close / cases).toBeGreaterThan(0.7);
  });
});

describe('Big5: a lone ASCII trail byte between Han characters', () => {
  it('recognises the lone trail byte shape', () => {
    expect(isLoneTrail('工~經', 1)).toBe(true);
    expect(isLoneTrail('投資 A股', 3)).toBe(false); // a space before: a word, not debris
    expect(isLoneTrail('5G網絡', 0)).toBe(false);
    expect(textScore('工~經', 1, 2)).toBe(LONE_TRAIL_SCORE);
    expect(textScore('工 A經', 2, 3)).toBe(0);
  });

  it('keeps a lone trail byte that no realignment explains (it may be a real letter)', () => {
    // 業 is B7 7E in Big5: without its lead byte the decoder shows "~" and resyncs at once.
    // Nothing around it reads better realigned, so the stray byte stays (a known limit).
    const damaged = dropByte('推動工業經濟發展', 'big5', 6);
    expect(damaged).toBe('推動工~經濟發展');
    expect(repairMojibake(damaged).edits).toEqual([]);
  });

  it('realigns through the trail byte when the misread pairs run up to it', () => {
    const text = '要加快推進關鍵技術攻關，鼓勵企業加大研發投入';
    const bytes = encodeDoubleByte(text, 'big5')!;
    let fixed = 0;
    let cases = 0;
    for (let k = 2; k < bytes.length - 4; k++) {
      const damaged = dropByte(text, 'big5', k);
      if (damaged === text) continue;
      cases++;
      const r = repairMojibake(damaged);
      expect(applyEdits(damaged, r.edits)).toBe(r.text);
      if (r.text.length === text.length && misreads(r.text, text) <= 1) fixed++;
    }
    expect(fixed / cases).toBeGreaterThan(0.6); // 26/38 measured
  });

  it('leaves real lone letters in clean traditional text alone', () => {
    for (const clean of ['今年投資A股市場的資金明顯增加。', '醫院新增B超設備兩臺，維生素C片供應充足。', '網友留言：好評~下次再來。', '首頁|新聞中心|通知公告', '轉發@人民日報微博']) {
      expect(repairMojibake(clean).edits).toEqual([]);
    }
  });

  it('decodes bytes the same with or without a lone mask when there is no lone byte', () => {
    const bytes = encodeDoubleByte('經濟發展', 'big5')!;
    const plain = decodeDoubleByte(bytes, 'big5').map((p) => p.text).join('');
    const masked = decodeDoubleByte(bytes, 'big5', new Uint8Array(bytes.length)).map((p) => p.text).join('');
    expect(masked).toBe(plain);
    expect(plain).toBe('經濟發展');
  });
});
