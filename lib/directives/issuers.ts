/**
 * Who issues what: official mentions that act as a sentence subject, reporting clauses
 * (罗增斌指出, 他强调, 会议要求, 该负责人表示) and how they resolve to a speaker. Joint
 * subjects (罗强、林书成前往…) resolve to the first name; 他/她 to the last one who spoke or acted
 * (not one merely listed as reporting or attending), else to the last named official.
 */
import type { Official } from '../types';
import {
  ADVERBS,
  anyOf,
  ATTENDANCE_VERBS,
  COMPANY_POSTS,
  LEVEL_POSTS,
  NON_OFFICIAL_SUBJECTS,
  OBJECT_VERBS,
  OFFICIAL_VERBS,
  PLACEMENT_WORDS,
  POSTS,
  SEQUENCE_WORDS,
  SPEAKING_BODIES,
  TURN_VERBS,
} from '../entities/lexicon';
import { MultiSearch } from '../entities/multiSearch';
import { alternation } from '../entities/text';
import { titleReferences } from './titleReferences';

export interface Mention {
  start: number;
  end: number;
  name: string;
}

export type IssuerKind = 'official' | 'body' | 'unnamed' | 'foreign';

export interface Issuer {
  kind: IssuerKind;
  /** Official's name (kind 'official'). */
  speaker: string | null;
  /** Body that spoke (kind 'body'). */
  body: string | null;
  /** Issued by a reporting clause (指出, 强调 …), not just named as the subject of a sentence. */
  reporting: boolean;
}

export interface IssuerEvent extends Issuer {
  pos: number;
  /** A foreign subject that is one person (村民张大姐说), whom a following 他/她 may mean. */
  person?: boolean;
  /** A subject merely listed (郭建新、何静作交流发言, …汇报): a following 他/她 passes over it. */
  listed?: boolean;
  /** An unnamed issuer that the text does name as someone (县委书记…, an unknown name with 强调), not
   * a subject merely carried over from nothing. */
  named?: boolean;
}

/** After a subject (or the last of joint subjects): it only reports, speaks in turn or attends. */
const LISTED_AFTER = new RegExp(`^[^，,。；;！？!?\\n]{0,20}?(?<!听取|聆听|听)(${alternation(TURN_VERBS)})`);

/** What may remain of an attendee's clause once names and titles are removed. */
const ATTENDEE_REST = new RegExp(`^[、和及等\\s]*(${alternation(ATTENDANCE_VERBS)}|$)`);

/** Subjects that are groups: a following 他/她 cannot mean them. */
const GROUP_SUBJECT = /们|大家|纷纷|群众|各|等|代表|一行/;

/** Title endings, for titles the entities stage did not report. */
const TITLE_SUFFIX = new RegExp(`${anyOf([...POSTS, ...LEVEL_POSTS, ...COMPANY_POSTS, '领导'])}$`);
/** Characters that, right before a name, make it an object (会见了张三, 与李四, 向王五). */
const OBJECT_BEFORE = new Set(Array.from('与同跟向给为见望问取请由了把被让叫和及对'));
/** Verbs right before a name that make it their object (贯彻习近平总书记…, 听取X汇报). */
const OBJECT_VERB_BEFORE = new RegExp(`${anyOf(OBJECT_VERBS)}$`);
/** A name, maybe with its post, then 的: the name is a possessor (X书记的讲话). */
const POSSESSIVE_AFTER = new RegExp(`^(?:${anyOf([...POSTS, ...LEVEL_POSTS, '同志'])})?的`);
/** A sentence that ends "…参加/出席/陪同" lists attendees, not speakers. */
const ATTENDANCE = new RegExp(`^[^。；;！？!?\\n]*?(${alternation(ATTENDANCE_VERBS)})[^。；;，,！？!?\\n]{0,8}(?:[。；;！？!?\\n]|$)`);
/** Bodies that speak for themselves (会议强调, 读书班提出, 市委要求). */
const BODY_END = new RegExp(`(${alternation(SPEAKING_BODIES)})$`);
/** Adverbs and placement words between a subject and its verb (上鲜明提出, 还强调). */
const TRAILING_ADVERBS = new RegExp(`${anyOf([...PLACEMENT_WORDS, ...ADVERBS])}+$`);
/** Prefixes that name nobody: the subject carries over from before. */
const CARRY_OVER = new RegExp(`^${anyOf([...SEQUENCE_WORDS, ...ADVERBS])}*$`);

