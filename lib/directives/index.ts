/**
 * Directives (要…, 要求…, 希望…, 鼓励…) in zh-CN text, each attributed to the official who
 * issued it (or the body, with speaker null). Units: one per enumerated point (一要…二要…,
 * ◎要…, consecutive 要… paragraphs after "X强调"), otherwise one per sentence or per
 * directive-verb clause chain inside a sentence.
 */
import type { Directive, DirectiveForce, Official } from '../types';
import { ADVERBS, anyOf, BODY_REPORTING_VERBS, HEADLINE_VERBS, LIST_CUES, PERSIST_VERBS, NOTICE_LEADS, PLEASANTRIES, RULE_OPENERS, RULE_WORDS, SEQUENCE_WORDS, SPEAKING_BODIES } from '../entities/lexicon';
import { alternation } from '../entities/text';
import { enumeratedPoints } from './enumerations';
import { Issuers, type Issuer } from './issuers';
import {
  DIRECTIVE_VERBS,
  DIRECTIVE_VERB_LIST,
  REPORTING_VERBS,
  STRESS_VERBS,
  isFalseSay,
  isModalYao,
  modalMarkers,
  opensWithPersist,
} from './markers';
import { isPullQuote } from './pullQuotes';
import { hasGoverningVerb, isNounRequirement } from './requirementNoun';
import { attributedQuotes } from './quotes';
import { clausesOf, isHeadline, paragraphsOf, sentencesOf, trimRange, type Range } from './segments';
import { targetAfterVerb, targetBeforeModal } from './targets';

interface Unit extends Range {
  force: DirectiveForce;
  issuer: Issuer;
  /** A ● / ◎ point: may be a pull quote repeating the body. */
  bulleted: boolean;
  /** Directive verb the unit opens with (要求, 希望 …), if any. */
  verb: string | null;
}

/** List bullets and paragraph numbering in front of a point. */
const BULLET =
  /^(?:[◎●○■□◆◇▲△▶►•·※★☆]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．](?!\d))\s*/;
/** A byline in brackets after the last sentence (（黄克奇 郑陈浩）). */
const TRAILING_BYLINE = /(?<=[。！？!?])\s*[（(][^（）()。]{1,30}[)）]$/;
/** Words in a list's lead that make its points requirements. */
const LIST_CUE = new RegExp(alternation(LIST_CUES));
const MIN_UNIT_LENGTH = 4;
/** A list's lead that encourages (希望, 鼓励 …) and one that requires (要求 …): the points take its force. */
const ENCOURAGING_LEAD = new RegExp(alternation(DIRECTIVE_VERB_LIST.filter((v) => DIRECTIVE_VERBS[v] === 'encourage')));
const REQUIRING_LEAD = new RegExp(alternation(DIRECTIVE_VERB_LIST.filter((v) => DIRECTIVE_VERBS[v] === 'require')));

