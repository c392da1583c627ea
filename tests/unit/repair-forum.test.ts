/**
 * Forum copies (issue 10, category 5): BBCode remnants, Discuz! anti-scraping strings and a
 * whole thread page around the post, on invented threads.
 */
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../lib/edits';
import { stripBbcode } from '../../lib/repair/bbcode';
import { keepForumPost } from '../../lib/repair/forum-thread';
import { stripJammer } from '../../lib/repair/jammer';
import { repairJunk } from '../../lib/repair/junk';

function exact(step: (t: string) => { text: string; edits: { kind: string; start: number; end: number; replacement: string }[] }, input: string): string {
  const r = step(input);
  expect(applyEdits(input, r.edits as never)).toBe(r.text);
  expect(r.edits.every((e) => e.kind === 'junk')).toBe(true);
  return r.text;
}

const POST = [
  '今年我们村的合作社种了三百亩高山蔬菜，一季就卖出了六十多万元。',
  '村里还请来农技员，手把手教大家育苗、施肥，乡亲们心里有了底。',
  '说起变化，最大的是路修通了，货车能直接开到地头。',
];

describe('BBCode remnants', () => {
  it('keeps the text inside tags and drops the tags', () => {
    expect(exact(stripBbcode, '[size=4][font=微软雅黑]今年收成不错。[/font][/size]\n[color=#666666]明年还要扩种。[/color]')).toBe('今年收成不错。\n明年还要扩种。');
    expect(exact(stripBbcode, '[align=center][b]通知[/b][/align]')).toBe('通知');
  });

  it('turns table cells into gaps and drops image addresses', () => {
    expect(exact(stripBbcode, '[table][tr][td]白菜[/td][td]120吨[/td][/tr][/table]')).toBe('白菜\u3000120吨');
    expect(exact(stripBbcode, '村口新修的桥[img]https://example.com/a.jpg[/img]很结实。[b]好[/b]')).toBe('村口新修的桥很结实。好');
  });

  it('leaves brackets that are not forum tags, and a lone tag-like word', () => {
    for (const s of ['见注释[1]和[图]', '数组写作 a[i] 与 b[j]', '只有一个[b]']) expect(stripBbcode(s).edits, s).toEqual([]);
  });
});

describe('Discuz! anti-scraping strings', () => {
  it('removes them at line ends and starts, and as whole lines', () => {
    const text = `${POST[0]}7 q$ K* b2 W. a9 H\n& M0 t) Z1 f, J; c${POST[1]}\n% y4 L( e1 B* r8 Q\n${POST[2]}`;
    expect(exact(stripJammer, text)).toBe(POST.join('\n'));
  });

  it('leaves ASCII that is text: figures, codes, English', () => {
    for (const s of ['GDP 5.2% CPI 0.3% PPI -1.2%', '型号 A 1 B 2 C 3 D 4 E 5', '增长5.2%，其中 Q1 Q2 Q3 Q4 分别增长', 'Call 1 800 555 0199 now.']) {
      expect(stripJammer(s).edits, s).toEqual([]);
    }
  });
});

const THREAD = [
  '山城论坛 - Powered by Discuz!',
  '找回密码 立即注册',
  'QQ登录',
  '山城论坛 › 论坛 › 乡村振兴 › 查看内容',
  '查看：812|回复：3',
  '高山蔬菜让我们村富起来了 [复制链接]',
  '田埂上的风',
  '32',
  '主题',
  '210',
  '积分',
  '中级会员',
  '威望 9 金钱 680 积分 210',
  '发消息',
  '发表于 2025-6-3 10:21 | 显示全部楼层 |阅读模式',
  '本帖最后由 田埂上的风 于 2025-6-3 10:40 编辑',
  ...POST,
  '回复',
  '举报',
  'lihua_2020',
  '发表于 2025-6-3 12:02 | 显示全部楼层',
  '沙发',
  '为家乡点赞',
  '回复 支持 反对',
  '望山人',
  '发表于 2025-6-4 08:15 | 显示全部楼层',
  '板凳',
  '我们镇去年也种了200亩，收入不错',
  '回复 支持 反对',
  '返回列表 发新帖',
  'B Color Image Link Quote Code Smilies',
  '您需要登录后才可以回帖 登录 | 立即注册',
  '手机版|小黑屋|山城论坛',
  'GMT+8, 2025-6-5 09:00 , Processed in 0.041 second(s), 22 queries .',
  '© 2001-2017 Comsenz Inc.',
].join('\n');

describe('a forum thread page', () => {
  it('keeps the title and the first post, and a reply that carries a figure', () => {
    const out = exact(repairJunk, THREAD);
    expect(out).toBe(['高山蔬菜让我们村富起来了', ...POST, '我们镇去年也种了200亩，收入不错'].join('\n'));
  });

  it('without the title button keeps every line that is not interface', () => {
    const noTitle = THREAD.replace(' [复制链接]', '');
    const out = exact(keepForumPost, noTitle);
    expect(out).toContain('高山蔬菜让我们村富起来了');
    expect(out).toContain(POST.join('\n'));
    expect(out).not.toContain('找回密码');
  });

  it('does nothing to an article that merely mentions posting', () => {
    const article = ['网友“田埂上的风”发表于论坛的帖子引起关注。', '帖子称，高山蔬菜一季卖出六十多万元。', '回复', '记者核实，情况属实。'].join('\n');
    expect(keepForumPost(article).edits).toEqual([]);
  });
});
