/**
 * Full company names read back from a legal-form suffix (有限公司, 集团, 银行 …): where the name
 * opens in the run before it, a bracketed place inside it (X（常州）有限公司), continuations after
 * an inner 集团/银行 (…集团…有限公司, …银行…分行), and what makes it a company at all.
 */
import type { Span } from '../types';
import {
  CONTINUATION,
  FUNCTION_CHAR,
  JOINING_CHAR,
  LEAD_ANYWHERE,
  LEGAL_FORM_END,
  NAME_CHAR,
  NON_COMPANY_MARK,
  REGION,
  SUFFIX,
  SUFFIX_NEEDS_REGION,
  dropLevelChar,
  endsInTrade,
  openName,
  properPart,
  regionPrefix,
} from './companyGrammar';
import { isShortPlace, placeAt } from './places';

export interface FullName {
  name: string;
  span: Span;
  core: string;
  /** The place opening the name when written in short form (安康 of 安康源健康管理有限公司), else ''. */
  shortPlace: string;
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

/** Does a run at `at` open a list item or a clause (国网山西省电力公司要…: the brand opens it)? */
function opensClause(text: string, at: number): boolean {
  return at === 0 || CLAUSE_OPENERS.includes(text[at - 1]);
}
const CLAUSE_OPENERS = '、，。；：！？\n“（';

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
    const window = dropLevelChar(openName(plain, knownNames, opensClause(text, start)));
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
