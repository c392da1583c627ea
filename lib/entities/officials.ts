/**
 * Officials: chains of titles (市委常委、副市长) followed by one name or a list of names that
 * share them (市领导黄朝阳、姚永红; 区领导 惠志刚 拓雪梅), bare posts continuing a list of officials
 * (，副主任单国庆), posts written after the name (江琳镇长, 习近平总书记), appointees (任命X为…,
 * X同志任…), then every later bare mention of those names (all searched in one pass).
 */
import type { Official, Span } from '../types';
import { anyOf, LEVEL_POSTS } from './lexicon';
import { isNameBoundary, readListItemName, readName, readNameEndingAt, readNameWithoutSurname } from './names';
import { isFullPlace, isShortPlace, placeAt } from './places';
import { MultiSearch } from './multiSearch';
import { Claimed, isHan, sortSpans } from './text';
import { companyPostLength, matchBarePost, matchTitle, reportedTitle, titleNoteLength } from './titles';

/** A title right after one of these belongs to a company, not to a public office. */
const COMPANY_BEFORE = /(公司|集团|企业|厂|银行|协会|商会|学校|医院)$/;

/** A name followed by these is part of a doctrine or a set phrase, not a person in the story. */
const DOCTRINE_AFTER = /^(新时代|同志为核心|重要讲话|重要指示|重要论述|生态文明思想|法治思想|强军思想|外交思想|经济思想|文化思想|思想|理论)/;

export function inDoctrinePhrase(text: string, span: Span): boolean {
  return DOCTRINE_AFTER.test(text.slice(span.end, span.end + 16));
}

interface TitledMention {
  name: string;
  titles: string[];
  span: Span;
}

/** Before 原/前 opening a title (原市委书记): not a character that makes them part of a word (平原县). */
const FORMER_AFTER = /^[^\u4e00-\u9fff]$|^[由和与及是为任、]$/;
/** An item in a chain that is not a public title but may stand among them (研究员, 教授, 高级工程师). */
const OTHER_ITEM = /^[\u4e00-\u9fff]{1,8}?(?:员|师|授|士|家)$/;
const SENTENCE_END = /[。！？!?\n]/;

interface TitleChain {
  /** Titles in their reported form (市人民政府副市长 → 副市长). */
  titles: string[];
  /** Length of the first title as written. */
  firstLength: number;
  end: number;
}

/** Reads one chain of titles starting at `at` (`bare`: opening with a post alone); returns the
 * titles and where the chain ends. */
function readTitleChain(text: string, at: number, bare = false): TitleChain | null {
  const first = bare ? matchBarePost(text, at) : matchTitle(text, at);
  if (!first) return null;
  if (/^[原前]/.test(text[at]) && !text.startsWith('时任', at) && at > 0 && !FORMER_AFTER.test(text[at - 1])) return null;
  const titles = [reportedTitle(text.slice(at, at + first))];
  let end = at + first;
  end += titleNoteLength(text, end);
  while (text[end] === '、') {
    const next = matchTitle(text, end + 1, true);
    if (!next) {
      // An official who also heads a state company: pass over the company post, keep the chain.
      const companyPost = companyPostLength(text, end + 1);
      if (companyPost) {
        end += 1 + companyPost;
        continue;
      }
      // 国务院研究室原副主任、研究员宇文正: a rank among the titles, right before the name.
      const other = otherItemLength(text, end + 1);
      if (!other) break;
      end += 1 + other;
      continue;
    }
    titles.push(reportedTitle(text.slice(end + 1, end + 1 + next)));
    end += 1 + next;
    end += titleNoteLength(text, end);
  }
  return { titles, firstLength: first, end };
}

/** Length of a rank (研究员, 教授) at `at` that a name follows directly, or 0. */
function otherItemLength(text: string, at: number): number {
  for (let len = 2; len <= 9; len++) {
    if (!OTHER_ITEM.test(text.slice(at, at + len))) continue;
    if (readName(text, at + len, true)) return len;
  }
  return 0;
}

