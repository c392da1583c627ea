/**
 * Enterprises: full names read by company grammar (region + core + industry word + legal form:
 * 四川长虹电源公司), short names that stand in a list of companies or company projects
 * (依托长虹、京东方、…等龙头企业), short forms of a full name that recur (aliases), and
 * well-known companies from assets/entities/companies.json plus the user's own list.
 */
import data from '../../assets/entities/companies.json';
import type { Enterprise, Span } from '../types';
import { ADDRESS_VERBS, DIRECTIVE_VERB_LIST, REPORTING_VERBS } from './lexicon';
import { fullPlaceAt, isFullPlace, isShortPlace, placeAt, shortPlaceAt } from './places';
import { MultiSearch, nonOverlapping } from './multiSearch';
import { alternation, Claimed, isHan, sortSpans } from './text';

const SUFFIX = new RegExp(alternation(data.suffixes), 'g');
const SUFFIX_AT_END = new RegExp(`(?:${alternation(data.suffixes)})$`);
/** Suffixes too common in ordinary words (水厂, 人民银行) unless a region opens the name. */
const SUFFIX_NEEDS_REGION = new Set(['厂', '银行']);
const REGION = new RegExp(`(?:${alternation(data.regions)})(?:省|市|自治区|自治州|县|区)?`, 'g');
const INDUSTRY_OR_GENERIC = new RegExp(alternation([...data.industryWords, ...data.genericWords]), 'g');
const NON_COMPANY_MARK = new RegExp(alternation(data.nonCompanyMarks));
const NON_COMPANY_END = new RegExp(`(?:${alternation(data.nonCompanyEnds)})$`);
/** Words that open the phrase in which a company is named (在, 来到, 依托 …), not part of the name. */
const LEAD_WORDS = data.leadWords;
/** 今年一季度公司…: a time word ends the phrase before a company word. */
const TIME_WORD = new RegExp(alternation(data.timeWords), 'g');
/** A speaker's verb (赵某要求X集团…): the company is its object. It opens the name only at the start
 * of the run or after a speaker of two characters or more, so brands that contain it (新希望) stay whole. */
const SPEECH_VERBS = [...DIRECTIVE_VERB_LIST, ...REPORTING_VERBS, ...ADDRESS_VERBS].filter((v) => v.length > 1);
const SPEECH_VERB = new RegExp(`(?<=^|[\\u4e00-\\u9fff]{2})(?:${alternation(SPEECH_VERBS)})`, 'g');
const LEAD = new RegExp(`^(?:${alternation(LEAD_WORDS)})`);
const LEAD_ANYWHERE = new RegExp(`(?:${alternation(LEAD_WORDS.filter((w) => w.length > 1))})`, 'g');
/** 等 + a head saying the listed items are companies (or companies' projects); a verb phrase in between
 * (等要素将向重点项目) is not such a head. */
const LIST_HEAD = /^等(?!地)(?:[0-9０-９]{1,4}(?:家|户|个|批))?(?:(?![将向把被对为是了要])[\u4e00-\u9fff]){0,6}?(?:企业|公司|集团|项目|厂商|厂家|品牌)(?!负责人|家|代表|职工|员工|人员|高管|主要负责)/;
const NAME_CHAR = /[\u3400-\u9fffA-Za-z0-9]/;
/** Function characters never inside a company name: the name opens after the last of them. */
const FUNCTION_CHAR = /[了的是在把被这那该据说者要让已]/;
const LEGAL_FORM_END = new RegExp(`(?:${alternation(data.legalForms)})$`);
/** After an inner 集团/银行/公司, more name characters and a registered legal form continue the same
 * name (攀钢集团江油长城特殊钢有限公司, 商业银行城南支行, 商业银行股份有限公司). */
const CONTINUATION = new RegExp(`^([\\u4e00-\\u9fffA-Za-z0-9]{0,12}?)(?:${alternation(data.legalForms)})`);
/** Characters that join two names in a list, never found inside one name. */
const JOINING_CHAR = /[和与及同并或、]/;
/** Ends of a body or place (管委会, 大学, 审批局) that may stand before a conjunction. */
const BODY_BEFORE_JOIN = new RegExp(`(?:${alternation([...data.nonCompanyMarks, ...data.nonCompanyEnds, ...data.suffixes])})$`);

/** A conjunction ending the proper part joins two names; 和 after a numeral or a word of good
 * omen is a brand (六和, 万和, 协和). */
const TRAILING_CONJUNCTION = new RegExp(`(?:[与及或同]|(?<![${data.brandCharsBeforeHe}])和)$`);

