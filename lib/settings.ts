/**
 * The one typed settings schema: defaults, validation on load, versioned migrations.
 * Every context (content, background, popup, options) reads settings through `parseSettings`.
 */
import { parseSiteEntry } from './sites';
import { TARGET_SCRIPTS, type RepairName, type TargetScript } from './types';
import { UI_LANGUAGES, type UiLanguage } from './ui-text';

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
  /** Interface language of the popup, options, onboarding and hover card ('auto': the browser's). */
  uiLanguage: UiLanguage;
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
  uiLanguage: 'auto',
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
const cleanList = (v: string[]): string[] => [...new Set(v.map((s) => s.trim()).filter(Boolean))];
const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background', 'none'];

export interface SettingsReading {
  settings: Settings;
  /** Fields present in what was read (after migration). */
  present: (keyof Settings)[];
  /** Present fields whose value was unusable and fell back to the default. */
  invalid: (keyof Settings)[];
  /** Site entries dropped because they cannot be a site (a bare "*", "com", a port …). */
  droppedSites: string[];
}

/** Reads anything from storage or a file: valid settings, and what was missing or unusable. */
export function readSettings(stored: unknown): SettingsReading {
  let raw: Raw = stored && typeof stored === 'object' && !Array.isArray(stored) ? { ...(stored as Raw) } : {};
  let version = typeof raw.version === 'number' ? raw.version : raw.script !== undefined ? 1 : DEFAULT_SETTINGS.version;
  while (version < DEFAULT_SETTINGS.version && MIGRATIONS[version]) {
    raw = MIGRATIONS[version](raw);
    version++;
  }
  const d = DEFAULT_SETTINGS;
  const present = (Object.keys(d) as (keyof Settings)[]).filter((k) => k !== 'version' && raw[k] !== undefined);
  const invalid: (keyof Settings)[] = [];
  const field = <K extends keyof Settings>(k: K, ok: (v: unknown) => boolean, read: (v: never) => Settings[K] = (v) => v): Settings[K] => {
    if (raw[k] === undefined) return d[k];
    if (!ok(raw[k])) {
      invalid.push(k);
      return d[k];
    }
    return read(raw[k] as never);
  };
  const isBool = (v: unknown) => typeof v === 'boolean';
  const isObj = (v: unknown): v is Raw => !!v && typeof v === 'object' && !Array.isArray(v);
  const droppedSites: string[] = [];
  const sites = field('sites', isStringArray, (v: string[]) => {
    const hosts: string[] = [];
    for (const entry of cleanList(v)) {
      const site = parseSiteEntry(entry);
      if (site.ok) hosts.push(site.host);
      else droppedSites.push(entry);
    }
    return [...new Set(hosts)];
  });
  const repairs = field(
    'repairs',
    (v) => isObj(v) && REPAIR_NAMES.every((n) => v[n] === undefined || typeof v[n] === 'boolean'),
    (v: Raw) => Object.fromEntries(REPAIR_NAMES.map((n) => [n, typeof v[n] === 'boolean' ? v[n] : d.repairs[n]])) as Settings['repairs'],
  );
  const settings: Settings = {
    version: 2,
    target: field('target', (v) => TARGET_SCRIPTS.includes(v as TargetScript)),
    repairs,
    tagOfficials: field('tagOfficials', isBool),
    tagEnterprises: field('tagEnterprises', isBool),
    directives: field('directives', isBool),
    sites,
    disabledSites: field('disabledSites', isStringArray, cleanList),
    allSites: field('allSites', isBool),
    alwaysTag: field('alwaysTag', isStringArray, cleanList),
    neverTag: field('neverTag', isStringArray, cleanList),
    knownEnterprises: field('knownEnterprises', isStringArray, cleanList),
    highlightStyle: field('highlightStyle', (v) => HIGHLIGHT_STYLES.includes(v as HighlightStyle)),
    uiLanguage: field('uiLanguage', (v) => UI_LANGUAGES.includes(v as UiLanguage)),
  };
  return { settings, present, invalid, droppedSites };
}

/** Accepts anything read from storage; returns valid settings (unknown or bad fields fall back to defaults). */
export function parseSettings(stored: unknown): Settings {
  return readSettings(stored).settings;
}

/** The storage key settings live under (extension local storage). */
export const SETTINGS_KEY = 'settings';
