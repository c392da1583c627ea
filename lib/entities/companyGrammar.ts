/**
 * The company-name grammar shared by the enterprise readers: suffixes and legal forms, the words
 * that open the phrase a name stands in (在, 来到, 依托 …), what is left of a name once places,
 * trade words and generic words are removed (its proper part), the place that opens a name.
 * Data from assets/entities/companies.json and the division table.
 */
import data from '../../assets/entities/companies.json';
import { ADDRESS_VERBS, DIRECTIVE_VERB_LIST, REPORTING_VERBS } from './lexicon';
import { fullPlaceAt, shortPlaceAt } from './places';
import { alternation } from './text';

export const SUFFIX = new RegExp(alternation(data.suffixes), 'g');
export const SUFFIX_AT_END = new RegExp(`(?:${alternation(data.suffixes)})$`);
/** Suffixes too common in ordinary words (水厂, 人民银行) unless a region opens the name. */
export const SUFFIX_NEEDS_REGION = new Set(['厂', '银行']);
export const REGION = new RegExp(`(?:${alternation(data.regions)})(?:省|市|自治区|自治州|县|区)?`, 'g');
export const INDUSTRY_OR_GENERIC = new RegExp(alternation([...data.industryWords, ...data.genericWords]), 'g');
export const NON_COMPANY_MARK = new RegExp(alternation(data.nonCompanyMarks));
export const NON_COMPANY_END = new RegExp(`(?:${alternation(data.nonCompanyEnds)})$`);
/** Words that open the phrase in which a company is named (在, 来到, 依托 …), not part of the name. */
export const LEAD_WORDS = data.leadWords;
/** 今年一季度公司…: a time word ends the phrase before a company word. */
export const TIME_WORD = new RegExp(alternation(data.timeWords), 'g');
/** A speaker's verb (赵某要求X集团…): the company is its object. It opens the name only at the start
 * of the run or after a speaker of two characters or more, so brands that contain it (新希望) stay whole. */
export const SPEECH_VERBS = [...DIRECTIVE_VERB_LIST, ...REPORTING_VERBS, ...ADDRESS_VERBS].filter((v) => v.length > 1);
export const SPEECH_VERB = new RegExp(`(?<=^|[\\u4e00-\\u9fff]{2})(?:${alternation(SPEECH_VERBS)})`, 'g');
export const LEAD = new RegExp(`^(?:${alternation(LEAD_WORDS)})`);
export const LEAD_ANYWHERE = new RegExp(`(?:${alternation(LEAD_WORDS.filter((w) => w.length > 1))})`, 'g');
/** 等 + a head saying the listed items are companies (or companies' projects); a verb phrase in between
 * (等要素将向重点项目) is not such a head. */
export const LIST_HEAD = /^等(?!地)(?:[0-9０-９]{1,4}(?:家|户|个|批))?(?:(?![将向把被对为是了要])[\u4e00-\u9fff]){0,6}?(?:企业|公司|集团|项目|厂商|厂家|品牌)(?!负责人|家|代表|职工|员工|人员|高管|主要负责)/;
export const NAME_CHAR = /[\u3400-\u9fffA-Za-z0-9]/;
/** Function characters (and pronouns) never inside a company name: the name opens after the last of them. */
export const FUNCTION_CHAR = /[了的是在把被这那该据说者要让已他她它]/;
export const LEGAL_FORM_END = new RegExp(`(?:${alternation(data.legalForms)})$`);
/** After an inner 集团/银行/公司, more name characters and a registered legal form continue the same
 * name (攀钢集团江油长城特殊钢有限公司, 商业银行城南支行, 商业银行股份有限公司). */
export const CONTINUATION = new RegExp(`^([\\u4e00-\\u9fffA-Za-z0-9]{0,12}?)(?:${alternation(data.legalForms)})`);
/** Characters that join two names in a list, never found inside one name. */
export const JOINING_CHAR = /[和与及同并或、]/;
/** Ends of a body or place (管委会, 大学, 审批局) that may stand before a conjunction. */
export const BODY_BEFORE_JOIN = new RegExp(`(?:${alternation([...data.nonCompanyMarks, ...data.nonCompanyEnds, ...data.suffixes])})$`);

/** A conjunction ending the proper part joins two names; 和 after a numeral or a word of good
 * omen is a brand (六和, 万和, 协和). */
export const TRAILING_CONJUNCTION = new RegExp(`(?:[与及或同]|(?<![${data.brandCharsBeforeHe}])和)$`);

/** 7家子公司, 十余家企业: a count of companies is no part of a name. */
const COUNTED = /[0-9０-９一二三四五六七八九十百千万几多余]+家/g;