/** What is left of a name once region, industry words and generic words are removed. */
function properPart(core: string): string {
  const rest = core.replace(INDUSTRY_OR_GENERIC, '').replace(/[^\u3400-\u9fff]/g, '');
  // 天和新能源: a two-character proper part ending in 和 is a brand; a conjunction joins longer names (长虹和).
  const joined = rest.length > 2 && TRAILING_CONJUNCTION.test(rest);
  return FUNCTION_CHAR.test(rest) || joined ? '' : rest;
}

/** The place that opens a name: a listed region (四川, 四川省), a division written in full (寿光市,
 * 鄂尔多斯市), or the short form of one (寿光农商银行) when a proper name still follows it. */
function regionPrefix(name: string): string {
  REGION.lastIndex = 0;
  const m = REGION.exec(name);
  let len = m && m.index === 0 ? m[0].length : 0;
  len = Math.max(len, fullPlaceAt(name, 0));
  let short = shortPlaceAt(name, 0);
  if (short && /^[省市县区州旗]/.test(name.slice(short))) short++;
  if (short > len && properPart(name.slice(short).replace(SUFFIX_AT_END, '')).length >= 2) len = short;
  return name.slice(0, len);
}

function stripLeadWords(s: string): string {
  let out = s;
  for (let m = LEAD.exec(out); m && m[0].length < out.length; m = LEAD.exec(out)) out = out.slice(m[0].length);
  return out;
}

/** Prepositions and common nouns that may stand right before a place that opens a company name. */
const PLACE_OPENER = /(?:辖区企业|辖区|企业|由|与|向|对|为|将|从)/g;
/** A place with its level (江州市, 临江县). */
const PLACE_WITH_LEVEL = /^[\u4e00-\u9fff]{2,3}?(?:省|市|县|区|州)/;

/** Does `rest` open with a place: a known region, a place with its level, or a lone level character (区城投)? */
function opensWithPlace(rest: string): boolean {
  REGION.lastIndex = 0;
  const region = REGION.exec(rest);
  if (region && region.index === 0) return true;
  return LEVEL_BEFORE_NAME.test(rest) || PLACE_WITH_LEVEL.test(rest);
}

/**
 * Where the name opens in the run of characters before a suffix: after the last phrase-opening
 * word or function character, then at a region (四川…) or a known company (华为…) if one follows.
 */
function openName(run: string, knownNames: readonly string[], listed = false): string {
  let cut = 0;
  LEAD_ANYWHERE.lastIndex = 0;
  for (let w = LEAD_ANYWHERE.exec(run); w; w = LEAD_ANYWHERE.exec(run)) {
    // 物业服务有限公司: a lead word that is also a trade, right before the suffix, is the company's trade.
    const end = w.index + w[0].length;
    if (end === run.length && INDUSTRY_WORDS.has(w[0])) continue;
    cut = end;
  }
  SPEECH_VERB.lastIndex = 0;
  for (let w = SPEECH_VERB.exec(run); w; w = SPEECH_VERB.exec(run)) cut = Math.max(cut, w.index + w[0].length);
  TIME_WORD.lastIndex = 0;
  for (let w = TIME_WORD.exec(run); w; w = TIME_WORD.exec(run)) cut = Math.max(cut, w.index + w[0].length);
  // 县属国有企业蠡州产业投资集团: a company word before the name classifies it; the name opens after.
  for (let k = run.indexOf('企业'); k >= 0; k = run.indexOf('企业', k + 1)) {
    if (!/^(?:管理|服务|咨询|发展)/.test(run.slice(k + 2))) cut = Math.max(cut, k + 2);
  }
  // 管委会和宏达集团: a conjunction after a body or place joins two names; the company opens after it.
  for (let k = cut; k < run.length; k++) {
    if (JOINING_CHAR.test(run[k]) && BODY_BEFORE_JOIN.test(run.slice(cut, k))) cut = k + 1;
  }
  // 重组后由区城投集团, 接受辖区企业江州鼎盛…: a preposition or a common noun right before a place
  // (a level character or a place with its level) ends the phrase; the company opens at the place.
  PLACE_OPENER.lastIndex = 0;
  for (let w = PLACE_OPENER.exec(run); w; w = PLACE_OPENER.exec(run)) {
    const end = w.index + w[0].length;
    if (end > cut && w.index > 0 && end < run.length - 1 && opensWithPlace(run.slice(end))) cut = end;
    PLACE_OPENER.lastIndex = w.index + 1;
  }
  for (let k = run.length - 1; k >= cut; k--) {
    if (FUNCTION_CHAR.test(run[k])) {
      cut = k + 1;
      break;
    }
  }
  // 及农行黑龙江省分行: a joining or leading character at the start opens the phrase as a lead word does.
  const unstripped = run.slice(cut);
  const rest = stripLeadWords(unstripped);
  if (rest !== unstripped) cut = run.length - rest.length;
  REGION.lastIndex = 0;
  const region = REGION.exec(rest);
  const regionAt = region ? region.index : -1;
  const knownAt = knownNames.map((n) => rest.indexOf(n)).filter((i) => i >= 0);
  const firstKnown = knownAt.length ? Math.min(...knownAt) : -1;
  if (regionAt >= 0 && (firstKnown < 0 || regionAt <= firstKnown)) {
    return isBrandBeforeRegion(rest.slice(0, regionAt), cut > 0 || listed) ? rest : rest.slice(regionAt);
  }
  if (firstKnown >= 0) return rest.slice(firstKnown);
  return stripLeadWords(rest);
}

