import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../lib/edits';
import { repairPunctuation } from '../../lib/repair/punctuation';

function collapse(input: string): string {
  const r = repairPunctuation(input);
  expect(applyEdits(input, r.edits)).toBe(r.text);
  expect(r.edits.every((e) => e.kind === 'punctuation')).toBe(true);
  expect(repairPunctuation(r.text).edits).toEqual([]);
  return r.text;
}

function fix(input: string): string {
  const r = repairPunctuation(input);
  expect(applyEdits(input, r.edits)).toBe(r.text);
  // One mark per edit, except a dotted ellipsis written as ……
  expect(r.edits.every((e) => e.kind === 'punctuation' && (e.end - e.start === 1 || e.replacement === '……'))).toBe(true);
  return r.text;
}

describe('repairPunctuation', () => {
  it('makes marks in Chinese text full-width', () => {
    expect(fix('他说,要抓好落实;问题在哪?找到了!')).toBe('他说，要抓好落实；问题在哪？找到了！');
    expect(fix('编辑:李志')).toBe('编辑：李志');
    expect(fix('“什么时候投产?产值多少?”他问。')).toBe('“什么时候投产？产值多少？”他问。');
  });

  it('converts parentheses around or next to Chinese', () => {
    expect(fix('(绵阳日报社融媒体记者 刘鑫)')).toBe('（绵阳日报社融媒体记者 刘鑫）');
    expect(fix('昨(5)日上午')).toBe('昨（5）日上午');
    expect(fix('有机发光(OLED)面板')).toBe('有机发光（OLED）面板');
    expect(fix('本报讯(记者 王敏)1月5日')).toBe('本报讯（记者 王敏）1月5日');
  });

  it('leaves numbers, Latin, URLs and code alone', () => {
    for (const s of [
      '8.5代面板生产线和5G、3D打印',
      '会议于12:30开始,共1,000人',
      'Hello, world! f(x) = (a + b)',
      '详见 http://example.com/a?b=1&c=(2),或者 `a(b, c);`',
      '(a) first item; (b) second: item',
    ]) {
      const out = fix(s);
      expect(out).toContain(s.includes('12:30') ? '12:30' : s.slice(0, 6));
    }
    expect(fix('会议于12:30开始,共1,000人')).toBe('会议于12:30开始，共1,000人');
    expect(fix('Hello, world! f(x) = (a + b)')).toBe('Hello, world! f(x) = (a + b)');
    expect(fix('详见 http://example.com/a?b=1&c=(2),或者 `a(b, c);`')).toBe('详见 http://example.com/a?b=1&c=(2)，或者 `a(b, c);`');
  });

  it('leaves unmatched parentheses alone and is idempotent', () => {
    expect(fix('区(qū')).toBe('区(qū');
    const once = fix('他说:(好的)。问题?');
    expect(fix(once)).toBe(once);
  });
});

describe('repairPunctuation: quotes, sentence ends, ellipses', () => {
  it('pairs straight quotes around Chinese and leaves English ones', () => {
    expect(fix('他说:"这儿是\'绿色银行\'。"')).toBe('他说：“这儿是‘绿色银行’。”');
    expect(fix('He said "hello" and it\'s fine')).toBe('He said "hello" and it\'s fine');
    expect(fix('一行只有一个"引号')).toBe('一行只有一个"引号');
  });

  it('ends Chinese sentences with 。 and writes ellipses as ……, numbers and addresses untouched', () => {
    expect(fix('会议结束.下午继续')).toBe('会议结束。下午继续');
    expect(fix('时间为14:00—17:30.')).toBe('时间为14:00—17:30。');
    expect(fix('增长3.5%,邮箱a@b.gov.cn,网址www.example.gov.cn/a.html')).toBe('增长3.5%，邮箱a@b.gov.cn，网址www.example.gov.cn/a.html');
    expect(fix('一项一项抓落实...决不能等')).toBe('一项一项抓落实……决不能等');
    expect(fix('第1.2版 and v1.0')).toBe('第1.2版 and v1.0');
  });

  it('spreads along a run of marks so one pass reaches the fixpoint', () => {
    const once = fix('区(5)!(5)!');
    expect(once).toBe('区（5）！（5）！');
    expect(fix(once)).toBe(once);
  });
});

describe('repairPunctuation: stacked marks, list numbers, leaders, code', () => {
  it('collapses stacked clause marks to the one the sentence needs', () => {
    expect(collapse('河道整治，，堤防加固同步推进。')).toBe('河道整治，堤防加固同步推进。');
    expect(collapse('种粮大户，、家庭农场和合作社')).toBe('种粮大户、家庭农场和合作社');
    expect(collapse('产量创新高，。全年目标过半')).toBe('产量创新高。全年目标过半');
    expect(collapse('报名截止到月底；；逾期不再受理')).toBe('报名截止到月底；逾期不再受理');
    expect(collapse('会议由副县长主持。，')).toBe('会议由副县长主持。');
    expect(collapse('面积扩大,,产量提高')).toBe('面积扩大，产量提高');
  });

  it('leaves emphasis, periods as ellipsis and ASCII runs alone', () => {
    for (const s of ['真的吗？！太好了！！', 'f(a,,b)', 'x = [1,,2]']) expect(collapse(s)).toBe(s);
    expect(collapse('他停了一下。。。又说')).toBe('他停了一下……又说');
  });

  it('never reads a list number as a sentence end', () => {
    expect(fix('1.李红梅　镇卫生院院长\n2.周建国　村党支部书记')).toBe('1.李红梅　镇卫生院院长\n2.周建国　村党支部书记');
    expect(fix('附件：1.项目清单')).toBe('附件：1.项目清单');
    expect(fix('截至17:30.下午继续')).toBe('截至17:30。下午继续');
    // Notes that run on in one line number their items after the sentence before.
    expect(fix('注：1.按现价计算。2.部分数据因四舍五入存在误差。')).toBe('注：1.按现价计算。2.部分数据因四舍五入存在误差。');
  });

  it('leaves dot leaders of a table of contents alone', () => {
    for (const s of ['第二章 管理职责........................4', '三、申报材料......12', '附录 A ........ 30']) expect(fix(s)).toBe(s);
  });

  it('does not curl the quotes of code on a Chinese line', () => {
    expect(fix('在配置中写入 MODE="prod"，然后重启。')).toBe('在配置中写入 MODE="prod"，然后重启。');
    expect(fix('他说:"明天见"')).toBe('他说：“明天见”');
    // A Latin phrase quoted after a Latin word is English or a command, whatever follows it.
    expect(fix("执行 sudo ufw allow 'Nginx Full'。")).toBe("执行 sudo ufw allow 'Nginx Full'。");
    expect(fix('点击"Save"按钮')).toBe('点击“Save”按钮');
    expect(fix('把 ssl_protocols 设置为 "TLSv1.2 TLSv1.3"。')).toBe('把 ssl_protocols 设置为 "TLSv1.2 TLSv1.3"。');
    // Brackets glued to a model number belong to it.
    expect(fix('澜庭BCD-520WKPZM(E)十字对开门冰箱,总容积520L(冷藏室300L)')).toBe('澜庭BCD-520WKPZM(E)十字对开门冰箱，总容积520L（冷藏室300L）');
  });
});