export function findDirectives(text: string, officials: Official[]): Directive[] {
  const issuers = new Issuers(text, officials);
  const notice = NOTICE_LEAD.exec(text);
  if (notice) issuers.addNotice(notice.index);
  const units: Unit[] = [];
  let previousLeads = false; // previous paragraph introduces points (X强调 / 罗增斌指出，… / …：)
  let previousWasPoint = false;

  for (const para of paragraphsOf(text)) {
    if (isHeadline(text, para)) {
      previousLeads = headlineLeads(text, para, issuers);
      previousWasPoint = false;
      continue;
    }
    const points = enumeratedPoints(text, para);
    if (points.length) {
      const lead = trimRange(text, { start: para.start, end: points[0].numeralStart });
      const leadText = text.slice(lead.start, lead.end);
      const leadUnits = sentenceUnits(text, lead, para.start, issuers).units;
      // a lead ending in a colon heads the list; it is not a directive of its own
      units.push(...(/[：:]$/.test(leadText) ? leadUnits.filter((u) => u.end < lead.end - 1) : leadUnits));
      // 凡…一律…: a rule after the last point is a unit of its own, not part of that point.
      const last = points[points.length - 1];
      const rule = sentencesOf(text, { start: last.textStart, end: last.end }).find((s, k) => k > 0 && isRule(text, s));
      if (rule) last.end = rule.start;
      const issuer = issuers.lastEvent(0, points[0].numeralStart);
      if (issuer && issuer.kind !== 'foreign') {
        for (const p of points) {
          const r = trimUnit(text, { start: p.textStart, end: p.end });
          const pointText = text.slice(r.start, r.end);
          const directive =
            p.form === '要' ||
            modalMarkers(text, r.start, r.end).length > 0 ||
            LIST_CUE.test(leadText) ||
            openingVerb(text, r.start) !== null ||
            isRule(text, r);
          if (!directive || r.end - r.start < MIN_UNIT_LENGTH) continue;
          const verb = openingVerb(text, r.start);
          const force: DirectiveForce =
            p.form === '要' ? 'require' : verb ? DIRECTIVE_VERBS[verb] : ENCOURAGING_LEAD.test(leadText) && !REQUIRING_LEAD.test(leadText) ? 'encourage' : 'require';
          if (pointText) units.push({ ...r, force, issuer, bulleted: false, verb });
        }
      }
      if (rule) units.push(...sentenceUnits(text, { start: rule.start, end: para.end }, para.start, issuers).units);
      previousLeads = false;
      previousWasPoint = true;
      continue;
    }
    const point = pointParagraph(text, para, previousLeads || previousWasPoint, issuers);
    if (point) {
      units.push(point);
      previousWasPoint = true;
      previousLeads = false;
      continue;
    }
    const result = sentenceUnits(text, para, para.start, issuers);
    // "宋建明要求各企业：" heads the points below it; it asks nothing by itself
    const headsList = /[：:]$/.test(text.slice(para.start, para.end));
    units.push(...(headsList ? result.units.filter((u) => u.end < para.end - 1) : result.units));
    previousLeads = result.leads || /[：:]$/.test(text.slice(para.start, para.end));
    previousWasPoint = false;
  }

  if (!issuers.anyIssuer()) return [];
  const kept = units.filter(
    (u, i) =>
      !isPleasantry(text, u) &&
      !(u.bulleted && isPullQuote(text.slice(u.start, u.end), units.slice(i + 1).map((l) => text.slice(l.start, l.end)))),
  );
  return kept.map((u) => toDirective(text, u));
}

/** A headline like "何党生强调" introduces the paragraphs after it. */
function headlineLeads(text: string, para: Range, issuers: Issuers): boolean {
  const line = text.slice(para.start, para.end);
  for (const verb of HEADLINE_VERBS) {
    if (line.endsWith(verb) && line.length <= 30) {
      if (verb === '要求' && isNounRequirement(text, para.end - 2, para.start, issuers.mentionEnds)) return false;
      const e = issuers.report(para.start, para.end - verb.length, para.start);
      return e.kind !== 'foreign';
    }
  }
  return false;
}

/** The directive verb at `i`, if one opens there and is followed by what it asks. */
function openingVerb(text: string, i: number): string | null {
  const verb = DIRECTIVE_VERB_LIST.find((v) => text.startsWith(v, i));
  if (!verb) return null;
  const next = text[i + verb.length] ?? '';
  return next && !/[，,。；;、的和与]/.test(next) ? verb : null;
}

/** Whether the paragraph opens with a directive marker (要…, 必须…, 要求…, 希望…). */
function opensWithMarker(text: string, i: number, bulleted: boolean): boolean {
  return (
    isModalYao(text, i) ||
    text.startsWith('必须', i) ||
    text.startsWith('务必', i) ||
    openingVerb(text, i) !== null ||
    (bulleted && opensWithPersist(text, i))
  );
}