/**
 * 华能绵阳热电有限责任公司: a short brand may stand before the region, when the run plainly opens
 * there (after 来到/在 … or a list comma) and the brand is neither generic words nor a place.
 */
function isBrandBeforeRegion(brand: string, opensHere: boolean): boolean {
  return (
    opensHere &&
    brand.length >= 2 &&
    brand.length <= 3 &&
    properPart(brand) === brand &&
    !NON_COMPANY_END.test(brand) &&
    !NON_COMPANY_MARK.test(brand)
  );
}

interface FullName {
  name: string;
  span: Span;
  core: string;
  /** The place opening the name when written in short form (安康 of 安康源健康管理有限公司), else ''. */
  shortPlace: string;
}

/** 市城投水务集团: a lone level character before a company is the speaker's own city or county
 * (the city's company), not part of the name; a place name with its level (绵阳市) is read as a region. */
const LEVEL_BEFORE_NAME = /^[省市县区州]/;

function dropLevelChar(window: string): string {
  return LEVEL_BEFORE_NAME.test(window) && !regionPrefix(window) && window.length > 2 ? window.slice(1) : window;
}

/** Where the name may open at the latest before `at`: after the last person's name that ends there or
 * before it (赵某要求中铁建设集团: the speaker is not part of the company). Asked with `at` rising, so
 * one pointer walks the persons once. */
class PersonFloor {
  private readonly ends: number[];
  private k = 0;
  private floor = 0;
  constructor(persons: readonly Span[]) {
    this.ends = persons.map((p) => p.end).sort((a, b) => a - b);
  }
  at(at: number): number {
    while (this.k < this.ends.length && this.ends[this.k] <= at) this.floor = this.ends[this.k++];
    return this.floor;
  }
}

/** A bank's branch (…分行, …支行) must name its bank (中国银行合肥分行, 农行寿光支行). */
const BANK_WORD = /银行|[农工建中交]行|农商行|信用社|信用联社/;
/** The central bank and its branches are government bodies, never companies. */
const CENTRAL_BANK = /人民银行/;
/** A quantifier or determiner inside a core: 一家互联网公司, 某科技公司 describe, they do not name. */
const INDEFINITE = /[一两几多某这那每该][家个所]|某/;

/** Length of a bracketed place ending at `end` (（常州） in 德瑞克精密机械（常州）有限公司), or 0. */
function bracketedPlaceBefore(text: string, end: number): number {
  if (!/[）)]/.test(text[end - 1] ?? '')) return 0;
  for (let open = end - 2; open >= 0 && end - open <= 10; open--) {
    if (!/[（(]/.test(text[open])) continue;
    const inner = text.slice(open + 1, end - 1);
    const place = placeAt(inner, 0) === inner.length || (REGION.lastIndex = 0, REGION.exec(inner)?.[0] === inner);
    return place ? end - open : 0;
  }
  return 0;
}

