import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../lib/edits';
import { recoverLostChar, repairPinyin } from '../../lib/repair/pinyin';

/** A mirror-style paragraph of our own: every few characters carry a reading. */
const MIRROR_SIMP = '市政府召开专(zhuān)题会议(yì),研究部署(shǔ)区(qū)域发(fā)展工作,会议要求各部门(mén)加强协(xié)调。';
const MIRROR_TRAD = '縣政府召開專(zhuān)題會(huì)議(yì),研究部署區(qū)域發(fā)展工作,會(huì)議要求各部門(mén)加強協(xié)調(diào)。';

function check(input: string) {
  const r = repairPinyin(input);
  expect(applyEdits(input, r.edits)).toBe(r.text);
  return r;
}

describe('repairPinyin', () => {
  it('removes readings on a mirror page (simplified and traditional)', () => {
    expect(check(MIRROR_SIMP).text).toBe('市政府召开专题会议,研究部署区域发展工作,会议要求各部门加强协调。');
    expect(check(MIRROR_TRAD).text).toBe('縣政府召開專題會議,研究部署區域發展工作,會議要求各部門加強協調。');
    expect(check(MIRROR_TRAD).edits.every((e) => e.kind === 'pinyin' && e.replacement === '')).toBe(true);
  });

  it('keeps a lone human gloss, or two', () => {
    const one = '三头牛写作犇(bēn),意思是奔跑。';
    expect(check(one).edits).toEqual([]);
    const two = '犇(bēn)和骉(biāo)都是会意字,见于古籍,今天的报刊文章里已经很少看到这两个字的用法了。';
    expect(check(two).edits).toEqual([]);
  });

  it('removes sparse glosses of whole words, also with the marked vowels dropped by an ASCII filter', () => {
    const body = '今年春季森林防火工作形势严峻，林下可燃物载量高，全县森林防火戒严期从3月1日开始，戒严期内严禁一切野外用火，各村要收缴火种。'.repeat(4);
    const glossed = body
      .replace('森林防火工作', '森林防火(sn ln fng hu)工作')
      .replace('可燃物载量', '可燃物(k rn w)载量')
      .replace('戒严期从', '戒严期(jiè yán qī)从')
      .replace('收缴火种', '收缴火种(hu zhng)')
      .replace('野外用火', '野外用火(yě wài yòng huǒ)');
    expect(check(glossed).text).toBe(body);
    // A writer's glosses of rare words are kept, however many.
    const rare = '古人写饕餮(tāo tiè)、耄耋(mào dié)和魑魅(chī mèi)，' + '今天已经很少见到这些词了，读者可以查阅词典了解它们的来历和用法。'.repeat(6);
    expect(check(rare).edits).toEqual([]);
    // One gloss of a whole word is not enough to call the page a mirror.
    const one = body.replace('森林防火工作', '森林防火(sēn lín fáng huǒ)工作');
    expect(check(one).text).toBe(one);
  });

  it('keeps real parentheses on a mirror page', () => {
    const text = `${MIRROR_TRAD}昨(5)日,京東方(OLED)項目(a)進場。(綿陽日報社記者 劉鑫)`;
    const r = check(text);
    expect(r.text).toContain('昨(5)日');
    expect(r.text).toContain('京東方(OLED)');
    expect(r.text).toContain('項目(a)');
    expect(r.text).toContain('(綿陽日報社記者 劉鑫)');
  });

  it('keeps a syllable that is not a reading of the character before it', () => {
    const r = check(`${MIRROR_SIMP}他叫张(mǎ)三。`);
    expect(r.text).toContain('张(mǎ)三');
  });

  it('accepts a tone variant of a real reading and v for ü on mirror pages', () => {
    expect(check(`${MIRROR_SIMP}成绩(jī)优异,绿(lv̀)化`).text).toContain('成绩优异');
    expect(check(`${MIRROR_SIMP}法律(lǜ)规定`).text).toContain('法律规定');
  });

  it('recovers a character lost to ? when its neighbours make a word', () => {
    expect(check(`${MIRROR_SIMP}(绵阳日?bào)社记者)`).text).toContain('绵阳日报社记者');
    // On a traditional page the recovered character is traditional too.
    expect(check(`${MIRROR_TRAD}(綿陽日?bào)社記者)`).text).toContain('綿陽日報社記者');
    expect(check(`${MIRROR_TRAD}發揮技術?yōu)勢`).text).toContain('技術優勢');
  });

  it('removes the junk when the neighbours do not single out a character', () => {
    expect(check(`${MIRROR_TRAD}綿陽日?qǐng)?bào)社記者`).text).toContain('綿陽日報社記者');
    expect(check(`${MIRROR_SIMP}存量?jī)?yōu)势`).text).toContain('存量优势');
  });

  it('picks a lost character only when one candidate wins', () => {
    expect(recoverLostChar('bào', '日', '社', false)).toBe('报');
    expect(recoverLostChar('bào', '日', '社', true)).toBe('報');
    expect(recoverLostChar('qǐng', '日', undefined, false)).toBe('');
    expect(recoverLostChar('bào', undefined, undefined, false)).toBe('');
  });

  it('leaves ? alone on a page that is not a mirror', () => {
    expect(check('你知道吗?bào)是什么').edits).toEqual([]);
  });
});