/** A whole paragraph as one point: ◎要…, ●…, or 要… after a lead paragraph. */
function pointParagraph(text: string, para: Range, afterLead: boolean, issuers: Issuers): Unit | null {
  const line = text.slice(para.start, para.end);
  const bullet = BULLET.exec(line);
  const start = para.start + (bullet ? bullet[0].length : 0);
  const opens = opensWithMarker(text, start, !!bullet);
  const hasMarker = modalMarkers(text, start, para.end).length > 0 || hasDirectiveVerb(text, start, para.end, issuers);
  if (!(bullet && hasMarker) && !(opens && afterLead)) return null;
  const before = issuers.lastEvent(0, para.start);
  let issuer: Issuer | null = before && before.kind !== 'foreign' ? before : null;
  if (!issuer && bullet) issuer = issuers.firstOfficialAfter(para.end);
  if (!issuer) issuer = { kind: 'unnamed', speaker: null, body: null, reporting: false };
  const r = trimUnit(text, { start, end: para.end });
  if (r.end - r.start < MIN_UNIT_LENGTH) return null;
  const verb = openingVerb(text, start);
  return { ...r, force: verb ? DIRECTIVE_VERBS[verb] : 'require', issuer, bulleted: !!bullet, verb };
}

interface Cut {
  /** Where the previous unit ends (start of the reporting clause or of the verb). */
  anchor: number;
  /** Where this unit's text starts. */
  contentStart: number;
  verbPos: number;
  clauseStart: number;
  verb: string;
  kind: 'report' | 'verb';
}

/** Units of the sentences in `r`; `leads` tells whether a non-foreign reporting clause occurred. */
function sentenceUnits(text: string, r: Range, paragraphStart: number, issuers: Issuers): { units: Unit[]; leads: boolean } {
  const units: Unit[] = [];
  let leads = false;
  const quotes = attributedQuotes(text, r);
  for (const s of sentencesOf(text, r)) {
    const question = /(?:[？?]|吗[。！!]?)[”’」』]*$/.test(text.slice(s.start, s.end));
    // 凡…的单位，一律…: a rule closing what the speaker or the meeting just said.
    if (isRule(text, s)) {
      const e = issuers.lastEvent(paragraphStart, s.start) ?? issuers.lastEvent(0, s.start);
      if (e && e.kind !== 'foreign' && (e.reporting || e.kind === 'body')) pushUnit(units, text, s, 'require', e, null);
      continue;
    }
    const cuts = cutsOf(text, s, issuers);
    // the part before the first cut: modal clauses spoken by the paragraph's last reporter
    const firstAnchor = cuts.length ? cuts[0].anchor : s.end;
    const markers = modalMarkers(text, s.start, firstAnchor);
    const quote = quotes.find((q) => q.open <= s.start && s.end <= q.close + 1);
    if (markers.length && !question && quote) {
      // a quotation's speaker is named in the tag after it
      const e = issuers.report(quote.clauseStart, quote.verbPos, paragraphStart);
      const inner = { start: Math.max(s.start, quote.open + 1), end: Math.min(firstAnchor, quote.close) };
      if (e.kind !== 'foreign') pushUnit(units, text, inner, 'require', e, null);
    } else if (markers.length && !question) {
      const e = issuers.lastEvent(paragraphStart, markers[0].index) ?? issuers.standingNotice(markers[0].index);
      if (e && e.reporting && e.kind !== 'foreign') {
        pushUnit(units, text, { start: s.start, end: firstAnchor }, 'require', e, null);
      }
    }
    cuts.forEach((cut, k) => {
      const end = k + 1 < cuts.length ? cuts[k + 1].anchor : s.end;
      const issuer = issuers.report(cut.clauseStart, cut.verbPos, paragraphStart);
      if (issuer.kind !== 'foreign') leads = true;
      if (question || issuer.kind === 'foreign') return;
      const directiveVerb = cut.verb in DIRECTIVE_VERBS;
      const isDirective =
        directiveVerb ||
        modalMarkers(text, cut.contentStart, end).length > 0 ||
        (PERSIST_VERBS.has(cut.verb) && opensWithPersist(text, cut.contentStart));
      if (!isDirective) return;
      const force = directiveVerb ? DIRECTIVE_VERBS[cut.verb] : 'require';
      pushUnit(units, text, { start: cut.contentStart, end }, force, issuer, cut.kind === 'verb' ? cut.verb : null);
    });
  }
  return { units, leads };
}