/** Full company names ending in a legal-form suffix. */
export function findFullNames(text: string, knownNames: readonly string[] = [], persons: readonly Span[] = []): FullName[] {
  const found: FullName[] = [];
  let floor = 0;
  const personFloor = new PersonFloor(persons);
  SUFFIX.lastIndex = 0;
  for (let m = SUFFIX.exec(text); m; m = SUFFIX.exec(text)) {
    let end = m.index + m[0].length;
    for (let more = continuationLength(text, end); more > 0; more = continuationLength(text, end)) end += more;
    SUFFIX.lastIndex = end;
    let start = m.index;
    const stop = Math.max(floor, personFloor.at(m.index));
    // The run of name characters before the suffix, with at most one bracketed place inside it.
    let bracket: Span | null = null;
    while (start > stop && m.index - start < 24) {
      const b: number = bracket ? 0 : bracketedPlaceBefore(text, start);
      if (b && start - b >= stop) {
        bracket = { start: start - b, end: start };
        start -= b;
      } else if (NAME_CHAR.test(text[start - 1]) && m.index - start < 20 + (bracket ? bracket.end - bracket.start : 0)) start--;
      else break;
    }
    const run = text.slice(start, m.index);
    const plain = bracket ? text.slice(start, bracket.start) + text.slice(bracket.end, m.index) : run;
    const window = dropLevelChar(openName(plain, knownNames, text[start - 1] === '、'));
    // Where the name opens in the text: the same cut, past the bracket if the cut lies beyond it.
    let cut = plain.length - window.length;
    if (bracket && cut > bracket.start - start) cut += bracket.end - bracket.start;
    const nameStart = start + cut;
    const name = text.slice(nameStart, end);
    const prefix = regionPrefix(window + m[0]);
    const core = window.slice(prefix.length);
    const suffix = m[0];
    const registered = LEGAL_FORM_END.test(name);
    if (CENTRAL_BANK.test(name)) {
      floor = end;
      continue;
    }
    const branch = /[分支]行$/.test(name);
    if (branch && !BANK_WORD.test(name.slice(0, -2))) continue;
    // 兴业银行泉州分行: a bank named with its branch needs no region.
    const namedBank = suffix === '银行' && (branch ? properPart(core).length >= 2 || prefix !== '' : prefix !== '');
    if (SUFFIX_NEEDS_REGION.has(suffix) && !prefix && !namedBank && !(suffix === '厂' && endsInTrade(core))) continue;
    // 5G全连接工厂: 工厂 is a plant, not a works named 工.
    if (suffix === '厂' && text[m.index - 1] === '工') continue;
    if (NON_COMPANY_MARK.test(core)) {
      floor = end;
      continue;
    }
    // 深圳一家互联网公司: an indefinite description, not a name.
    if (INDEFINITE.test(core)) continue;
    // 四川省投资集团有限责任公司: a region and a registered legal form make a company even when the
    // rest is only industry words; 大连银行, 中国银行合肥分行: a region names a bank.
    const regionalCompany = (registered && prefix !== '' && core.length > 0 && !FUNCTION_CHAR.test(core)) || (namedBank && prefix !== '');
    if (properPart(core).length < 2 && !regionalCompany) continue;
    const shortPlace = prefix && isShortPlace(prefix) ? prefix : '';
    found.push({ name, span: { start: nameStart, end }, core, shortPlace });
    floor = end;
  }
  return found;
}

/** Length of a name's continuation at `end` (see CONTINUATION), or 0. */
function continuationLength(text: string, end: number): number {
  const m = CONTINUATION.exec(text.slice(end, end + 24));
  if (!m) return 0;
  const middle = m[1];
  LEAD_ANYWHERE.lastIndex = 0;
  if (JOINING_CHAR.test(middle) || FUNCTION_CHAR.test(middle) || LEAD_ANYWHERE.test(middle)) return 0;
  return m[0].length;
}

const TRADE_END = new RegExp(`(?:${alternation(data.industryWords)})$`);
const INDUSTRY_WORDS = new Set(data.industryWords);

/** 宏远包装厂: a works named by a proper part then its trade is a company even without a region
 * (unlike 自来水厂, 污水处理厂). */
function endsInTrade(core: string): boolean {
  return TRADE_END.test(core);
}

/** Short forms of a full name: the core, then the core without its trailing industry words.
 * Each keeps a proper part of two characters or more (城市建设 → not 城市). */
function aliasCandidates(core: string, placesInText: ReadonlySet<string>, shortPlace = ''): string[] {
  const own = withoutTextPlace(core, placesInText);
  const trimmed = own === core ? allAliasCandidates(core) : [core, ...allAliasCandidates(own)];
  // 福寿康 for 福寿康养老服务: a shorter opening part of the core (the brand), longest first; a brand
  // may open with a place's short form (安康源 for 安康源健康管理), so those openings are kept too.
  const opening = (s: string) => Array.from({ length: Math.max(0, s.length - 2) }, (_, k) => s.slice(0, s.length - 1 - k));
  const placed = shortPlace ? opening(shortPlace + core).filter((c) => c.length > shortPlace.length) : [];
  const openings = [...opening(own), ...placed].filter((c) => c.length >= 3 && !PLACE_WITH_LEVEL.test(c) && placeAt(c, 0) < c.length);
  return [...new Set([...trimmed, ...openings])].filter((c) => properPart(c).length >= 2 && !COMMON_NOUNS.has(c));
}

