/**
 * Officials: chains of titles (市委常委、副市长) followed by one name or a list of names that
 * share them (市领导黄朝阳、姚永红), then every later bare mention of those names.
 */
import type { Official, Span } from '../types';
import { readName } from './names';
import { MultiSearch } from './multiSearch';
import { Claimed, isHan, sortSpans } from './text';
import { companyPostLength, matchTitle, reportedTitle, titleNoteLength } from './titles';

/** A title right after one of these belongs to a company, not to a public office. */
const COMPANY_BEFORE = /(公司|集团|企业|厂|银行|协会|商会|学校|医院)$/;

/** A name followed by these is part of a doctrine or a set phrase, not a person in the story. */
const DOCTRINE_AFTER = /^(新时代|同志为核心|总书记(重要|关于|系列|来|视察|在.{0,12}(讲话|指示))|重要讲话|重要指示|重要论述|生态文明思想|法治思想|强军思想|外交思想|经济思想|文化思想|思想|理论)/;

export function inDoctrinePhrase(text: string, span: Span): boolean {
  return DOCTRINE_AFTER.test(text.slice(span.end, span.end + 16));
}

interface TitledMention {
  name: string;
  titles: string[];
  span: Span;
}

/** Reads one chain of titles starting at `at`; returns the titles and where the chain ends. */
function readTitleChain(text: string, at: number): { titles: string[]; end: number } | null {
  const first = matchTitle(text, at);
  if (!first) return null;
  const titles = [reportedTitle(text.slice(at, at + first))];
  let end = at + first;
  end += titleNoteLength(text, end);
  while (text[end] === '、') {
    const next = matchTitle(text, end + 1, true);
    if (!next) {
      // An official who also heads a state company: pass over the company post, keep the chain.
      const companyPost = companyPostLength(text, end + 1);
      if (!companyPost) break;
      end += 1 + companyPost;
      continue;
    }
    titles.push(reportedTitle(text.slice(end + 1, end + 1 + next)));
    end += 1 + next;
    end += titleNoteLength(text, end);
  }
  return { titles, end };
}

/** Every name that a title chain introduces, with the chain's titles. */
export function findTitledMentions(text: string): TitledMention[] {
  const mentions: TitledMention[] = [];
  let i = 0;
  while (i < text.length) {
    const chain = isHan(text[i]) && !COMPANY_BEFORE.test(text.slice(Math.max(0, i - 4), i)) ? readTitleChain(text, i) : null;
    const name = chain ? readName(text, chain.end) : null;
    if (!chain || !name) {
      i++;
      continue;
    }
    let at = chain.end;
    let current = name;
    for (;;) {
      mentions.push({ name: current, titles: chain.titles, span: { start: at, end: at + current.length } });
      at += current.length;
      // A list that shares the titles: 市领导黄朝阳、姚永红、刘海昌. A new title after 、 starts a new chain.
      if (text[at] !== '、' || matchTitle(text, at + 1)) break;
      const next = readName(text, at + 1);
      if (!next) break;
      at += 1;
      current = next;
    }
    i = at;
  }
  return mentions;
}

export interface OfficialOptions {
  alwaysTag?: string[];
  neverTag?: string[];
}

export function findOfficials(text: string, options: OfficialOptions = {}): Official[] {
  const never = new Set(options.neverTag ?? []);
  const byName = new Map<string, Official>();
  for (const m of findTitledMentions(text)) {
    if (never.has(m.name) || inDoctrinePhrase(text, m.span)) continue;
    const official = byName.get(m.name) ?? { name: m.name, titles: [], spans: [] };
    for (const t of m.titles) if (!official.titles.includes(t)) official.titles.push(t);
    byName.set(m.name, official);
  }
  for (const name of options.alwaysTag ?? []) {
    if (name && !never.has(name) && !byName.has(name) && text.includes(name)) {
      byName.set(name, { name, titles: [], spans: [] });
    }
  }
  // Every mention, titled or bare; a longer official's name wins over a shorter one inside it.
  // All names are searched in one pass (a long report names hundreds of people).
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  const spansByName = new MultiSearch(names).spansByWord(text);
  const taken = new Claimed(text.length);
  names.forEach((name, k) => {
    const official = byName.get(name)!;
    for (const span of spansByName[k]) {
      if (!taken.isFree(span) || inDoctrinePhrase(text, span)) continue;
      official.spans.push(span);
      taken.claim(span);
    }
    sortSpans(official.spans);
  });
  return [...byName.values()]
    .filter((o) => o.spans.length > 0)
    .sort((a, b) => a.spans[0].start - b.spans[0].start);
}
