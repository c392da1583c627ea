/**
 * Enterprises: full names read by company grammar (region + core + industry word + legal form:
 * 四川长虹电源公司), short names that stand in a list of companies or company projects
 * (依托长虹、京东方、…等龙头企业), short forms of a full name that recur (aliases), and
 * well-known companies from assets/entities/companies.json plus the user's own list.
 */
import data from '../../assets/entities/companies.json';
import type { Enterprise, Span } from '../types';
import { alternation, isHan, occurrences, overlaps, sortSpans } from './text';

const SUFFIX = new RegExp(alternation(data.suffixes), 'g');
/** Suffixes too common in ordinary words (水厂, 人民银行) unless a region opens the name. */
const SUFFIX_NEEDS_REGION = new Set(['厂', '银行']);
const REGION = new RegExp(`(?:${alternation(data.regions)})(?:省|市|自治区|自治州|县|区)?`, 'g');
const INDUSTRY_OR_GENERIC = new RegExp(alternation([...data.industryWords, ...data.genericWords]), 'g');
const NON_COMPANY_MARK = new RegExp(alternation(data.nonCompanyMarks));
const NON_COMPANY_END = new RegExp(`(?:${alternation(data.nonCompanyEnds)})$`);
/** Words that open the phrase in which a company is named (在, 来到, 依托 …), not part of the name. */
const LEAD_WORDS = [
  '来到', '走进', '前往', '深入', '参观', '调研', '考察', '察看', '走访', '视察', '位于', '来自', '包括',
  '依托', '依靠', '围绕', '引进', '培育', '支持', '推动', '聚焦', '通过', '借助', '利用', '携手',
  '吸引', '落户', '入驻', '会见', '会同', '签约', '签署', '看望', '慰问', '检查', '督导', '召开', '举行', '成立',
  '组建', '收购', '牵头', '带动', '帮助', '指导', '服务', '拜访', '对接', '洽谈', '会谈', '座谈', '先后', '分别', '以及', '其中', '如', '像', '在', '到', '赴', '与', '和', '同',
  '是', '的', '了', '对', '向', '从', '由', '及', '把', '将', '为', '有', '以', '等', '并', '还', '也',
];
const LEAD = new RegExp(`^(?:${alternation(LEAD_WORDS)})`);
const LEAD_ANYWHERE = new RegExp(`(?:${alternation(LEAD_WORDS.filter((w) => w.length > 1))})`, 'g');
/** 等 + a head saying the listed items are companies (or companies' projects). */
const LIST_HEAD = /^等[\u4e00-\u9fff]{0,6}?(?:企业|公司|集团|项目|厂商|厂家|品牌)(?!负责人|家|代表|职工|员工|人员|高管|主要负责)/;
const NAME_CHAR = /[\u3400-\u9fffA-Za-z0-9]/;
/** Function characters never inside a company name: the name opens after the last of them. */
const FUNCTION_CHAR = /[了的是在把被这那该据说]/;

/** What is left of a name once region, industry words and generic words are removed. */
function properPart(core: string): string {
  const rest = core.replace(INDUSTRY_OR_GENERIC, '').replace(/[^\u3400-\u9fff]/g, '');
  return FUNCTION_CHAR.test(rest) || /[和与及或同]$/.test(rest) ? '' : rest;
}

function regionPrefix(name: string): string {
  REGION.lastIndex = 0;
  const m = REGION.exec(name);
  return m && m.index === 0 ? m[0] : '';
}

function stripLeadWords(s: string): string {
  let out = s;
  for (let m = LEAD.exec(out); m && m[0].length < out.length; m = LEAD.exec(out)) out = out.slice(m[0].length);
  return out;
}

/**
 * Where the name opens in the run of characters before a suffix: after the last phrase-opening
 * word or function character, then at a region (四川…) or a known company (华为…) if one follows.
 */
function openName(run: string, knownNames: readonly string[]): string {
  let cut = 0;
  LEAD_ANYWHERE.lastIndex = 0;
  for (let w = LEAD_ANYWHERE.exec(run); w; w = LEAD_ANYWHERE.exec(run)) cut = w.index + w[0].length;
  for (let k = run.length - 1; k >= cut; k--) {
    if (FUNCTION_CHAR.test(run[k])) {
      cut = k + 1;
      break;
    }
  }
  const rest = run.slice(cut);
  REGION.lastIndex = 0;
  const region = REGION.exec(rest);
  const regionAt = region ? region.index : -1;
  const knownAt = knownNames.map((n) => rest.indexOf(n)).filter((i) => i >= 0);
  const firstKnown = knownAt.length ? Math.min(...knownAt) : -1;
  if (regionAt >= 0 && (firstKnown < 0 || regionAt <= firstKnown)) return rest.slice(regionAt);
  if (firstKnown >= 0) return rest.slice(firstKnown);
  return stripLeadWords(rest);
}

