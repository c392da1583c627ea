/** Publication dates as Chinese pages print them, normalised; partial and relative ones need a page date. */
import { describe, expect, it } from 'vitest';
import { frontMatterField, labelledDate, normalizeDate, urlDate } from '../../lib/article/dates';

describe('normalizeDate', () => {
  it.each([
    ['2022-01-06 08:12', '2022-01-06 08:12'],
    ['2022-01-06 08:12:53 +0800', '2022-01-06 08:12'],
    ['2022年1月6日', '2022-01-06'],
    ['2022年01月06日 星期四', '2022-01-06'],
    ['2022年1月6日 8:05', '2022-01-06 08:05'],
    ['2022/01/06', '2022-01-06'],
    ['2022.1.6', '2022-01-06'],
    ['发布时间：2023-10-09 16:20 来源：本网', '2023-10-09 16:20'],
    ['２０２２年１月６日', '2022-01-06'],
  ])('%s → %s', (raw, want) => {
    expect(normalizeDate(raw)).toBe(want);
  });

  it('rejects impossible dates and text without one', () => {
    expect(normalizeDate('2022-13-40')).toBeNull();
    expect(normalizeDate('浏览次数：1024')).toBeNull();
    expect(normalizeDate('12月24日')).toBeNull(); // no year and no page date to take it from
  });

  it('resolves 昨(5)日 and friends against the page date', () => {
    expect(normalizeDate('昨(5)日，市委书记前往……', '2015-01-06')).toBe('2015-01-05');
    expect(normalizeDate('昨（31）日', '2022-02-01')).toBe('2022-01-31');
    expect(normalizeDate('今(6)日', '2015-01-06')).toBe('2015-01-06');
    expect(normalizeDate('前(4)日', '2015-01-06')).toBe('2015-01-04');
    expect(normalizeDate('昨日上午', '2022-03-01')).toBe('2022-02-28');
    expect(normalizeDate('昨(5)日')).toBeNull();
  });

  it('completes month-day forms with the page year, crossing the new year', () => {
    expect(normalizeDate('1月6日', '2022-01-06')).toBe('2022-01-06');
    expect(normalizeDate('12月24日', '2022-01-06')).toBe('2021-12-24');
    expect(normalizeDate('01-06 07:40', '2015-01-06')).toBe('2015-01-06 07:40');
  });
});

describe('urlDate', () => {
  it.each([
    ['http://www.myrb.net/html/2022/01/06/1002.html', '2022-01-06'],
    ['http://www.example.gov.cn/art/2023/10/9/art_1234_567890.html', '2023-10-09'],
    ['http://www.example.gov.cn/zwgk/202112/t20211225_445566.html', '2021-12-25'],
    ['http://news.example.com/local/2023-10-09/987654.html', '2023-10-09'],
    ['http://news.example.com/2022/0318/77889.html', null],
    ['http://news.example.com/news/show.asp?id=20221', null],
  ])('%s → %s', (url, want) => {
    expect(urlDate(url)).toBe(want);
  });
});

describe('labelledDate and front matter', () => {
  it('takes the date after a label, skipping labels without one', () => {
    expect(labelledDate('时间：不详 发布日期：2023-10-09 浏览次数：5')).toBe('2023-10-09');
    expect(labelledDate('發佈時間:2024-04-12 09:30')).toBe('2024-04-12 09:30');
    expect(labelledDate('来源：本网')).toBeNull();
  });
  it('reads fields of a front matter block left in the text', () => {
    const text = '---\nlayout: post\ntitle: "一篇测试文章"\ndate: 2022-01-06 08:12:53 +0800\n---\n正文第一段。';
    expect(frontMatterField(text, 'title')).toBe('一篇测试文章');
    expect(normalizeDate(frontMatterField(text, 'date') ?? '')).toBe('2022-01-06 08:12');
    expect(frontMatterField('正文 title: 不是', 'title')).toBeNull();
  });
});
