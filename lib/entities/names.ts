/**
 * Reading a person's name right after a title: a surname from the inventory, then one or two
 * given-name characters. Whether the name has two or three characters is decided by what follows
 * (参加, 前往, 在, 强调, punctuation …) and by how the candidates recur elsewhere in the text.
 */
import { COMMON_SURNAMES, COMPOUND_SURNAMES, NAME_FOLLOW_WORDS, RARE_SURNAMES } from './lexicon';
import { countsOf } from './substringCounts';
import { isHan } from './text';
import { matchTitle } from './titles';


/** Characters that do not occur in given names: function words, and place or body words that
 * follow a level character in ordinary text (高新区长江路, 园区长效机制). */
const NOT_GIVEN = new Set(Array.from('的了着过之而或但被把让给都在等是们个这那其该各每年月日时路街巷道镇乡县区市省村港湾桥站园厂局委厅院所部处科店场馆楼号层到下'));

/** Given-name characters that are date words at the end of a name (日前, 月底). */
const MIDDLE_ONLY = new Set(Array.from('日月'));

/** Common words that begin with a surname character (干部, 常委 …): never names. */
const COMMON_WORDS = new Set(['干部', '党员', '同志', '代表', '单位', '部门', '全体', '全会', '常委', '班子', '成员', '方面', '关于', '高度', '时间', '安全', '工作', '全面', '于是']);

/** Words that may follow a name in a report (a verb, a preposition, a list marker …). */
const FOLLOW_WORDS = NAME_FOLLOW_WORDS;
/** A third character that is one of these is more likely the next word than part of the name. */
const FUNCTION_CHARS = new Set(Array.from('等在和与及为向同也还说就将又率是的对到赴从于给把被均都要'));

/** Length of the surname at `at` (2 for 欧阳), or 0. Rare surnames (仉, 字, 玄 …) count only when
 * the context already says a name stands here (right after a title, inside a list of names). */
export function surnameLengthAt(text: string, at: number, allowRare = false): number {
  if (COMPOUND_SURNAMES.some((s) => text.startsWith(s, at))) return 2;
  const ch = text[at] ?? '';
  return COMMON_SURNAMES.has(ch) || (allowRare && RARE_SURNAMES.has(ch)) ? 1 : 0;
}

/** Can a name end at `at`? */
export function isNameBoundary(text: string, at: number): boolean {
  if (at >= text.length) return true;
  if (!isHan(text[at])) return true;
  if (FOLLOW_WORDS.some((w) => text.startsWith(w, at))) return true;
  return matchTitle(text, at) > 0;
}

/** Characters that may open a name: only substrings opening with one are counted. */
const NAME_OPENERS = new Set([...COMMON_SURNAMES, ...RARE_SURNAMES, ...COMPOUND_SURNAMES.map((s) => s[0])]);
const opensName = (ch: string) => NAME_OPENERS.has(ch);

function countOccurrences(text: string, needle: string): number {
  return countsOf(text, opensName).count(needle);
}

/** Occurrences of `short` not continued by `next` (evidence that `short` is a name on its own). */
function countStandalone(text: string, short: string, next: string): number {
  const counts = countsOf(text, opensName);
  return counts.count(short) - counts.count(short + next);
}

/** Separators of a transliterated name (阿不都热合曼·买买提): middle dot, bullet, katakana dot. */
const NAME_DOT = /[\u00b7\u2022\u30fb\u2027]/;
/** One-character speaking verbs that may close a sentence right after a name. */
const SAYS = /^[说称道讲]$/;
const PART_MIN = 2;
const PART_MAX = 6;

/** Does a name ending at `at` stop at a strong boundary (punctuation, a title, a two-character
 * follow word) rather than at a single character that may still belong to the name (阿不都)? */
function isStrongBoundary(text: string, at: number): boolean {
  if (at >= text.length || !isHan(text[at])) return true;
  if (FOLLOW_WORDS.some((w) => w.length > 1 && text.startsWith(w, at))) return true;
  return matchTitle(text, at) > 0;
}

/**
 * A transliterated name (艾尔肯·吐尔逊, 阿不都热合曼·买买提) at `at`: runs of 2–6 Han characters
 * joined by a name dot. No surname inventory applies; the last part ends at the first strong
 * boundary (else the first boundary at all).
 */
