import type { Directive, Official } from '../types';

/** Directives in zh-CN text, attributed to the officials found in it. */
export function findDirectives(_text: string, _officials: Official[]): Directive[] {
  return [];
}