/** Subjects that are never officials: their 要… is a plan or an opinion, not a directive. */
const NON_OFFICIAL = new RegExp(alternation(NON_OFFICIAL_SUBJECTS));

/** Index of the first item whose `key` is ≥ `value` in an array sorted by `key`. */
function lowerBound<T>(items: readonly T[], value: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Events in position order, searched from the end (every lookup is "the last one before here"). */
class EventLog {
  readonly items: IssuerEvent[] = [];
  add(e: IssuerEvent): void {
    const at = lowerBound(this.items, e.pos + 1, (x) => x.pos);
    if (at === this.items.length) this.items.push(e);
    else this.items.splice(at, 0, e);
  }
  /** The last event in [from, pos) that passes `ok`, scanning back only through that range. */
  last(from: number, pos: number, ok: (e: IssuerEvent) => boolean = () => true): IssuerEvent | null {
    for (let k = lowerBound(this.items, pos, (x) => x.pos) - 1; k >= 0 && this.items[k].pos >= from; k--) {
      if (ok(this.items[k])) return this.items[k];
    }
    return null;
  }
}

/** The later of two events; on a tie the reporting clause wins. */
const later = (subject: IssuerEvent | null, report: IssuerEvent | null) => (!subject ? report : !report ? subject : report.pos >= subject.pos ? report : subject);

export class Issuers {
  readonly mentions: Mention[];
  /** Where a mention ends (a noun 要求 never follows a speaker's name directly). */
  readonly mentionEnds: ReadonlySet<number>;
  private readonly titles: Set<string>;
  /** All titles in one searcher, for stripping them from a clause. */
  private readonly titleSearch: MultiSearch;
  private readonly longestTitle: number;
  private readonly subjectEvents = new EventLog();
  private readonly reportEvents = new EventLog();

  constructor(
    private readonly text: string,
    officials: Official[],
  ) {
    const named = officials.flatMap((o) => o.spans.map((s) => ({ start: s.start, end: s.end, name: o.name }))).filter((m) => m.end > m.start);
    this.mentions = [...named, ...titleReferences(text, officials, named)].sort((a, b) => a.start - b.start || b.end - a.end);
    this.mentionEnds = new Set(this.mentions.map((m) => m.end));
    this.titles = new Set(officials.flatMap((o) => o.titles));
    this.titleSearch = new MultiSearch([...this.titles].filter(Boolean));
    this.longestTitle = Math.max(0, ...[...this.titles].map((t) => t.length));
    for (let i = 0; i < this.mentions.length; i++) {
      const m = this.mentions[i];
      if (i > 0 && m.start < this.mentions[i - 1].end) continue; // nested mention
      if (!this.isSubject(m) || this.isAttendee(m)) continue;
      const listed = LISTED_AFTER.test(text.slice(this.jointTail(i), this.jointTail(i) + 40));
      this.subjectEvents.add({ pos: m.start, kind: 'official', speaker: this.jointHead(i), body: null, reporting: false, listed });
    }
  }

  /** Mentions lying inside text[start, end), with their index in `mentions`. */
  mentionsWithin(start: number, end: number): Mention[] {
    const out: Mention[] = [];
    for (let k = lowerBound(this.mentions, start, (m) => m.start); k < this.mentions.length && this.mentions[k].start < end; k++) {
      if (this.mentions[k].end <= end) out.push(this.mentions[k]);
    }
    return out;
  }

  /** Removes the officials' titles from a clause prefix (镇长周平叮嘱 → 周平叮嘱), longest first. */
  withoutTitles(s: string): string {
    const matches = this.titleSearch.findAll(s).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const removed = new Uint8Array(s.length);
    for (const m of matches) {
      if (removed.subarray(m.start, m.end).some((x) => x)) continue;
      removed.fill(1, m.start, m.end);
    }
    let out = '';
    for (let k = 0; k < s.length; k++) if (!removed[k]) out += s[k];
    return out;
  }

  /** Strips titles (known or title-like) and list separators from the end of `s`. */
  private stripTrailingTitles(s: string): string {
    for (;;) {
      const before = s;
      s = s.replace(/[、，,\s]+$/, '');
      for (let len = Math.min(this.longestTitle, s.length); len > 0; len--) {
        if (this.titles.has(s.slice(s.length - len))) {
          s = s.slice(0, -len);
          break;
        }
      }
      if (s === before) return s;
    }
  }

  private isTitle(piece: string): boolean {
    return piece === '' || this.titles.has(piece) || (piece.length <= 16 && TITLE_SUFFIX.test(piece));
  }

  private isSubject(m: Mention): boolean {
    const pre = this.stripTrailingTitles(this.text.slice(Math.max(0, m.start - 40), m.start));
    const last = pre[pre.length - 1];
    if (last !== undefined && (OBJECT_BEFORE.has(last) || OBJECT_VERB_BEFORE.test(pre))) return false;
    // 呼延东升书记的讲话: a possessive is not a subject.
    return !POSSESSIVE_AFTER.test(this.text.slice(m.end, m.end + 12));
  }

  /** In a sentence ending "…参加", and nothing but names, titles or the verb follows in its clause. */
  private isAttendee(m: Mention): boolean {
    const rest = this.text.slice(m.end);
    if (!ATTENDANCE.test(rest)) return false;
    const clauseEnd = m.end + rest.search(/[，,。；;！？!?\n]|$/);
    // the clause without the names mentioned in it
    let clause = '';
    let at = m.end;
    for (const n of this.mentionsWithin(m.end, clauseEnd)) {
      if (n.start < at) continue;
      clause += this.text.slice(at, n.start);
      at = n.end;
    }
    clause = this.withoutTitles(clause + this.text.slice(at, clauseEnd));
    return ATTENDEE_REST.test(clause);
  }

  /** Whether mentions i-1 and i are joined only by titles and separators (郭建新，县委常委何静). */
  private joined(i: number): boolean {
    const gap = this.text.slice(this.mentions[i - 1].end, this.mentions[i].start);
    return gap.length <= 60 && gap.split(/以及|[、，,\s和与及]/).every((p) => this.isTitle(p));
  }

  /** End of the last of a run of joined names starting at or before `i`. */
  private jointTail(i: number): number {
    let j = i;
    while (j + 1 < this.mentions.length && this.mentions[j + 1].start >= this.mentions[j].end && this.joined(j + 1)) j++;
    return this.mentions[j].end;
  }

  /** Name of the first of a run of names joined only by titles and separators. */
  private jointHead(i: number): string {
    let j = i;
    while (j > 0) {
      const prev = this.mentions[j - 1];
      const gap = this.text.slice(prev.end, this.mentions[j].start);
      if (gap.length > 60) break;
      const pieces = gap.split(/以及|[、，,\s和与及]/);
      if (!pieces.every((p) => this.isTitle(p))) break;
      j--;
    }
    return this.mentions[j].name;
  }

  /** The last official named as a subject before `pos` (for 他/她). */
  private lastOfficialBefore(pos: number): IssuerEvent | null {
    const official = (e: IssuerEvent) => e.kind === 'official';
    const s = this.subjectEvents.last(0, pos, official);
    const r = this.reportEvents.last(0, pos, official);
    return !s ? r : !r ? s : r.pos > s.pos ? r : s;
  }

  /**
   * The last subject in [from, pos) a 他/她 can mean: a reporting clause (杨振华指出) or an
   * official acting as subject, passing over those merely listed (郭建新、何静作交流发言).
   */
  private lastSpeakerBefore(from: number, pos: number): IssuerEvent | null {
    const r = this.reportEvents.last(from, pos, (e) => e.kind === 'official' || e.kind === 'unnamed');
    const s = this.subjectEvents.last(from, pos, (e) => !e.listed);
    return !s ? r : !r ? s : s.pos > r.pos ? s : r;
  }

  /** Does anyone in the text issue directives: a named official, a body, an unnamed official? A text
   * with none (a forum post, a product page) has advice and wishes, not directives. */
  anyIssuer(): boolean {
    return this.mentions.length > 0 || this.reportEvents.items.some((e) => e.kind === 'body' || (e.kind === 'unnamed' && !!e.named));
  }

  private notice: IssuerEvent | null = null;

  /** A notice's lead (通知如下：) at `pos`: the issuing body speaks for what follows. */
  addNotice(pos: number): void {
    if (this.notice) return;
    this.notice = { pos, kind: 'body', speaker: null, body: null, reporting: true };
    this.reportEvents.add(this.notice);
  }

  /** The notice still speaking at `pos`: nobody has spoken since its lead. */
  standingNotice(pos: number): IssuerEvent | null {
    return this.notice && this.notice.pos < pos && this.lastEvent(0, pos) === this.notice ? this.notice : null;
  }

  /** The latest event in [from, pos). */
  lastEvent(from: number, pos: number): IssuerEvent | null {
    return later(this.subjectEvents.last(from, pos), this.reportEvents.last(from, pos));
  }

  /** The first official named as a subject anywhere after `pos` (pull quotes above the story). */
  firstOfficialAfter(pos: number): IssuerEvent | null {
    const items = this.subjectEvents.items;
    return items[lowerBound(items, pos, (e) => e.pos)] ?? null;
  }

  /**
   * Classifies the subject of a reporting or directive verb: text[start, verbPos) is the
   * part of the clause before the verb. Records and returns the event.
   */
  report(start: number, verbPos: number, paragraphStart: number): IssuerEvent {
    const event: IssuerEvent = { pos: verbPos, ...this.classify(start, verbPos, paragraphStart), reporting: true };
    if (event.kind === 'foreign') event.person = !GROUP_SUBJECT.test(this.text.slice(start, verbPos));
    this.reportEvents.add(event);
    return event;
  }

  private classify(start: number, verbPos: number, paragraphStart: number): Omit<Issuer, 'reporting'> & { named?: boolean } {
    let lastSubject = -1;
    for (let k = lowerBound(this.mentions, start, (m) => m.start); k < this.mentions.length && this.mentions[k].start < verbPos; k++) {
      if (this.mentions[k].end <= verbPos && this.isSubject(this.mentions[k])) lastSubject = k;
    }
    if (lastSubject >= 0) return { kind: 'official', speaker: this.jointHead(lastSubject), body: null };
    const prefix = this.text.slice(start, verbPos).trim();
    if (/(^|[^其])[他她](?!们)/.test(prefix)) {
      // 他/她 means the last one who spoke, in this paragraph or the one before; else the last official named
      const previousParagraph = paragraphStart > 1 ? this.text.lastIndexOf('\n', paragraphStart - 2) + 1 : 0;
      const speaker = this.lastSpeakerBefore(previousParagraph, start);
      const e = speaker ?? this.lastOfficialBefore(verbPos);
      // 村民张大姐说，她希望…: the pronoun means the non-official who spoke just before, in this paragraph
      const other = this.reportEvents.last(Math.max(paragraphStart, e ? e.pos + 1 : 0), verbPos, (r) => !!r.person);
      if (other) return { kind: 'foreign', speaker: null, body: null };
      // an unnamed speaker (杨振华指出 with the name unknown) stays unnamed rather than taking a listed official's name
      if (e && e.kind === 'unnamed') return { kind: 'unnamed', speaker: null, body: null };
      return e ? { kind: 'official', speaker: e.speaker, body: null } : { kind: 'foreign', speaker: null, body: null };
    }
    const bare = prefix.replace(TRAILING_ADVERBS, '');
    if (CARRY_OVER.test(bare) || /^在/.test(bare)) {
      const e = this.lastEvent(paragraphStart, start) ?? this.lastEvent(0, start);
      if (e) return { kind: e.kind, speaker: e.speaker, body: e.body };
      return { kind: 'unnamed', speaker: null, body: null };
    }
    const body = BODY_END.exec(bare);
    if (body) return { kind: 'body', speaker: null, body: body[1] };
    if (NON_OFFICIAL.test(bare)) return { kind: 'foreign', speaker: null, body: null };
    // an unknown subject (a name the entities stage missed) counts only with an official's verb
    const verb = this.text.slice(verbPos, verbPos + 2);
    if (TITLE_SUFFIX.test(bare) || OFFICIAL_VERBS.has(verb)) return { kind: 'unnamed', speaker: null, body: null, named: bare !== '' };
    return { kind: 'foreign', speaker: null, body: null };
  }
}