describe('pinyin on a known mirror page', () => {
  it('repairs a short headline only when the page is known to be a mirror', () => {
    const headline = '涪江區(qū)召開一季度經濟(jì)運行分析會';
    expect(repairPinyin(headline).edits).toHaveLength(0);
    expect(repairPinyin(headline, true).text).toBe('涪江區召開一季度經濟運行分析會');
  });
});

describe('repairPinyin: gloss forms mirrors use', () => {
  it('removes a gloss covering a whole word, spaced or run together, with erhua', () => {
    expect(check(`${MIRROR_SIMP}区域(qū yù)发展,合作(hézuò)共赢`).text).toContain('区域发展,合作共赢');
    expect(check(`${MIRROR_SIMP}一点儿(yī diǎnr)也不累,这儿(zhèr)很好`).text).toContain('一点儿也不累,这儿很好');
  });

  it('accepts full-width parentheses, decomposed tone marks and unmarked neutral tones', () => {
    expect(check(`${MIRROR_TRAD}區（qū）域`).text).toContain('區域');
    expect(check(`${MIRROR_TRAD}${'區(qū)'.normalize('NFD')}域`).text).toContain('區域');
    expect(check(`${MIRROR_SIMP}我们(men)的(de)任务(wu)`).text).toContain('我们的任务');
  });

  it('leaves glosses that do not spell the word, tone numbers included', () => {
    expect(check(`${MIRROR_SIMP}区域(zhāng sān)`).text).toContain('区域(zhāng sān)');
    expect(check(`${MIRROR_SIMP}型号(mp3)`).text).toContain('型号(mp3)');
  });

  it('reads tone numbers as tone marks (neutral 5, v for ü, whole words)', () => {
    const page = '水(shui3)利(li4)局(ju2)组(zu3)织(zhi1)专(zhuan1)家(jia1)对(dui4)河(he2)道(dao4)进(jin4)行(xing2)了(le5)检(jian3)查,绿(lv4)化(hua4)率(lü4)达(da2)到(dao4)四(si4)成。';
    const r = check(page);
    expect(r.text).toBe('水利局组织专家对河道进行了检查,绿化率达到四成。');
    expect(check(`${MIRROR_SIMP}防汛(fang2xun4)值守`).text).toContain('防汛值守');
  });

  it('drops a stray ? a mirror put before a character that carries its own reading', () => {
    const page = '防（fáng）汛（xùn）?抗（kàng）旱（hàn）指（zhǐ）挥（huī）部（bù）要（yào）求（qiú）各（gè）?地（dì）加（jiā）强（qiáng）值（zhí）守（shǒu）。';
    const r = check(page);
    expect(r.text).toBe('防汛抗旱指挥部要求各地加强值守。');
    // A bare ? inside a word hides no character; elsewhere it is left as it is.
    expect(check(`${MIRROR_SIMP}全县粮?食增?产`).text).toContain('全县粮食增?产');
    // A ? standing for a lost character keeps its reading and is recovered or marked, never dropped as junk.
    expect(check(`${MIRROR_SIMP}要（yào）求（qiú）?抗旱`).text).toContain('?抗旱');
  });
});
