/**
 * Short company names without a suffix: in lists whose head says they are companies (等企业),
 * after a verb of visiting (先后来到佳和食品包装、新泰精密科技), and opening a listed project
 * (包括顺科机器人研发总部). A short name is a brand of two to four characters and trade words.
 */
import data from '../../assets/entities/companies.json';
import {
  LEAD_ANYWHERE,
  LIST_HEAD,
  NON_COMPANY_END,
  NON_COMPANY_MARK,
  SPEECH_VERB,
  SUFFIX_AT_END,
  TIME_WORD,
  properPart,
  stripLeadWords,
  COMMON_NOUNS,
} from './companyGrammar';
import { isFullPlace, placeAt } from './places';
import { alternation, isHan } from './text';

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
  // 三一重工、中联重科和山河智能等: the last two items of a list are joined by 和 (not a brand's 和: 六和).
  if (items.length >= 2) items.push(...splitJoined(items.pop()!));
  return items;
}

function splitJoined(item: string): string[] {
  for (let k = 2; k <= item.length - 2; k++) {
    if (!'和与及'.includes(item[k])) continue;
    if (item[k] === '和' && BRAND_BEFORE_HE.includes(item[k - 1])) continue;
    return [item.slice(0, k), item.slice(k + 1)];
  }
  return [item];
}
const BRAND_BEFORE_HE: string = data.brandCharsBeforeHe;

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
    // 走访了恒瑞达精密、晶迈半导体和同舟新材: the last two items joined by 和.
    if (items.length >= 2) items.push(...splitJoined(items.pop()!));
    // 在 opens one name, closed by a comma (在豫鑫纸业，企业负责人介绍).
    if (m[0] === '在' && (items.length > 1 || !/[，,]/.test(text[end] ?? ''))) continue;
    names.push(...shortNamesOfList(items));
  }
  return names;
}