export function readDottedName(text: string, at: number): string | null {
  let end = at;
  for (;;) {
    let k = end;
    while (k < text.length && k - end < PART_MAX && isHan(text[k])) k++;
    if (k - end < PART_MIN || !NAME_DOT.test(text[k] ?? '')) break;
    end = k + 1;
  }
  if (end === at) return null;
  let weak = 0;
  for (let len = PART_MIN; len <= PART_MAX && isHan(text[end + len - 1]); len++) {
    // 买买提说，: a speaking verb before the punctuation is not part of the name.
    const spoke = weak === len - 1 && SAYS.test(text[end + len - 1]) && !isHan(text[end + len]);
    if (isStrongBoundary(text, end + len)) return text.slice(at, end + (spoke ? weak : len));
    if (!weak && isNameBoundary(text, end + len)) weak = len;
  }
  return weak ? text.slice(at, end + weak) : null;
}

/** Longest name read when no surname + one or two given characters fits (苏德毕力格). */
const EXTENDED_MAX = 6;

/**
 * A name longer than surname + two characters (苏德毕力格 in Mongolian, written without a dot):
 * accepted only when it ends at a strong boundary and recurs so, while no shorter form does.
 */
function readExtendedName(text: string, at: number, from: number): string | null {
  for (let end = from + 1; end - at <= EXTENDED_MAX && isHan(text[end - 1]) && !NOT_GIVEN.has(text[end - 1]); end++) {
    if (!isStrongBoundary(text, end)) continue;
    // 令狐建军说，: a speaking verb before the punctuation ends the sentence, not the name.
    if (SAYS.test(text[end - 1])) return null;
    const name = text.slice(at, end);
    return countOccurrences(text, name) >= 2 ? name : null;
  }
  return null;
}

/**
 * The name at `at`, or null when no surname + given name ends at a plausible boundary. `afterTitle`: a title stands right before it (rare surnames count);
 * `mustStand`: the title is one a name must follow (set apart from the word before it), so a
 * name is read even when no known word ends it.
 */
export function readName(text: string, at: number, afterTitle = false, mustStand = false): string | null {
  const dotted = readDottedName(text, at);
  if (dotted) return dotted;
  const surname = surnameLengthAt(text, at, afterTitle);
  if (!surname) return null;
  const given = (k: number) => isHan(text[k]) && !NOT_GIVEN.has(text[k]);
  const shortEnd = at + surname + 1;
  const longEnd = at + surname + 2;
  // 钟日光: 日/月 may stand first in a two-character given name, never last (王强日前, 李华月底).
  const middle = MIDDLE_ONLY.has(text[at + surname]) && given(at + surname + 1) && isNameBoundary(text, longEnd);
  if (middle) return text.slice(at, longEnd);
  if (!given(at + surname)) return null;
  const hasLong = given(at + surname + 1);
  const short = text.slice(at, shortEnd);
  const long = hasLong ? text.slice(at, longEnd) : null;
  const shortOk = isNameBoundary(text, shortEnd);
  const longOk = long !== null && isNameBoundary(text, longEnd);
  if (COMMON_WORDS.has(short)) return null;
  // 那顺孟和强调: a longer name that recurs alike, where the three-character form never stands alone
  // (和 after it is part of the name, not a conjunction).
  const longer = long ? readExtendedName(text, at, longEnd) : null;
  if (long && longer && countOccurrences(text, long) === countOccurrences(text, longer)) return longer;
  if (long && longOk && !shortOk) return long;
  if (shortOk && !longOk) return short;
  if (long && shortOk && longOk) {
    const third = text[shortEnd];
    if (FUNCTION_CHARS.has(third)) return short;
    // 孙八陪同: a two-character follow word right after the short form outweighs 同 after the long one.
    if (FOLLOW_WORDS.some((w) => w.length > 1 && text.startsWith(w, shortEnd)) && countOccurrences(text, long) < 2) return short;
    const shortAlone = countStandalone(text, short, third);
    const longCount = countOccurrences(text, long);
    return shortAlone > 0 && longCount <= 1 ? short : long;
  }
  if (longer) return longer;
  // After a title that a name must follow, most names have three characters: when neither form
  // ends at a known word (副镇长王海燕负责…, 主任宋雨晴领学…), the three-character one, unless its
  // last character is a word of its own.
  if (mustStand && long && !FUNCTION_CHARS.has(text[shortEnd]) && !COMMON_WORDS.has(long)) {
    // 州委书记次仁多吉出席: four characters that a known word ends are the name.
    if (given(longEnd) && isNameBoundary(text, longEnd + 1) && isHan(text[longEnd + 1])) return text.slice(at, longEnd + 1);
    return long;
  }
  // Neither ends at a known boundary: accept only with evidence from elsewhere in the text.
  if (long && countOccurrences(text, long) >= 2) return long;
  return null;
}