/** 临江县鑫源矿业 → 鑫源矿业, 江州宏宇机械 → 宏宇机械 (when the text also names 江州市): a place
 * outside the region inventory opening a core. `placesInText` holds the two and three characters
 * before every level character of the text. */
function withoutTextPlace(core: string, placesInText: ReadonlySet<string>): string {
  const withLevel = PLACE_WITH_LEVEL.exec(core);
  if (withLevel && core.length - withLevel[0].length >= 2) return core.slice(withLevel[0].length);
  for (const len of [3, 2]) {
    const place = core.slice(0, len);
    if (core.length - len >= 2 && placesInText.has(place)) return core.slice(len);
  }
  return core;
}

/** The two and three characters before each level character (江州 of 江州市), in one pass. */
function placesBeforeLevels(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 2; i < text.length; i++) {
    if (!LEVEL_CHARS.includes(text[i])) continue;
    out.add(text.slice(i - 2, i));
    if (i >= 3) out.add(text.slice(i - 3, i));
  }
  return out;
}

const LEVEL_CHARS = ['省', '市', '县', '区', '州'];
const COMMON_NOUNS = new Set(data.commonNouns);

function allAliasCandidates(core: string): string[] {
  const out: string[] = [];
  let c = core;
  const trailing = TRADE_END;
  while (c.length >= 2) {
    out.push(c);
    const m = trailing.exec(c);
    if (!m || c.length - m[0].length < 2) break;
    c = c.slice(0, c.length - m[0].length);
  }
  return out;
}

function isCompanyItem(item: string): boolean {
  if (item.length < 2 || item.length > 12) return false;
  // A name with its suffix is the full-name reader's (and 有限责任公司 alone is a legal form).
  if (SUFFIX_AT_END.test(item)) return false;
  if (NON_COMPANY_MARK.test(item) || NON_COMPANY_END.test(item)) return false;
  if (!isHan(item[0]) && !/[A-Za-z]/.test(item[0])) return false;
  return properPart(item).length >= 2;
}

/** How far back a list of names may start before its 等 (a sentence, not the whole text). */
const LIST_REACH = 200;
const TRADE_WORDS = new Set(data.industryWords);
const TRADE_MAX = Math.max(...data.industryWords.map((w) => w.length));

const WEAK_TRADE_WORDS = new Set(data.weakTradeWords);

/** Trade words read from `at` on, longest first: the length they cover (机器人研发 → 3), or 0 when
 * they are only general ones (产业, 科技). */
function tradesFrom(s: string, at: number): number {
  let k = at;
  let strong = false;
  outer: while (k < s.length) {
    for (let len = Math.min(TRADE_MAX, s.length - k); len >= 2; len--) {
      const word = s.slice(k, k + len);
      if (TRADE_WORDS.has(word)) {
        strong ||= !WEAK_TRADE_WORDS.has(word);
        k += len;
        continue outer;
      }
    }
    break;
  }
  return strong ? k - at : 0;
}

const LOCATIVE_PLACE = /^[省市县区州镇乡村][里上内外中]/;

/** Is `brand` a proper name of 2–4 characters: no generic word, no function character, and no place
 * unless `placeOk` (a place's name used as a brand: 新泰精密科技 beside other companies)? */
function isBrand(brand: string, placeOk = false): boolean {
  if (brand.length < 2 || brand.length > 4 || !/^[\u4e00-\u9fff]+$/.test(brand)) return false;
  if (properPart(brand) !== brand || COMMON_NOUNS.has(brand) || NON_COMPANY_MARK.test(brand)) return false;
  // 村里, 县里, 镇上: a level character with a locative is where something happens, not a brand.
  if (LOCATIVE_PLACE.test(brand)) return false;
  return placeOk ? !isFullPlace(brand) : placeAt(brand, 0) === 0;
}

/** A short company name: a brand then trade words and nothing else (佳和食品包装, 沃德隆机械). */
export function isShortCompanyName(item: string, placeOk = false): boolean {
  for (let b = 2; b <= 4 && b < item.length; b++) {
    if (isBrand(item.slice(0, b), placeOk) && tradesFrom(item, b) === item.length - b) return true;
  }
  return false;
}

/** The short company names of one list: each item a brand and trades; an item whose brand is a place's
 * name counts when another item of the list is plainly a company (the list names one kind of thing). */
