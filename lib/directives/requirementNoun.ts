/**
 * 要求 is both the directive verb ("罗增斌要求各部门…") and the noun "requirement"
 * ("落实过紧日子要求", "按照上级要求", "提出三点要求"). The noun asks nothing by itself: it
 * must not open a directive, cut a sentence or name a speaker. Decided from what touches it.
 */
import { ADVERBS, anyOf } from '../entities/lexicon';

/** Words that end right before a noun 要求: modifiers, determiners, verbs that take it as object. */
const MODIFIER_BEFORE = [
  // implementing / following a requirement
  '落实', '贯彻', '执行', '按照', '根据', '依照', '遵照', '对照', '遵循', '按', '依', '照', '据',
  // having, meeting, conveying, raising one
  '达到', '符合', '满足', '适应', '传达', '提出', '细化', '重申', '提高', '降低', '有',
  // determiners and quantities
  '有关', '相关', '上级', '这一', '这些', '这个', '那些', '此', '该', '各项', '各种', '各类', '诸多', '更多',
  '点', '条', '项', '个', '些', '种', '的',
  // what kind of requirement
  '检查', '部署', '工作', '日子', '精神', '纪律', '政策', '标准', '规范', '规定', '制度', '程序', '质量', '安全',
  '环保', '防疫', '技术', '时间', '时限', '节点', '目标', '任务', '形势', '发展', '时代', '群众', '人民', '现实',
  '总', '新', '高', '严', '硬', '刚性', '基本', '具体', '特殊', '重点', '本', '最低', '最高', '原则', '底线',
  '合', '到', '署', '求', '”', '"', '」',
];
/** What follows a noun 要求 (…要求的, …要求和…, …要求。, 要求是…); a comma or colon is ambiguous. */
const NOUN_AFTER = /^[的和及与、。；;！!？?）)”"」是很越]/;
/** Adverbs between a subject and a verb 要求 (周文明确要求…, 他同时要求…); 提出明确要求 stays a noun. */
const TRAILING_ADVERBS = new RegExp(`${anyOf(ADVERBS)}+$`);

/**
 * True when the 要求 at `pos` is the noun. `clauseStart` bounds the look-back, so a modifier in
 * an earlier clause never counts; a name ending where the modifiers would (王建新要求) is a subject.
 */
export function isNounRequirement(text: string, pos: number, clauseStart: number, nameEnds: ReadonlySet<number> = new Set()): boolean {
  if (!text.startsWith('要求', pos)) return false;
  if (NOUN_AFTER.test(text.slice(pos + 2, pos + 3))) return true;
  const before = text.slice(clauseStart, pos).replace(TRAILING_ADVERBS, '');
  const subjectEnd = clauseStart + before.length;
  if (before === '' || /[他她]$/.test(before) || nameEnds.has(subjectEnd)) return false;
  return MODIFIER_BEFORE.some((w) => before.endsWith(w));
}

/** Verbs whose object is a requirement; one earlier in the clause marks a later 要求 as their object. */
const GOVERNING_VERB = /落实|贯彻|执行|按照|根据|依照|遵照|对照|遵循|传达|达到|符合|满足|适应/;

/**
 * True when a verb that takes a requirement as its object occurs in text[clauseStart, pos)
 * (会议传达了省委有关要求, 我市将认真贯彻落实此次检查要求). Only a hint: the caller still
 * lets a plain subject prefix (张三在检查落实情况时要求) win.
 */
export function hasGoverningVerb(text: string, pos: number, clauseStart: number): boolean {
  return GOVERNING_VERB.test(text.slice(clauseStart, pos));
}
