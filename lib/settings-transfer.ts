/**
 * Moving settings between browsers: a JSON file out, the same file (or an older or partial
 * one) back in, validated field by field with a report of what changed and what was ignored.
 * Lists can also come in as plain text, one name per line.
 */
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';

/** Marks our files, so that an unrelated JSON file is refused rather than half-read. */
export const SETTINGS_FILE_FORMAT = 'zhengwen-settings';

export function exportSettings(settings: Settings): string {
  return `${JSON.stringify({ format: SETTINGS_FILE_FORMAT, ...settings }, null, 2)}\n`;
}

export type ImportResult =
  | {
      ok: true;
      settings: Settings;
      /** Fields whose value differs from the current settings. */
      changed: (keyof Settings)[];
      /** Unknown keys, and fields whose value was unusable (current value kept). */
      ignored: string[];
      /** Site entries that cannot be a site ("*", "com", a port …), left out. */
      droppedSites: string[];
    }
  | { ok: false; reason: 'not-json' | 'not-settings' };

const KNOWN = new Set<string>([...Object.keys(DEFAULT_SETTINGS), 'format', 'script']);

/** Reads a settings file over the current settings: fields it lacks or spoils stay as they are. */
export function importSettings(text: string, current: Settings): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, reason: 'not-settings' };
  const obj = raw as Record<string, unknown>;
  const ours = obj.format === SETTINGS_FILE_FORMAT || (typeof obj.version === 'number' && Object.keys(obj).some((k) => k !== 'version' && KNOWN.has(k)));
  if (!ours) return { ok: false, reason: 'not-settings' };

  const read = readSettings(obj);
  const next = { ...current } as Record<keyof Settings, unknown>;
  for (const k of read.present) if (!read.invalid.includes(k)) next[k] = read.settings[k];
  const settings = next as unknown as Settings;
  const keys = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];
  const changed = keys.filter((k) => JSON.stringify(current[k]) !== JSON.stringify(settings[k]));
  const unknown = Object.keys(obj).filter((k) => !KNOWN.has(k));
  return { ok: true, settings, changed, ignored: [...read.invalid, ...unknown], droppedSites: read.droppedSites };
}

/** A list file: one name per line (commas and 、 also separate); blank lines and a BOM ignored. */
export function parseNameList(text: string): string[] {
  return [...new Set(text.replace(/^\uFEFF/, '').split(/[\r\n,，、]+/).map((s) => s.trim()).filter(Boolean))];
}

/** Adds names to a list, keeping its order; tells how many were new. */
export function mergeNames(list: readonly string[], names: readonly string[]): { list: string[]; added: number; existing: number } {
  const seen = new Set(list);
  const fresh = names.filter((n) => !seen.has(n));
  return { list: [...list, ...fresh], added: fresh.length, existing: names.length - fresh.length };
}
