/**
 * The one typed settings schema: defaults, validation on load, versioned migrations.
 * Every context (content, background, popup, options) reads settings through `parseSettings`.
 */
import { TARGET_SCRIPTS, type RepairName, type TargetScript } from './types';

export type HighlightStyle = 'underline' | 'background' | 'none';

export interface Settings {
  version: 2;
  target: TargetScript;
  repairs: Record<RepairName, boolean>;
  tagOfficials: boolean;
  tagEnterprises: boolean;
  directives: boolean;
  /** Extra sites (hostnames) the user enabled, besides the defaults. */
  sites: string[];
  /** Sites the user switched off from the popup. */
  disabledSites: string[];
  /** Run on every site (needs the optional host permission). */
  allSites: boolean;
  alwaysTag: string[];
  neverTag: string[];
  knownEnterprises: string[];
  highlightStyle: HighlightStyle;
}

export const REPAIR_NAMES: readonly RepairName[] = ['junk', 'mojibake', 'pinyin', 'punctuation', 'duplicates'];

export const DEFAULT_SETTINGS: Settings = {
  version: 2,
  target: 'zh-CN',
  repairs: { junk: true, mojibake: true, pinyin: true, punctuation: true, duplicates: true },
  tagOfficials: true,
  tagEnterprises: true,
  directives: true,
  sites: [],
  disabledSites: [],
  allSites: false,
  alwaysTag: [],
  neverTag: [],
  knownEnterprises: [],
  highlightStyle: 'underline',
};

type Raw = Record<string, unknown>;

/** Migrations from version N to N+1, applied in order. Version 1 stored `script` and `sites` as a comma string. */
export const MIGRATIONS: Record<number, (old: Raw) => Raw> = {
  1: (old) => ({
    ...old,
    version: 2,
    target: old.script ?? old.target,
    sites: typeof old.sites === 'string' ? old.sites.split(',') : old.sites,
  }),
};

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const cleanList = (v: unknown): string[] =>
  isStringArray(v) ? [...new Set(v.map((s) => s.trim()).filter(Boolean))] : [];
const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);

/** Accepts anything read from storage; returns valid settings (unknown or bad fields fall back to defaults). */
export function parseSettings(stored: unknown): Settings {
  let raw: Raw = stored && typeof stored === 'object' ? { ...(stored as Raw) } : {};
  let version = typeof raw.version === 'number' ? raw.version : raw.script !== undefined ? 1 : DEFAULT_SETTINGS.version;
  while (version < DEFAULT_SETTINGS.version && MIGRATIONS[version]) {
    raw = MIGRATIONS[version](raw);
    version++;
  }
  const d = DEFAULT_SETTINGS;
  const repairsRaw = (raw.repairs && typeof raw.repairs === 'object' ? raw.repairs : {}) as Raw;
  const repairs = Object.fromEntries(REPAIR_NAMES.map((n) => [n, bool(repairsRaw[n], d.repairs[n])])) as Settings['repairs'];
  return {
    version: 2,
    target: TARGET_SCRIPTS.includes(raw.target as TargetScript) ? (raw.target as TargetScript) : d.target,
    repairs,
    tagOfficials: bool(raw.tagOfficials, d.tagOfficials),
    tagEnterprises: bool(raw.tagEnterprises, d.tagEnterprises),
    directives: bool(raw.directives, d.directives),
    sites: cleanList(raw.sites),
    disabledSites: cleanList(raw.disabledSites),
    allSites: bool(raw.allSites, d.allSites),
    alwaysTag: cleanList(raw.alwaysTag),
    neverTag: cleanList(raw.neverTag),
    knownEnterprises: cleanList(raw.knownEnterprises),
    highlightStyle: (['underline', 'background', 'none'] as const).includes(raw.highlightStyle as HighlightStyle)
      ? (raw.highlightStyle as HighlightStyle)
      : d.highlightStyle,
  };
}

/** The storage key settings live under (extension local storage). */
export const SETTINGS_KEY = 'settings';