/** Whitespace between a title and a name (区领导 惠志刚 拓雪梅): at most a few spaces. */
function spacesAt(text: string, at: number): number {
  let k = at;
  while (k < text.length && k - at < 3 && /[ \u3000\t]/.test(text[k])) k++;
  return k - at;
}

/** Collective titles (市领导, 县级领导) name people only when a name stands alone after them. */
const COLLECTIVE_END = /领导(?:同志)?$/;
/** What may end a name after a collective title: a separator, punctuation, or attending. */
const AFTER_COLLECTIVE_NAME = /^(?:[、，,；;。\s]|$|参加|出席|陪同|调研|一同|等|分别|先后|也|在|到|就|深入|带队)/;

/** The separator after a listed name and the start of the next name, or null: 、 always; a comma or
 * spaces only in a list under a collective title (市领导邓卫东，王建民，李芳出席). */
function nextListedName(text: string, at: number, collective: boolean): { start: number; name: string } | null {
  let k = at;
  if (text[k] === '、') k++;
  else if (collective && /[，,]/.test(text[k] ?? '')) k++;
  else if (collective && spacesAt(text, k)) k += spacesAt(text, k);
  else return null;
  k += spacesAt(text, k);
  if (matchTitle(text, k)) return null;
  const name = readListItemName(text, k) ?? readName(text, k, true) ?? readNameWithoutSurname(text, k, true);
  if (!name) return null;
  if (collective && !AFTER_COLLECTIVE_NAME.test(text.slice(k + name.length, k + name.length + 2))) return null;
  return { start: k, name };
}

/**
 * Must a name follow this chain? Yes unless it is one short title glued to the word before it,
 * where the title may be a misreading (吉林省长白山…: 省 ends the place, 长白山 is no name).
 */
function mustStand(text: string, at: number, chain: TitleChain): boolean {
  return chain.titles.length > 1 || chain.firstLength > 3 || at === 0 || !isHan(text[at - 1]);
}

/** Every name that a title chain introduces, with the chain's titles. */
export function findTitledMentions(text: string): TitledMention[] {
  const mentions: TitledMention[] = [];
  let i = 0;
  let sentenceHasTitle = false;
  while (i < text.length) {
    if (SENTENCE_END.test(text[i])) sentenceHasTitle = false;
    let chain = isHan(text[i]) ? readTitleChain(text, i) : null;
    if (chain && COMPANY_BEFORE.test(text.slice(Math.max(0, i - 4), i))) chain = null;
    // 副主任单国庆、西门婉清，秘书长闫海波: a bare post after a comma in a sentence listing officials.
    if (!chain && sentenceHasTitle && /[，、；,;]/.test(text[i - 1] ?? '')) chain = readTitleChain(text, i, true);
    const nameAt = chain ? chain.end + spacesAt(text, chain.end) : -1;
    const strong = !!chain && mustStand(text, i, chain);
    const name = chain ? (readName(text, nameAt, true, strong) ?? (strong ? readNameWithoutSurname(text, nameAt) : null)) : null;
    const collective = !!chain && COLLECTIVE_END.test(chain.titles[chain.titles.length - 1]);
    if (!chain || !name || (collective && !AFTER_COLLECTIVE_NAME.test(text.slice(nameAt + name.length, nameAt + name.length + 2)))) {
      i++;
      continue;
    }
    let at = nameAt;
    let current = name;
    for (;;) {
      mentions.push({ name: current, titles: chain.titles, span: { start: at, end: at + current.length } });
      at += current.length;
      // A list that shares the titles: 市领导黄朝阳、姚永红、刘海昌. A new title after 、 starts a new chain.
      const next = nextListedName(text, at, collective);
      if (!next) break;
      at = next.start;
      current = next.name;
    }
    sentenceHasTitle = true;
    i = at;
  }
  return [...mentions, ...postAfterName(text, mentions), ...appointees(text)];
}

/** Posts written after the name (江琳镇长, 乌兰副主席, 习近平总书记, 段宏伟副部长). */
const POST_AFTER_NAME = new RegExp(`(?:常务副|副|总)?(?:书记|主席|主任|部长|局长|${anyOf(LEVEL_POSTS)})`, 'g');

