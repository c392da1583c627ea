/**
 * Shared types: the contract between pipeline stages, the DOM layer, the popup and the CLI.
 * Offsets are UTF-16 code-unit indexes (what String.prototype.slice uses).
 */

/** What an edit repairs; the popup counts edits per kind. */
export type EditKind =
  | 'pinyin' // pinyin annotation removed (or lost character recovered)
  | 'mojibake' // mis-decoded bytes re-decoded
  | 'lossy' // unrecoverable run (锟斤拷, U+FFFD) marked
  | 'punctuation' // half-width punctuation made full-width
  | 'junk' // captcha prompt, spam, nav crumbs, front matter, markup removed
  | 'duplicate' // repeated block removed
  | 'script'; // script conversion (traditional ↔ simplified)

/** Replace input[start, end) by `replacement`. start === end is an insertion. */
export interface Edit {
  kind: EditKind;
  start: number;
  end: number;
  replacement: string;
}

/** Every repair and conversion step has this shape: `(text) → { text, edits }`. */
export interface StepResult {
  text: string;
  /** Sorted, non-overlapping, in offsets of the step's input. */
  edits: Edit[];
}

export type TargetScript = 'zh-CN' | 'zh-TW' | 'zh-HK' | 'off';
export const TARGET_SCRIPTS: readonly TargetScript[] = ['zh-CN', 'zh-TW', 'zh-HK', 'off'];

export type DetectedScript = 'simplified' | 'traditional' | 'mixed' | 'none';

export interface ScriptInfo {
  detected: DetectedScript;
  target: TargetScript;
}

/** A span in the enriched (output) text. */
export interface Span {
  start: number;
  end: number;
}

export interface Official {
  name: string;
  /** Every title the article gives this person, shortest meaningful form, in order found. */
  titles: string[];
  /** Where the name occurs in the output text (titled and bare mentions). */
  spans: Span[];
}

export interface Enterprise {
  name: string;
  aliases: string[];
  spans: Span[];
}

export type DirectiveForce = 'require' | 'encourage';

export interface Directive {
  /** Bare name of the issuing official, or null for a body/meeting/unknown. */
  speaker: string | null;
  /** The body (会议, 读书班 …) when the speaker is not a person. */
  body?: string | null;
  force: DirectiveForce;
  /** The directive text, in the output text's script. */
  text: string;
  /** Span of `text` in the output text. */
  start: number;
  end: number;
  /** Who it is addressed to when the text names it (企业, 施工方, 有关方面 …). */
  target?: string | null;
}

export interface EnrichOptions {
  target?: TargetScript;
  /** Which repairs run (all by default). */
  repairs?: Partial<Record<RepairName, boolean>>;
  /** Decide script conversion line by line (page chrome mixes scripts), not for the whole text. */
  scriptPerLine?: boolean;
  /** The page is known to be a pinyin mirror (its body was): repair short text without the density test. */
  pinyinMirror?: boolean;
  /** Tag officials / enterprises / directives (all by default). */
  officials?: boolean;
  enterprises?: boolean;
  directives?: boolean;
  /** The user's own lists. */
  alwaysTag?: string[];
  neverTag?: string[];
  knownEnterprises?: string[];
}

export type RepairName = 'junk' | 'mojibake' | 'pinyin' | 'punctuation' | 'duplicates';

export interface Enrichment {
  /** Repaired and converted text. */
  text: string;
  /** All edits (repairs and conversion), in offsets of the input text. */
  edits: Edit[];
  script: ScriptInfo;
  officials: Official[];
  enterprises: Enterprise[];
  directives: Directive[];
}
