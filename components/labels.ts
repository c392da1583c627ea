/**
 * Message keys for values the interface names: force labels, repair kinds, scripts. The
 * words themselves live in locales/*.json, once per language; the Markdown export and the
 * popup read the force labels from here alike.
 */
import type { MarkdownLabels } from '../lib/export';
import type { DetectedScript, DirectiveForce, EditKind, TargetScript } from '../lib/types';
import { t } from '../utils/i18n';

export const FORCE_KEY = {
  require: 'force.require',
  encourage: 'force.encourage',
} as const satisfies Record<DirectiveForce, string>;

export const REPAIR_KIND_KEY = {
  pinyin: 'repairKind.pinyin',
  mojibake: 'repairKind.mojibake',
  lossy: 'repairKind.lossy',
  punctuation: 'repairKind.punctuation',
  junk: 'repairKind.junk',
  duplicate: 'repairKind.duplicate',
  script: 'repairKind.script',
} as const satisfies Record<EditKind, string>;

export const DETECTED_SCRIPT_KEY = {
  simplified: 'script.detected.simplified',
  traditional: 'script.detected.traditional',
  mixed: 'script.detected.mixed',
  none: 'script.detected.none',
} as const satisfies Record<DetectedScript, string>;

export const TARGET_KEY = {
  'zh-CN': 'script.target.zhCN',
  'zh-TW': 'script.target.zhTW',
  'zh-HK': 'script.target.zhHK',
  off: 'script.target.off',
} as const satisfies Record<TargetScript, string>;

export const forceLabel = (f: DirectiveForce) => t(FORCE_KEY[f]);

export function markdownLabels(): MarkdownLabels {
  return {
    force: { require: forceLabel('require'), encourage: forceLabel('encourage') },
    unnamed: t('directives.unnamed'),
    listSeparator: t('meta.listSeparator'),
  };
}

/** The language of an article's text as the report shows it (for lang= on page text). */
export function contentLang(target: TargetScript | undefined): string {
  return target && target !== 'off' ? target : 'zh';
}
