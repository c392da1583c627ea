/**
 * The one home of the word lists that entities and directives share (assets/entities/*.json):
 * speech and directive verbs, adverbs, speaking bodies, posts, surnames, trade words. Every
 * stage reads them from here, so a word added once is known everywhere.
 */
import companies from '../../assets/entities/companies.json';
import surnames from '../../assets/entities/surnames.json';
import titles from '../../assets/entities/titles.json';
import words from '../../assets/entities/words.json';
import type { DirectiveForce } from '../types';
import { alternation } from './text';

export const REPORTING_VERBS: readonly string[] = words.reportingVerbs;
export const BODY_REPORTING_VERBS: readonly string[] = words.bodyReportingVerbs;
export const STRESS_VERBS: readonly string[] = words.stressVerbs;
export const HEADLINE_VERBS: readonly string[] = words.headlineVerbs;
export const DIRECTIVE_VERBS = words.directiveVerbs as Record<string, DirectiveForce>;
export const DIRECTIVE_VERB_LIST: readonly string[] = Object.keys(DIRECTIVE_VERBS);
export const OFFICIAL_VERBS: ReadonlySet<string> = new Set(words.officialVerbs);
export const QUOTE_TAG_VERBS: readonly string[] = words.quoteTagVerbs;
export const ADDRESS_VERBS: readonly string[] = words.addressVerbs;
export const OBJECT_VERBS: readonly string[] = words.objectVerbs;
export const PERSIST_VERBS: ReadonlySet<string> = new Set(words.persistVerbs);
export const RULE_OPENERS: readonly string[] = words.ruleOpeners;
export const RULE_WORDS: readonly string[] = words.ruleWords;
export const NOTICE_LEADS: readonly string[] = words.noticeLeads;
export const PLEASANTRIES: readonly string[] = words.pleasantries;
export const ATTENDANCE_VERBS: readonly string[] = words.attendanceVerbs;
export const TURN_VERBS: readonly string[] = words.turnVerbs;
export const PLAN_CUES: readonly string[] = words.planCues;
export const MODAL_ADVERBS: readonly string[] = words.modalAdverbs;
export const LIST_CUES: readonly string[] = words.listCues;
export const ADVERBS: readonly string[] = words.adverbs;
export const SEQUENCE_WORDS: readonly string[] = words.sequenceWords;
export const PLACEMENT_WORDS: readonly string[] = words.placementWords;
export const SPEAKING_BODIES: readonly string[] = words.speakingBodies;
export const NON_OFFICIAL_SUBJECTS: readonly string[] = words.nonOfficialSubjects;
export const NAME_FOLLOW_WORDS: readonly string[] = words.nameFollowWords;

/** Single-character surnames in common use, usable wherever a name may stand. */
export const COMMON_SURNAMES: ReadonlySet<string> = new Set(Array.from(surnames.single));
/** Rare single-character surnames (仉, 字, 玄 …): a name only right after a title or in a list of names. */
export const RARE_SURNAMES: ReadonlySet<string> = new Set(Array.from(surnames.rare));
export const COMPOUND_SURNAMES: readonly string[] = surnames.compound;

/** Posts (书记, 主任 …), level posts (市长 …), collective titles, company posts: how a title ends. */
export const POSTS: readonly string[] = titles.posts;
export const LEVEL_POSTS: readonly string[] = titles.levelPostLevels.map((l) => `${l}长`);
export const COMPANY_POSTS: readonly string[] = titles.companyPosts;
/** Posts a reader uses as a form of address after a surname (罗书记, 刘区长). */
export const ADDRESS_POSTS: readonly string[] = titles.addressPosts;

/** Trade words (新材料, 纸业, 机械 …) that end a company's name. */
export const TRADE_WORDS: readonly string[] = companies.industryWords;

/** `(?:a|b|…)` preferring longer words. */
export const anyOf = (list: readonly string[]) => `(?:${alternation(list)})`;
