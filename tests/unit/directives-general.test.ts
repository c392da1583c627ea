/**
 * Directives beyond the seeds, one invented example per category of the generality issue, run
 * with the officials the entities stage finds: numbered points without 要, rules led by 凡,
 * requirement clauses with a subject, quoted directives, 要 clauses inside a longer 强调
 * sentence; and closing pleasantries, reported facts, advice in texts without officials.
 */
import { describe, expect, it } from 'vitest';
import { findDirectives } from '../../lib/directives';
import { findEntities } from '../../lib/entities';

function directives(text: string) {
  const found = findDirectives(text, findEntities(text).officials);
  for (const d of found) expect(d.text).toBe(text.slice(d.start, d.end));
  return found.map((d) => ({ speaker: d.speaker, force: d.force, head: d.text.slice(0, 8) }));
}

describe('numbered points after a directive lead', () => {
  it('takes each 一是…二是… point, with no 要 of its own', () => {
    expect(directives('副县长魏红主持会议。魏红要求：一是强化隐患排查，做到全覆盖。二是健全值班制度，确保信息畅通。三是提升处置能力，开展实战演练。')).toEqual([
      { speaker: '魏红', force: 'require', head: '强化隐患排查，做' },
      { speaker: '魏红', force: 'require', head: '健全值班制度，确' },
      { speaker: '魏红', force: 'require', head: '提升处置能力，开' },
    ]);
  });

  it('splits a rule led by 凡 from the last point, for the meeting that issued both', () => {
    expect(directives('县长柴立新主持召开常务会议。会议要求，一是压实责任。二是加强巡查。凡未按期完成整改的单位，一律通报批评。')).toEqual([
      { speaker: null, force: 'require', head: '压实责任。' },
      { speaker: null, force: 'require', head: '加强巡查。' },
      { speaker: null, force: 'require', head: '凡未按期完成整改' },
    ]);
  });
});

describe('rules and requirement clauses', () => {
  it('takes a 凡 rule closing an official\'s statement', () => {
    expect(directives('县委书记邹平强调，各部门要守土尽责。凡在防汛工作中失职失责的，一律严肃追责。')).toEqual([
      { speaker: '邹平', force: 'require', head: '各部门要守土尽责' },
      { speaker: '邹平', force: 'require', head: '凡在防汛工作中失' },
    ]);
  });

  it('takes requirement clauses with their subject (责任要落实到…)', () => {
    expect(directives('市长伍建国指出，安全生产是底线。责任要落实到岗位、落实到人头，企业要履行主体责任。')).toEqual([
      { speaker: '伍建国', force: 'require', head: '责任要落实到岗位' },
    ]);
  });

  it('takes each 要 clause of a longer 强调 sentence', () => {
    const found = directives('镇党委书记石磊强调，要抓好春耕生产，各村要做好农资保障；要加强技术指导，确保不误农时。');
    expect(found[0]).toEqual({ speaker: '石磊', force: 'require', head: '要抓好春耕生产，' });
    expect(found.every((d) => d.speaker === '石磊')).toBe(true);
  });
});

describe('quoted directives', () => {
  it('gives a quotation to the official named after it', () => {
    expect(directives('“大家一定要把好质量关，不能砸了招牌。”村党支部书记郑家福说。')).toEqual([
      { speaker: '郑家福', force: 'require', head: '大家一定要把好质' },
    ]);
  });
});

describe('not directives', () => {
  it('leaves reported facts with 要 and plans alone', () => {
    expect(directives('县委书记邹平到园区调研。园区主要生产电子元件，需要解决用地问题。县里将要建设新厂房。')).toEqual([]);
  });

  it('issues nothing in a text where no official or body speaks', () => {
    expect(directives('用了一个月，整体满意。一定要先试用再买。希望本文对你有所帮助。')).toEqual([]);
    expect(directives('【温馨提示】使用前必须清洗干净。“希望商家多送几张滤纸。”')).toEqual([]);
  });

  it('leaves a closing wish to the reader alone, even in a report with officials', () => {
    expect(directives('县委书记邹平强调，要抓好防汛。希望本文对你有所帮助。')).toEqual([{ speaker: '邹平', force: 'require', head: '要抓好防汛。' }]);
  });

  it('leaves a company\'s wish to the company', () => {
    expect(directives('副市长冯涛走访企业。企业负责人反映，希望政府在用工上给予支持。')).toEqual([]);
  });

  it('leaves a pledge after 表示 alone', () => {
    expect(directives('新任县长陈立在表态发言中表示，坚决拥护省委决定，尽快熟悉情况。')).toEqual([]);
  });
});

describe('a notice: its lead speaks for the rules below it (invented examples, round-4 categories)', () => {
  const notice = [
    '青山镇关于做好冬季防火工作的通知',
    '各村（社区）、镇属各单位：',
    '为切实保障群众生命财产安全，经镇党委研究，现就有关事项通知如下：',
    '凡在林区内违规用火的，一律依法从严处理。',
    '各村护林员务必于本月底前完成入户宣传，做到不漏一户。',
    '二、镇应急办要组织一次扑火演练。',
    '镇值班电话：0571-1234567。',
    '青山镇人民政府',
  ].join('\n');

  it('takes the rules, 务必 and 要 sentences as the body\'s directives, and nothing else', () => {
    const found = directives(notice);
    expect(found.map((d) => d.speaker)).toEqual([null, null, null]);
    expect(found.map((d) => d.head.slice(0, 6))).toEqual(['凡在林区内违', '各村护林员务', '镇应急办要组']);
  });
});