interface FullName {
  name: string;
  span: Span;
  core: string;
}

/** Full company names ending in a legal-form suffix. */
export function findFullNames(text: string, knownNames: readonly string[] = []): FullName[] {
  const found: FullName[] = [];
  let floor = 0;
  SUFFIX.lastIndex = 0;
  for (let m = SUFFIX.exec(text); m; m = SUFFIX.exec(text)) {
    const end = m.index + m[0].length;
    let start = m.index;
    while (start > floor && m.index - start < 20 && NAME_CHAR.test(text[start - 1])) start--;
    const window = openName(text.slice(start, m.index), knownNames);
    const name = window + m[0];
    const prefix = regionPrefix(name);
    const core = window.slice(prefix.length);
    const suffix = m[0];
    if (SUFFIX_NEEDS_REGION.has(suffix) && !prefix) continue;
    if (NON_COMPANY_MARK.test(core) || properPart(core).length < 2) continue;
    const nameStart = m.index - window.length;
    found.push({ name, span: { start: nameStart, end }, core });
    floor = end;
  }
  return found;
}

/** Short forms of a full name: the core, then the core without its trailing industry words. */
function aliasCandidates(core: string): string[] {
  const out: string[] = [];
  let c = core;
  const trailing = new RegExp(`(?:${alternation(data.industryWords)})$`);
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
  if (NON_COMPANY_MARK.test(item) || NON_COMPANY_END.test(item)) return false;
  if (!isHan(item[0]) && !/[A-Za-z]/.test(item[0])) return false;
  return properPart(item).length >= 2;
}

/** Short names standing in a list whose head says they are companies. */
export function findListedNames(text: string): string[] {
  const names: string[] = [];
  for (let i = text.indexOf('等'); i >= 0; i = text.indexOf('等', i + 1)) {
    if (!LIST_HEAD.test(text.slice(i, i + 16))) continue;
    let open = i;
    while (open > 0 && !/[，。；：！？,.;:!?\n“”"（）()]/.test(text[open - 1])) open--;
    const items = text.slice(open, i).split('、');
    if (items.length < 2) continue;
    items[0] = stripLeadWords(items[0]);
    for (const item of items) if (isCompanyItem(item) && !names.includes(item)) names.push(item);
  }
  return names;
}

/** Mentions of `name` that are not inside an already taken span. */
function freeMentions(text: string, name: string, taken: Span[]): Span[] {
  return occurrences(text, name).filter((s) => !taken.some((t) => overlaps(t, s)));
}

export interface EnterpriseOptions {
  knownEnterprises?: string[];
}

export function findEnterprises(text: string, options: EnterpriseOptions = {}): Enterprise[] {
  const result: Enterprise[] = [];
  const taken: Span[] = [];
  const known = (name: string) => result.some((e) => e.name === name || e.aliases.includes(name));

  // 1. Full names, each with every mention of it.
  const knownNames = [...data.wellKnown, ...(options.knownEnterprises ?? [])].filter((n) => n && text.includes(n));
  const fulls = findFullNames(text, knownNames);
  for (const f of fulls) {
    if (known(f.name)) continue;
    const spans = freeMentions(text, f.name, taken);
    taken.push(...spans);
    result.push({ name: f.name, aliases: [], spans });
  }
  // 2. Short forms of the full names that recur on their own (天府软件 after 成都天府软件股份有限公司).
  for (const f of fulls) {
    const enterprise = result.find((e) => e.name === f.name);
    if (!enterprise) continue;
    for (const alias of aliasCandidates(f.core)) {
      if (known(alias)) continue;
      const spans = freeMentions(text, alias, taken).filter((s) => !isPlaceContinuation(text, s));
      if (!spans.length) continue;
      enterprise.aliases.push(alias);
      enterprise.spans.push(...spans);
      taken.push(...spans);
    }
  }
  // 3. Names from lists of companies and from the curated and user lists; longer names first.
  const listed = findListedNames(text);
  const shortNames = [...new Set([...listed, ...knownNames])].sort((a, b) => b.length - a.length);
  for (const name of shortNames) {
    if (known(name)) continue;
    const spans = freeMentions(text, name, taken);
    if (!spans.length) continue;
    taken.push(...spans);
    result.push({ name, aliases: [], spans });
  }
  for (const e of result) sortSpans(e.spans);
  return result.sort((a, b) => a.spans[0].start - b.spans[0].start);
}

/** 天府 in 天府新区 / 天府大道 is a place, not the company 天府软件. */
function isPlaceContinuation(text: string, span: Span): boolean {
  return /^(?:新区|区|县|市|镇|乡|村|路|街|大道|广场|园|片区|产业园|机场|站)/.test(text.slice(span.end, span.end + 4));
}