function shortNamesOfList(items: readonly string[]): string[] {
  const plain = items.filter((i) => isShortCompanyName(i));
  const anyCompany = plain.length > 0 || items.some((i) => SUFFIX_AT_END.test(i));
  return anyCompany ? items.filter((i) => isShortCompanyName(i, true)) : [];
}

/** The company opening a project's name (顺科机器人研发总部 → 顺科机器人, 华晟光伏N型电池片项目 → 华晟光伏). */
function companyOfProject(item: string): string | null {
  for (let b = 2; b <= 4 && b < item.length; b++) {
    const trades = tradesFrom(item, b);
    if (!trades || !isBrand(item.slice(0, b))) continue;
    const rest = item.slice(b + trades);
    // 智汇谷智能装备产业园: a park named after its trade, not a company.
    if (rest && (NON_COMPANY_MARK.test(rest.slice(0, 3)) || (rest.length <= 2 && NON_COMPANY_END.test(rest)))) return null;
    return item.slice(0, b + trades);
  }
  return null;
}

/** What is left of a list's first item after the words that open the phrase (先后走访了豫鑫纸业 → 豫鑫纸业). */
function afterLeadWords(item: string): string {
  let cut = 0;
  for (const re of [LEAD_ANYWHERE, SPEECH_VERB, TIME_WORD]) {
    re.lastIndex = 0;
    for (let w = re.exec(item); w; w = re.exec(item)) cut = Math.max(cut, w.index + w[0].length);
  }
  return stripLeadWords(item.slice(cut));
}