/** A clause ending in a speaking body (会议, 常委会 …), before a verb only bodies report with. */
const SPEAKING_BODY_END = new RegExp(`${anyOf(SPEAKING_BODIES)}$`);

const PLEASANTRY = new RegExp(anyOf(PLEASANTRIES));

/** 希望本文对你有所帮助: a closing wish addressed to the reader asks nothing of anyone. */
function isPleasantry(text: string, u: Unit): boolean {
  return u.force === 'encourage' && PLEASANTRY.test(text.slice(u.start, u.end));
}

/** 现就有关事项通知如下：: a notice's lead; what it requires follows. */
const NOTICE_LEAD = new RegExp(`(?:${anyOf(NOTICE_LEADS)})[：:]`);
const RULE_OPENER = new RegExp(`^${anyOf(RULE_OPENERS)}`);
const RULE_WORD = new RegExp(anyOf(RULE_WORDS));

/** A sentence that states a rule: 凡 opens it and a rule word (一律, 不得, 必须 …) follows. */
function isRule(text: string, s: Range): boolean {
  return RULE_OPENER.test(text.slice(s.start, s.start + 2)) && RULE_WORD.test(text.slice(s.start + 1, s.end));
}

function pushUnit(units: Unit[], text: string, r: Range, force: DirectiveForce, issuer: Issuer, verb: string | null): void {
  const t = trimUnit(text, r);
  if (t.end - t.start < MIN_UNIT_LENGTH) return;
  units.push({ ...t, force, issuer, bulleted: false, verb });
}

/** Trims whitespace, dangling clause punctuation and a trailing byline. */
function trimUnit(text: string, r: Range): Range {
  let t = trimRange(text, r);
  const byline = TRAILING_BYLINE.exec(text.slice(t.start, t.end));
  if (byline) t = trimRange(text, { start: t.start, end: t.start + byline.index });
  let end = t.end;
  while (end > t.start && /[，,；;：:、\s]/.test(text[end - 1])) end--;
  let start = t.start;
  while (start < end && /[，,；;：:、\s]/.test(text[start])) start++;
  return { start, end };
}

/** A speaking body opening a clause (会议上, 市委常委会), passed over like a name. */
const BODY_PREFIX = new RegExp(`^[\\u4e00-\\u9fff]{0,16}?${anyOf(SPEAKING_BODIES)}(上)?`);

/** What may remain of a subject prefix once names, titles and bodies are removed: adverbs. */
const SUBJECT_PREFIX_REST = new RegExp(`^${anyOf([...ADVERBS, ...SEQUENCE_WORDS])}*$`);

/** Is the clause text before a verb only a subject (name, 他, a body) and adverbs? */
function isSubjectPrefix(text: string, start: number, verbPos: number, issuers: Issuers): boolean {
  let prefix = text.slice(start, verbPos);
  for (const m of issuers.mentionsWithin(start, verbPos)) prefix = prefix.replace(text.slice(m.start, m.end), '');
  prefix = issuers
    .withoutTitles(prefix)
    .replace(/^[、\s]+/, '')
    .replace(/^在[^，,。]{1,20}?(中|上|时|期间)/, '')
    .replace(/[他她](?!们)/g, '')
    .replace(BODY_PREFIX, '');
  return SUBJECT_PREFIX_REST.test(prefix);
}

/** Is there a directive verb in text[start, end), not counting the noun 要求 (落实上级要求)? */
function hasDirectiveVerb(text: string, start: number, end: number, issuers: Issuers): boolean {
  const clauses = clausesOf(text, { start, end });
  return clauses.some((c) =>
    DIRECTIVE_VERB_LIST.some((v) => {
      // Searched in the clause alone: a search in the whole text would run on to the end.
      const clause = text.slice(c.start, c.end);
      for (let k = clause.indexOf(v); k >= 0; k = clause.indexOf(v, k + 1)) {
        if (v !== '要求' || !isNounRequirement(text, c.start + k, c.start, issuers.mentionEnds)) return true;
      }
      return false;
    }),
  );
}

