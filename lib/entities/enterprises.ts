/**
 * Enterprises: full names read by the company grammar (fullNames.ts: region + core + industry word
 * + legal form, 四川长虹电源公司), short names in lists, visits and projects (companyLists.ts),
 * short forms of a full name that recur (aliases, here), and well-known companies from
 * assets/entities/companies.json plus the user's own list. Every candidate is searched in one pass.
 */
import data from '../../assets/entities/companies.json';
import type { Enterprise, Span } from '../types';
import { COMMON_NOUNS, LEGAL_FORM_END, PLACE_WITH_LEVEL, properPart, REGION, regionPrefix, TRADE_END } from './companyGrammar';
import { findListedNames } from './companyLists';
import { findFullNames, type FullName } from './fullNames';
import { MultiSearch, nonOverlapping } from './multiSearch';
import { placeAt } from './places';
import { Claimed, sortSpans } from './text';

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
  const longerAbbreviated = new Abbreviations(fulls.map((f) => f.name));
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
    // 工行合肥分行 after 中国工商银行合肥分行: the same branch with its brand written short.
    if (!owner && registered) owner = sameBranchAbbreviated(f, fulls, longerAbbreviated);
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
  /** The first full name (in text order) that `short` abbreviates, other than `except`. */
  fullOf(short: string, except?: string): string | undefined {
    return (this.byOpening.get(short[0]) ?? []).find((f) => f !== except && abbreviates(short, f));
  }
}

/**
 * A registered name that abbreviates another one with the same place and legal form after the
 * brand, written without the full name's opening (工行合肥分行 / 中国工商银行合肥分行): the same
 * company. Sharing the legal form alone (宏达有限公司 / 宏达机械有限公司) is not enough.
 */
function sameBranchAbbreviated(f: FullName, fulls: readonly FullName[], abbreviations: Abbreviations): FullName | undefined {
  const full = abbreviations.fullOf(f.name, f.name);
  // 中国银行合肥分行 keeps the opening of 中国工商银行合肥分行: a shorter brand, another bank.
  if (full === undefined || full.startsWith(f.name.slice(0, 2))) return undefined;
  const form = LEGAL_FORM_END.exec(f.name)?.[0] ?? '';
  let shared = 0;
  while (shared < f.name.length && f.name[f.name.length - 1 - shared] === full[full.length - 1 - shared]) shared++;
  return shared >= form.length + MIN_SHARED_PLACE ? fulls.find((o) => o.name === full) : undefined;
}
/** Characters of place a short branch name must share with its full name, beyond the legal form. */
const MIN_SHARED_PLACE = 2;

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