/** Names followed by their post: the post must end where a name could (的, 带领, 在, punctuation …). */
function postAfterName(text: string, titled: readonly TitledMention[]): TitledMention[] {
  const known = new Set(titled.map((m) => m.name));
  const out: TitledMention[] = [];
  POST_AFTER_NAME.lastIndex = 0;
  for (let m = POST_AFTER_NAME.exec(text); m; m = POST_AFTER_NAME.exec(text)) {
    const post = m[0];
    const end = m.index + post.length;
    // 局长/部长 alone after two characters is a body's head (林业局长), not a name's post.
    if (/^(?:部长|局长)$/.test(post) || !isNameBoundary(text, end) || isHan(text[end]) && matchTitle(text, end)) continue;
    const name = readNameEndingAt(text, m.index, known);
    if (!name) continue;
    const start = m.index - name.length;
    // 安吉县长: a place with its level, not a name.
    const level = post.replace(/^(?:常务副|副|总)/, '')[0];
    if (isFullPlace(name + level) || isShortPlace(name)) continue;
    // 党组书记, 省工商联主席: the post belongs to a title that opens at or just before the "name".
    if (insideTitle(text, start, end)) continue;
    out.push({ name, titles: [post], span: { start, end: m.index } });
  }
  return out;
}

/** Does a title opening at most four characters before `start` run to `end`? */
function insideTitle(text: string, start: number, end: number): boolean {
  for (let k = Math.max(0, start - 4); k <= start; k++) {
    if (Math.max(matchTitle(text, k), matchBarePost(text, k)) >= end - k) return true;
  }
  return false;
}

/** 任命X为…, X同志任…, X同志不再担任…职务, 免去X的…职务, X辞去…职务. */
const APPOINTMENT = /(同志)?(不再担任|担任|辞去|任|为|的)/g;
/** What must stand before the name of an appointment without 同志. */
const APPOINTMENT_BEFORE = /(?:任命|提名|免去|接受|同意|批准|决定)[：:]?$|[：:；;]$/;

function appointees(text: string): TitledMention[] {
  const out: TitledMention[] = [];
  APPOINTMENT.lastIndex = 0;
  for (let m = APPOINTMENT.exec(text); m; m = APPOINTMENT.exec(text)) {
    const comrade = !!m[1];
    const verb = m[2];
    const name = readNameEndingAt(text, m.index, new Set(), true);
    if (!name) continue;
    const start = m.index - name.length;
    const before = text.slice(Math.max(0, start - 5), start);
    if (!comrade && !APPOINTMENT_BEFORE.test(before)) continue;
    if (verb === '任' && !comrade) continue;
    if (verb === '的' && !/免去$/.test(before)) continue;
    const chain = placedTitleChain(text, m.index + m[0].length);
    if (!chain) continue;
    if (/^(?:辞去|不再担任|的)$/.test(verb) && !text.startsWith('职务', chain.end)) continue;
    out.push({ name, titles: chain.titles, span: { start, end: start + name.length } });
  }
  return out;
}

/** A title chain that may open with a place written in full (周口市财政局局长, 大同市委常委). */
function placedTitleChain(text: string, at: number): TitleChain | null {
  const direct = readTitleChain(text, at);
  if (direct) return direct;
  const place = placeAt(text, at);
  if (!place) return null;
  // The place's last characters may open the title (大同市 + 市委常委, 南泉街道 + 街道办事处主任) or not
  // (南泉街道 + 党工委书记).
  for (const titleAt of [at + place - 1, at + place - 2, at + place]) {
    if (titleAt <= at) continue;
    const chain = readTitleChain(text, titleAt);
    if (!chain) continue;
    // The title as written, with its place: 周口市人民政府副市长.
    const first = text.slice(at, titleAt + chain.firstLength);
    return { titles: [first, ...chain.titles.slice(1)], firstLength: first.length, end: chain.end };
  }
  return null;
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