/**
 * A clause ending "…要求，" or "…要求：": the noun unless what precedes it is a speaker. 提出…要求：
 * heads a list and stays a lead; a governing verb (落实, 按照, 传达 …) makes it the noun unless
 * the prefix is only a subject (张三在检查落实情况时要求，).
 */
function isRequirementNounAtClauseEnd(text: string, c: Range, verbPos: number, delimiter: string, issuers: Issuers): boolean {
  const prefix = text.slice(c.start, verbPos);
  if (/[：:]/.test(delimiter) && prefix.includes('提出')) return false;
  if (isNounRequirement(text, verbPos, c.start, issuers.mentionEnds)) return true;
  return hasGoverningVerb(text, verbPos, c.start) && !isSubjectPrefix(text, c.start, verbPos, issuers);
}

/** Reporting clauses and directive verbs that split a sentence into units. */
function cutsOf(text: string, s: Range, issuers: Issuers): Cut[] {
  const cuts: Cut[] = [];
  for (const c of clausesOf(text, s)) {
    const clause = text.slice(c.start, c.end);
    const delimiter = text[c.end] ?? '';
    let cut: Cut | null = null;
    // 1. a clause ending in a reporting verb before a comma or colon: 罗增斌指出，…
    if (/[，,：:]/.test(delimiter)) {
      const verb =
        REPORTING_VERBS.find((v) => clause.endsWith(v)) ??
        BODY_REPORTING_VERBS.find((v) => clause.endsWith(v) && SPEAKING_BODY_END.test(clause.slice(0, -v.length)));
      if (verb) {
        const verbPos = c.end - verb.length;
        const prefixHasMarker = modalMarkers(text, c.start, verbPos).length > 0 || hasDirectiveVerb(text, c.start, verbPos, issuers);
        const nounRequirement = verb === '要求' && isRequirementNounAtClauseEnd(text, c, verbPos, delimiter, issuers);
        const falseSay = verb === '说' && isFalseSay(text, verbPos);
        if (!prefixHasMarker && !nounRequirement && !falseSay) {
          cut = { anchor: c.start, contentStart: c.end + 1, verbPos, clauseStart: c.start, verb, kind: 'report' };
        }
      }
    }
    // 2. 强调要…, 指出必须… inside a clause
    if (!cut) {
      for (const verb of STRESS_VERBS) {
        const k = clause.indexOf(verb);
        if (k < 0) continue;
        const after = c.start + k + verb.length;
        const followedByDirective =
          isModalYao(text, after) || text.startsWith('必须', after) || text.startsWith('务必', after) || opensWithPersist(text, after);
        if (followedByDirective && isSubjectPrefix(text, c.start, c.start + k, issuers)) {
          cut = { anchor: c.start, contentStart: after, verbPos: c.start + k, clauseStart: c.start, verb, kind: 'report' };
          break;
        }
      }
    }
    // 3. a directive verb opening the clause or following its subject: 要求有关方面…, 罗增斌鼓励企业…
    if (!cut) {
      for (let k = c.start; k < c.end; k++) {
        const verb = openingVerb(text, k);
        if (!verb) continue;
        if (verb === '要求' && isNounRequirement(text, k, c.start, issuers.mentionEnds)) continue;
        if (isSubjectPrefix(text, c.start, k, issuers)) {
          cut = { anchor: k === c.start ? c.start : k, contentStart: k, verbPos: k, clauseStart: c.start, verb, kind: 'verb' };
        }
        break;
      }
    }
    if (cut) cuts.push(cut);
  }
  return cuts;
}

function toDirective(text: string, u: Unit): Directive {
  const unitText = text.slice(u.start, u.end);
  let target: string | null = null;
  if (u.verb && unitText.startsWith(u.verb)) target = targetAfterVerb(unitText.slice(u.verb.length));
  else {
    const first = modalMarkers(text, u.start, u.end)[0];
    if (first) target = targetBeforeModal(text.slice(u.start, first.index));
  }
  return {
    speaker: u.issuer.kind === 'official' ? u.issuer.speaker : null,
    body: u.issuer.kind === 'body' ? u.issuer.body : null,
    force: u.force,
    text: unitText,
    start: u.start,
    end: u.end,
    target,
  };
}
