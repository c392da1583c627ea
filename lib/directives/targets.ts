/** The addressee a directive names right after its marker (要求有关方面…, 企业要…). */
import { ADVERBS, anyOf, MODAL_ADVERBS } from '../entities/lexicon';

const ADDRESSEE =
  /^(?:各级|各|全市|全区|全县|全省|全镇|市级|区级|县级|广大|相关|有关|市|区|县)*[\u4e00-\u9fff]{0,4}?(?:职能部门|部门|单位|方面|企业|施工方|建设方|业主|党员干部|干部|党员|群众|职工|同志|党组织|乡镇|街道|县区|园区|合作社|同学们|同志们|青年)/;
/** Adverbs that may sit between an addressee and its modal (企业都要…). */
const ADVERBS_ONLY = new RegExp(`^${anyOf([...ADVERBS, ...MODAL_ADVERBS])}*$`);

/** Addressee right after a directive verb: `rest` is the text following the verb. */
export function targetAfterVerb(rest: string): string | null {
  return ADDRESSEE.exec(rest)?.[0] ?? null;
}

/** Addressee as the subject before the modal: `subject` is the unit's text up to the modal. */
export function targetBeforeModal(subject: string): string | null {
  if (/[，,；;：:。]/.test(subject)) return null;
  const m = ADDRESSEE.exec(subject);
  if (!m) return null;
  return ADVERBS_ONLY.test(subject.slice(m[0].length)) ? m[0] : null;
}
