import type { Enterprise, Official } from '../types';

export interface EntityOptions {
  alwaysTag?: string[];
  neverTag?: string[];
  knownEnterprises?: string[];
}

/** Officials and enterprises in zh-CN text (spans in that text). */
export function findEntities(_text: string, _options: EntityOptions = {}): { officials: Official[]; enterprises: Enterprise[] } {
  return { officials: [], enterprises: [] };
}
