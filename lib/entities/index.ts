/**
 * Named officials (with all their titles) and enterprises in zh-CN text. Offsets are in the
 * text given. General grammars plus data in assets/entities/; no per-article knowledge.
 */
import type { Enterprise, Official } from '../types';
import { findEnterprises } from './enterprises';
import { findOfficials } from './officials';

export interface EntityOptions {
  /** Names always tagged as officials (without titles unless the text gives some). */
  alwaysTag?: string[];
  /** Names never tagged. */
  neverTag?: string[];
  /** The user's own enterprise names, found wherever they occur. */
  knownEnterprises?: string[];
}

/** Officials and enterprises in zh-CN text (spans in that text). */
export function findEntities(text: string, options: EntityOptions = {}): { officials: Official[]; enterprises: Enterprise[] } {
  const never = new Set(options.neverTag ?? []);
  const officials = findOfficials(text, options);
  // Officials first: their names bound company names (钟建华为… is not 华为; 赵某要求X集团 opens at X).
  const personSpans = officials.flatMap((o) => o.spans);
  const enterprises = findEnterprises(text, { ...options, personSpans }).filter((e) => !never.has(e.name));
  return { officials, enterprises };
}