/** What is left of a name once region, industry words and generic words are removed. */
export function properPart(core: string): string {
  const rest = core.replace(COUNTED, '').replace(INDUSTRY_OR_GENERIC, '').replace(/[^\u3400-\u9fff]/g, '');
  // 天和新能源: a two-character proper part ending in 和 is a brand; a conjunction joins longer names (长虹和).
  const joined = rest.length > 2 && TRAILING_CONJUNCTION.test(rest);
  return FUNCTION_CHAR.test(rest) || joined ? '' : rest;
}

/** The place that opens a name: a listed region (四川, 四川省), a division written in full (寿光市,
 * 鄂尔多斯市), or the short form of one (寿光农商银行) when a proper name still follows it. */
export function regionPrefix(name: string): string {
  REGION.lastIndex = 0;
  const m = REGION.exec(name);
  let len = m && m.index === 0 ? m[0].length : 0;
  len = Math.max(len, fullPlaceAt(name, 0));
  let short = shortPlaceAt(name, 0);
  if (short && /^[省市县区州旗]/.test(name.slice(short))) short++;
  if (short > len && properPart(name.slice(short).replace(SUFFIX_AT_END, '')).length >= 2) len = short;
  return name.slice(0, len);
}

export function stripLeadWords(s: string): string {
  let out = s;
  for (let m = LEAD.exec(out); m && m[0].length < out.length; m = LEAD.exec(out)) out = out.slice(m[0].length);
  return out;
}

/** Prepositions and common nouns that may stand right before a place that opens a company name. */
export const PLACE_OPENER = /(?:辖区企业|辖区|企业|由|与|向|对|为|将|从)/g;
/** A place with its level (江州市, 临江县). */
export const PLACE_WITH_LEVEL = /^[\u4e00-\u9fff]{2,3}?(?:省|市|县|区|州)/;

/** Does `rest` open with a place: a known region, a place with its level, or a lone level character (区城投)? */
export function opensWithPlace(rest: string): boolean {
  REGION.lastIndex = 0;
  const region = REGION.exec(rest);
  if (region && region.index === 0) return true;
  return LEVEL_BEFORE_NAME.test(rest) || PLACE_WITH_LEVEL.test(rest);
}

/**
 * Where the name opens in the run of characters before a suffix: after the last phrase-opening
 * word or function character, then at a region (四川…) or a known company (华为…) if one follows.
 */
export function openName(run: string, knownNames: readonly string[], listed = false): string {
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
  let rest = stripLeadWords(unstripped);
  if (rest !== unstripped) cut = run.length - rest.length;
  // 青篁科技和安吉鼎泰竹木制品: a short name that ends in its trade, joined to the next name.
  for (let k = 3; k < rest.length - 4; k++) {
    if (!JOINING_CHAR.test(rest[k]) || rest[k] === '、') continue;
    if (TRADE_END.test(rest.slice(0, k))) {
      rest = rest.slice(k + 1);
      break;
    }
  }
  // 阿里巴巴和浙江吉利控股集团: a known company joined to what follows is a name of its own.
  for (const known of knownNames) {
    for (let k = rest.indexOf(known); k >= 0; k = rest.indexOf(known, k + 1)) {
      const after = k + known.length;
      if (after < rest.length - 1 && JOINING_CHAR.test(rest[after])) {
        rest = rest.slice(after + 1);
        break;
      }
    }
  }
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
export function isBrandBeforeRegion(brand: string, opensHere: boolean): boolean {
  return (
    opensHere &&
    brand.length >= 2 &&
    brand.length <= 3 &&
    properPart(brand) === brand &&
    !NON_COMPANY_END.test(brand) &&
    !NON_COMPANY_MARK.test(brand)
  );
}

/** 市城投水务集团: a lone level character before a company is the speaker's own city or county
 * (the city's company), not part of the name; a place name with its level (绵阳市) is read as a region. */
export const LEVEL_BEFORE_NAME = /^[省市县区州]/;

export function dropLevelChar(window: string): string {
  return LEVEL_BEFORE_NAME.test(window) && !regionPrefix(window) && window.length > 2 ? window.slice(1) : window;
}

export const TRADE_END = new RegExp(`(?:${alternation(data.industryWords)})$`);
export const INDUSTRY_WORDS = new Set(data.industryWords);

/** 宏远包装厂: a works named by a proper part then its trade is a company even without a region
 * (unlike 自来水厂, 污水处理厂). */
export function endsInTrade(core: string): boolean {
  return TRADE_END.test(core);
}

/** Common nouns that may make up a state company's core (城市建设, 交通投资): never a short name alone. */
export const COMMON_NOUNS: ReadonlySet<string> = new Set(data.commonNouns);