/** Longest name read as a whole list item (乌兰图雅, 萨仁高娃: names with no two- or three-character form). */
const MAX_ITEM_NAME = 4;

/**
 * A list item that is a name as a whole: in 副主任赵国栋、乌兰图雅、何振宇 the item between two
 * separators opens with a surname and is short enough to be one name, whatever its length.
 */
export function readListItemName(text: string, at: number): string | null {
  let end = at;
  while (end < text.length && end - at <= MAX_ITEM_NAME && isHan(text[end])) end++;
  const len = end - at;
  if (len < 2 || len > MAX_ITEM_NAME || !'、，,'.includes(text[end] ?? '')) return null;
  if (!surnameLengthAt(text, at, true)) return null;
  const item = text.slice(at, end);
  return COMMON_WORDS.has(item) ? null : item;
}

/** Longest Tibetan or Mongolian name written without a dot read after a title (敖登格日勒). */
const MAX_UNSURNAMED = 5;
/** Characters never found in a name written by its sound: words, bodies, posts and place levels. */
const NOT_IN_SOUND_NAME = new Set(Array.from('的了在与及等各部单位委局办厅处科室站院校会议长记任职务员领导班子同志代表负责人们是将把被对为从省市县区镇乡村州'));

/**
 * A name with no Chinese surname (旺堆, 格桑卓玛, 其其格, 敖登格日勒), read only where a name must
 * stand after a title: the whole list item when a separator ends it, else the shortest two to
 * four characters that a known word ends (市长旺堆主持, 州长泽仁拉姆通报). `inList`: a list
 * of names is already running.
 */
export function readNameWithoutSurname(text: string, at: number, inList = false): string | null {
  if (FOLLOW_WORDS.some((w) => text.startsWith(w, at)) || FUNCTION_CHARS.has(text[at])) return null;
  let end = at;
  while (end < text.length && end - at < MAX_UNSURNAMED && isHan(text[end]) && !NOT_IN_SOUND_NAME.has(text[end])) end++;
  // An item ends at 、 (a list starts here) or, inside a list already, at a comma too; a
  // comma alone after a title ends a clause (市级领导联系推动，…).
  if ((inList ? '、，,' : '、').includes(text[end] ?? '') && end - at >= 2) return sounded(text.slice(at, end));
  for (let len = 2; len <= Math.min(4, end - at); len++) {
    if (isNameBoundary(text, at + len) && isHan(text[at + len])) return sounded(text.slice(at, at + len));
  }
  return null;
}

const sounded = (name: string): string | null => (COMMON_WORDS.has(name) || matchTitle(name, 0) ? null : name);

/** Characters that, before a name read backwards, are a word of their own (和李明书记: 和 is not a surname here). */
const BEFORE_NAME = new Set(Array.from('和与及同在由向对给把被让请为是的了着过将从于跟随'));

/**
 * The name that ends at `end` (江琳 in 江琳镇长, 习近平 in 贯彻习近平总书记): a surname and one or
 * two given characters; the three-character form unless its first character is more likely a
 * word before the name. `known` names (already titled elsewhere) win.
 */
export function readNameEndingAt(text: string, end: number, known: ReadonlySet<string> = new Set(), allowRare = false): string | null {
  const fits = (len: number): string | null => {
    const at = end - len;
    if (at < 0) return null;
    const surname = surnameLengthAt(text, at, allowRare);
    if (!surname || len - surname < 1 || len - surname > 2) return null;
    for (let k = at + surname; k < end; k++) if (!isHan(text[k]) || NOT_GIVEN.has(text[k])) return null;
    const name = text.slice(at, end);
    return COMMON_WORDS.has(name) ? null : name;
  };
  const candidates = [4, 3, 2].map(fits).filter((n): n is string => n !== null);
  const knownOne = candidates.find((n) => known.has(n));
  if (knownOne) return knownOne;
  for (const name of candidates) {
    const shorter = candidates.find((c) => c.length < name.length);
    if (shorter && BEFORE_NAME.has(name[0]) && surnameLengthAt(name, 0) === 1) continue;
    if (name.length === 4 && !COMPOUND_SURNAMES.some((c) => name.startsWith(c))) continue;
    return name;
  }
  return null;
}
