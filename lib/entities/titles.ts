/**
 * The title grammar: [level] [body…] [常务|代…][副] post, e.g. 市委书记, 科技城党工委副书记,
 * 市政府秘书长, 常务副区长, 高新区管委会主任, 市领导. Titles are read, not listed: the parts
 * come from assets/entities/titles.json.
 */
import data from '../../assets/entities/titles.json';
import { alternation } from './text';

const LEVEL_CHARS = data.levels.join('');
const LEVEL = `(?:${alternation([...data.zones, ...data.levels])})`;
const BODY = `(?:${alternation(data.bodies)})`;
const PREFIX = `(?:${alternation(data.postPrefixes)})?`;
const POST = `(?:${PREFIX}副?(?:${alternation(data.posts)}))`;
/** 市长, 副市长, 常务副区长: the level itself carries the post. */
const LEVEL_POST = `(?:${PREFIX}副?(?:${alternation(data.levelPostLevels)})长)`;
/** A named department (经信局, 发改委, 自然资源和规划局): a short run of Han characters ending in a
 * body word. It may not start with a level character (so 安州区委 reads as 区委, not 州+区委). */
const GENERIC_REST = `(?:(?![的了是在，。])[\\u4e00-\\u9fff]){0,9}?(?:${alternation(data.genericBodyEnds)})`;
/** A few words open with a level character yet name a department (市市场监管局, 县乡村振兴局). */
const GENERIC_BODY = `(?:(?:(?![${LEVEL_CHARS}的了是在])[\\u4e00-\\u9fff]|${alternation(data.levelWordStarts)})${GENERIC_REST})`;
/** 市人民政府副市长: the government named before a level post (reported as 副市长). */
const GOVERNMENT = `(?:${alternation(data.governmentBodies)})`;

const sticky = (source: string) => new RegExp(source, 'y');
/** 宣传部长, 市公安局长: a body's last character doubling as the first of its head's post. */
const MERGED = `(?:(?![的了是在，。、])[\\u4e00-\\u9fff]){1,8}?(?:${alternation(data.mergedBodyEnds)})长`;
/** 原市委书记, 时任市委常委: a former post is still a title. */
const FORMER = `(?:${alternation(data.formerPrefixes)})?`;

/** Forms that may open a chain of titles. */
const OPENING_SOURCES = [
  LEVEL_POST,
  `${LEVEL}${GOVERNMENT}${LEVEL_POST}`,
  `${PREFIX}副?(?:${alternation(data.openingPosts)})`,
  `${LEVEL}(?:${BODY}|${GENERIC_BODY})${BODY}*${POST}`,
  `${LEVEL}${POST}`,
  `${LEVEL}${BODY}*${MERGED}`,
  `${LEVEL}(?:${alternation(data.collective)})(?!${alternation(data.collectiveNotBefore)})`,
  `(?:${alternation(data.leadingBodies)})${BODY}*${POST}`,
];
const OPENING_FORMS = OPENING_SOURCES.map((f) => sticky(FORMER + f));

/** After 、 inside a chain the level may be left out (市委副书记、市长、…、管委会常务副主任、宣传部长). */
/** 产业链“链长”: a post in quotation marks inside a chain. */
const QUOTED_POST = `[“"]${POST}[”"]`;
const CHAINED_FORMS = [
  ...OPENING_FORMS,
  sticky(`${FORMER}${BODY}*${POST}`),
  sticky(`${BODY}*${MERGED}`),
  sticky(`${GENERIC_BODY}${BODY}*(?:${POST}|${QUOTED_POST})`),
  sticky(`${BODY}*${QUOTED_POST}`),
];

/** A post standing alone (副主任, 秘书长): a title only where the sentence already lists titled officials. */
const BARE_FORMS = [sticky(`${FORMER}${BODY}*${POST}`)];

/** Length of a bare post at `at` (see BARE_FORMS), or 0. */
export function matchBarePost(text: string, at: number): number {
  let best = 0;
  for (const re of BARE_FORMS) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m && m[0].length > best) best = m[0].length;
  }
  return best;
}

/** Characters an opening title may start with: a level or zone, a post prefix, 副, an opening post,
 * a leading body, 原/前/时任. Most positions of a text start none, and are passed over at once. */
const OPENING_FIRST = new Set(
  [...data.zones, ...data.levels, ...data.postPrefixes, '副', ...data.openingPosts, ...data.leadingBodies, ...data.formerPrefixes].map((w) => w[0]),
);

/** Length of the longest title starting at `at`, or 0. */
export function matchTitle(text: string, at: number, chained = false): number {
  if (!chained && !OPENING_FIRST.has(text[at])) return 0;
  let best = 0;
  for (const re of chained ? CHAINED_FORMS : OPENING_FORMS) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m && m[0].length > best) best = m[0].length;
  }
  return best;
}

const GOVERNMENT_BEFORE_LEVEL_POST = new RegExp(`^(?:${LEVEL})?${GOVERNMENT}(?=${LEVEL_POST}$)`);

/** A title in its shortest meaningful form: 市人民政府副市长 → 副市长, 县政府县长 → 县长. */
export function reportedTitle(title: string): string {
  return title.replace(/[“”"]/g, '').replace(GOVERNMENT_BEFORE_LEVEL_POST, '');
}

/** A bracketed note of a few characters: the listed ones, or any short note (援疆, 挂职, 正厅级). */
const TITLE_NOTE = new RegExp(`[（(](?:${alternation(data.titleNotes)}|[\\u4e00-\\u9fff]{1,4})[)）]`, 'y');

/** Length of a bracketed note such as （挂职） at `at`, or 0. */
export function titleNoteLength(text: string, at: number): number {
  TITLE_NOTE.lastIndex = at;
  const m = TITLE_NOTE.exec(text);
  return m ? m[0].length : 0;
}

/** 县城投公司董事长: a post in a named company (not a public title). */
const COMPANY_POST = sticky(`(?:(?![的了是在，。、])[\\u4e00-\\u9fff]){1,20}?(?:${alternation(data.companyPostOrgs)})(?:${alternation(data.companyPosts)})`);

/** Length of a company post at `at`, or 0. */
export function companyPostLength(text: string, at: number): number {
  COMPANY_POST.lastIndex = at;
  const m = COMPANY_POST.exec(text);
  return m ? m[0].length : 0;
}