const LIST_END = /[，。；：！？,.;:!?\n“”"（）()]/;

/** The items of a list ending at `end` (before its 等), back to the clause's start. */
function listItemsBefore(text: string, end: number): string[] {
  let open = end;
  while (open > 0 && end - open < LIST_REACH && !LIST_END.test(text[open - 1])) open--;
  const items = text.slice(open, end).split(/、|以及/);
  items[0] = afterLeadWords(items[0]);
  return items;
}

/** Short names standing in a list whose head says they are companies, or projects named after them. */
export function findListedNames(text: string): string[] {
  const names = new Set<string>();
  for (let i = text.indexOf('等'); i >= 0; i = text.indexOf('等', i + 1)) {
    const head = LIST_HEAD.exec(text.slice(i, i + 16));
    if (!head) continue;
    const items = listItemsBefore(text, i);
    if (items.length < 2) continue;
    const projects = /项目$/.test(head[0]);
    // 等加工和物流企业: a head joining two kinds may also join other nouns (等要素和企业), so its items
    // must look like companies of their own (brand and trade).
    const joinedHead = /[和与及]/.test(head[0]);
    for (const item of items) {
      if (isPlaceItem(item) || (joinedHead && !isShortCompanyName(item))) continue;
      // In a list of projects the company opens each item (晶科光伏, 金瑞德精密年产…项目).
      const name = isCompanyItem(item) && (!projects || item.length <= 6) ? item : projects ? companyOfProject(item) : null;
      if (name) names.add(name);
    }
  }
  // 包括顺科机器人研发总部、…等: projects listed after 包括 in a sentence about projects.
  for (let i = text.indexOf('包括'); i >= 0; i = text.indexOf('包括', i + 2)) {
    if (!text.slice(Math.max(0, i - 20), i).includes('项目')) continue;
    let end = i + 2;
    while (end < text.length && end - i < LIST_REACH && !LIST_END.test(text[end]) && text[end] !== '等') end++;
    for (const item of text.slice(i + 2, end).split('、')) {
      const name = companyOfProject(item);
      if (name && !isPlaceItem(item)) names.add(name);
    }
  }
  for (const name of findVisitedNames(text)) names.add(name);
  return [...names];
}

/** A list item that is a place (江苏, 浙江 in 销往江苏、浙江等地的企业). */
function isPlaceItem(item: string): boolean {
  return placeAt(item, 0) === item.length;
}

const VISIT = new RegExp(alternation(data.visitVerbs), 'g');

/** Short names after a verb of visiting: 先后来到佳和食品包装、新泰精密科技，; 在瑞丰汽车，. */
export function findVisitedNames(text: string): string[] {
  const names: string[] = [];
  VISIT.lastIndex = 0;
  for (let m = VISIT.exec(text); m; m = VISIT.exec(text)) {
    let at = m.index + m[0].length;
    if (text[at] === '了') at++;
    let end = at;
    while (end < text.length && end - at < 80 && !LIST_END.test(text[end]) && text[end] !== '等') end++;
    const items = text.slice(at, end).split(/、|以及/);
    // 在 opens one name, closed by a comma (在豫鑫纸业，企业负责人介绍).
    if (m[0] === '在' && (items.length > 1 || !/[，,]/.test(text[end] ?? ''))) continue;
    names.push(...shortNamesOfList(items));
  }
  return names;
}

export interface EnterpriseOptions {
  knownEnterprises?: string[];
  /** Where people's names were found: no company name runs into one or overlaps one (钟建华为 is not 华为). */
  personSpans?: Span[];
}

/** Every mention of every candidate name, found in one pass over the text. */
class Mentions {
  private readonly byName = new Map<string, Span[]>();
  constructor(text: string, names: Iterable<string>) {
    const words = [...new Set(names)].filter(Boolean);
    const spans = new MultiSearch(words).spansByWord(text);
    words.forEach((w, k) => this.byName.set(w, nonOverlapping(spans[k])));
  }
  /** Mentions of `name` that are not inside an already taken span. */
  free(name: string, taken: Claimed): Span[] {
    return (this.byName.get(name) ?? []).filter((s) => taken.isFree(s));
  }
}

export function findEnterprises(text: string, options: EnterpriseOptions = {}): Enterprise[] {
  const result: Enterprise[] = [];
  const byName = new Map<string, Enterprise>();
  const persons = options.personSpans ?? [];
  // People's names are taken first: a brand or short name inside one is not a company.
  const taken = new Claimed(text.length);
  for (const p of persons) taken.claim(p);
  /** Every name or alias already given to a company. */
  const given = new Set<string>();
  const add = (e: Enterprise) => {
    result.push(e);
    byName.set(e.name, e);
    given.add(e.name);
  };
  const addAlias = (e: Enterprise, alias: string, spans: Span[]) => {
    e.aliases.push(alias);
    e.spans.push(...spans);
    given.add(alias);
  };

  // Candidates: well-known and user names present in the text, full names, their short forms.
  const curated = [...data.wellKnown, ...(options.knownEnterprises ?? [])].filter(Boolean);
  const curatedSpans = new MultiSearch(curated).spansByWord(text);
  const knownNames = curated.filter((_, k) => curatedSpans[k].length > 0);
  // Each full name once (a long report repeats its companies in every paragraph).
  const seenNames = new Set<string>();
  const fulls = findFullNames(text, knownNames, persons).filter((f) => !seenNames.has(f.name) && seenNames.add(f.name));
  const placesInText = placesBeforeLevels(text);
  const aliasesOf = new Map(fulls.map((f) => [f, aliasCandidates(f.core, placesInText, f.shortPlace)]));
  const listed = findListedNames(text);
  const shortNames = [...new Set([...listed, ...knownNames])].sort((a, b) => b.length - a.length);
  const mentions = new Mentions(text, [...fulls.map((f) => f.name), ...[...aliasesOf.values()].flat(), ...shortNames]);

  // 1. Full names, each with every mention of it.
  // A registered legal form names the company; 宏达集团 before 宏达集团有限公司 is its short form.
  const byForm = [...fulls].sort((a, b) => Number(LEGAL_FORM_END.test(b.name)) - Number(LEGAL_FORM_END.test(a.name)));
  /** Full names already listed, by the short forms of their cores (京东方 → 京东方科技集团股份有限公司). */
  const ownerByCore = new Map<string, FullName>();
  /** Registered names by every part of their cores (雪松旅游 → 延边长白雪松旅游开发有限公司). */
  const ownerByPart = new Map<string, FullName>();
  const registeredAbbreviations = new Abbreviations(fulls.filter((f) => LEGAL_FORM_END.test(f.name)).map((f) => f.name));
  for (const f of byForm) {
    if (given.has(f.name)) continue;
    const spans = mentions.free(f.name, taken);
    for (const sp of spans) taken.claim(sp);
    // 京东方集团 after 京东方科技集团股份有限公司: another legal form of a company already named;
    // 雪松旅游公司, 岐黄饮片公司: a plain 公司 form made of a part or an abbreviation of one.
    const registered = LEGAL_FORM_END.test(f.name);
    let owner = ownerByCore.get(f.core);
    if (!owner && !registered && properPart(f.core).length >= 2) {
      const full = ownerByPart.get(f.core) ?? registeredAbbreviations.fullOf(f.core);
      owner = full === undefined ? undefined : typeof full === 'string' ? fulls.find((o) => o.name === full) : full;
    }
    const enterprise = owner && owner !== f ? byName.get(owner.name) : undefined;
    if (enterprise) addAlias(enterprise, f.name, spans);
    else {
      add({ name: f.name, aliases: [], spans });
      for (const c of allAliasCandidates(f.core)) if (!ownerByCore.has(c)) ownerByCore.set(c, f);
      if (registered) for (const part of partsOf(f.core)) if (!ownerByPart.has(part)) ownerByPart.set(part, f);
    }
  }
  // 2. Short forms of the full names that recur on their own (天府软件 after 成都天府软件股份有限公司).
  for (const f of fulls) {
    const enterprise = byName.get(f.name);
    if (!enterprise) continue;
    for (const alias of aliasesOf.get(f) ?? []) {
      if (given.has(alias)) continue;
      // An opening part must stand alone: 福寿 followed by 康 is the longer form.
      const next = f.core[f.core.indexOf(alias) + alias.length];
      const spans = mentions.free(alias, taken).filter((s) => !isPlaceContinuation(text, s) && (next === undefined || text[s.end] !== next));
      if (!spans.length) continue;
      addAlias(enterprise, alias, spans);
      for (const sp of spans) taken.claim(sp);
    }
  }
  // 3. Names from lists of companies and from the curated and user lists; longer names first.
  const abbreviated = new Abbreviations(fulls.map((f) => f.name));
  for (const name of shortNames) {
    if (given.has(name)) continue;
    const spans = mentions.free(name, taken);
    if (!spans.length) continue;
    for (const sp of spans) taken.claim(sp);
    // 珠玑纸业 for 南雄市雄州珠玑纸业有限公司: an abbreviation, or a part of four characters or more.
    const full = abbreviated.fullOf(name) ?? (name.length >= 4 ? ownerByPart.get(name)?.name : undefined);
    const enterprise = full !== undefined ? byName.get(full) : undefined;
    if (enterprise) addAlias(enterprise, name, spans);
    else add({ name, aliases: [], spans });
  }
  for (const e of result) sortSpans(e.spans);
  // A name whose every mention lies inside a longer one (a person's, another company's) is not listed.
  return result.filter((e) => e.spans.length > 0).sort((a, b) => a.spans[0].start - b.spans[0].start);
}

/** Every part of a core of two to eight characters (a bounded number per name). */
function partsOf(core: string): string[] {
  const parts: string[] = [];
  for (let i = 0; i < core.length; i++) for (let len = 2; len <= 8 && i + len <= core.length; len++) parts.push(core.slice(i, i + len));
  return parts;
}

/** Full names indexed by the characters that open their parts, for `abbreviates` lookups. */
class Abbreviations {
  private readonly byOpening = new Map<string, string[]>();
  constructor(fulls: readonly string[]) {
    for (const full of fulls) {
      for (const start of segmentStarts(full)) {
        const ch = full[start];
        if (ch === undefined) continue;
        const list = this.byOpening.get(ch) ?? [];
        if (!list.includes(full)) list.push(full);
        this.byOpening.set(ch, list);
      }
    }
  }
  /** The first full name (in text order) that `short` abbreviates. */
  fullOf(short: string): string | undefined {
    return (this.byOpening.get(short[0]) ?? []).find((f) => abbreviates(short, f));
  }
}

/** 天府 in 天府新区 / 天府大道 is a place, not the company 天府软件. */
function isPlaceContinuation(text: string, span: Span): boolean {
  return /^(?:新区|区|县|市|镇|乡|村|路|街|大道|广场|园|片区|产业园|机场|站)/.test(text.slice(span.end, span.end + 4));
}


/** Where a part of a full name may open: its start, after a region or after an inner 集团/公司/银行. */
function segmentStarts(full: string): number[] {
  const starts = new Set([0, regionPrefix(full).length]);
  REGION.lastIndex = 0;
  for (let m = REGION.exec(full); m; m = REGION.exec(full)) starts.add(m.index + m[0].length);
  for (const word of ['集团', '公司', '银行']) {
    for (let i = full.indexOf(word); i >= 0; i = full.indexOf(word, i + 1)) starts.add(i + word.length);
  }
  return [...starts];
}

/**
 * Is `short` an abbreviation of `full`? 东汽 for 东方电气集团东方汽轮机有限公司, 长城特钢 for
 * 攀钢集团江油长城特殊钢有限公司: the short name's characters in order within one part of the full
 * name, its first character opening that part.
 */
export function abbreviates(short: string, full: string): boolean {
  const chars = Array.from(short);
  if (chars.length < 2 || short === full) return false;
  return segmentStarts(full).some((start) => {
    if (full[start] !== chars[0]) return false;
    const part = full.slice(start, start + chars.length * 3);
    let at = 0;
    for (const ch of chars) {
      const found = part.indexOf(ch, at);
      if (found < 0) return false;
      at = found + 1;
    }
    return true;
  });
}
