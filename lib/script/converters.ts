/**
 * One converter per target per context, built on first use. The simplified direction is small
 * and bundled; the traditional direction (≈1.1 MB of dictionaries) is registered by whoever
 * loaded it (`./traditional.ts`), so bundles that never need it never contain it.
 * The registry lives on globalThis so separately injected scripts share it.
 */
import { Converter } from 'opencc-js/t2cn';
import type { TargetScript } from '../types';
import { fixZhuZhuo } from './zhu-zhuo';

export type ConvertFn = (text: string) => string;
type Registry = Partial<Record<Exclude<TargetScript, 'off'>, ConvertFn>>;

const KEY = '__zhengwenConverters';
function registry(): Registry {
  const g = globalThis as unknown as Record<string, Registry | undefined>;
  return (g[KEY] ??= {});
}

export function registerConverter(target: 'zh-TW' | 'zh-HK', fn: ConvertFn): void {
  registry()[target] = fn;
}

/** The converter for a target, or undefined when its dictionaries are not loaded. */
export function getConverter(target: TargetScript): ConvertFn | undefined {
  if (target === 'off') return undefined;
  const reg = registry();
  if (target === 'zh-CN') {
    if (!reg['zh-CN']) {
      // From 'tw': OpenCC's Taiwan variant table first (痺→痹, 裡→里, 著→着 in its phrases),
      // then traditional → simplified characters. Regional wording (軟體) is left as written.
      const t2cn = Converter({ from: 'tw', to: 'cn' });
      reg['zh-CN'] = (text) => fixZhuZhuo(t2cn(text));
    }
    return reg['zh-CN'];
  }
  return reg[target];
}

/** zh-CN analysis text: entities and directives are always read in simplified Chinese. */
export function toSimplified(text: string): string {
  return getConverter('zh-CN')!(text);
}
