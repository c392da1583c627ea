import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, parseSettings, readSettings, SETTINGS_KEY } from '../../lib/settings';
import { loadSettings, saveSettings, updateSettings } from '../../utils/settings-store';

/** Settings as version 1 stored them: `script` instead of `target`, sites as one string. */
const V1_FIXTURE = { version: 1, script: 'zh-TW', sites: 'example.com, news.example.org', tagOfficials: false };

describe('settings schema', () => {
  it('gives defaults for nothing stored', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates every old version in order', () => {
    const s = parseSettings(V1_FIXTURE);
    expect(s.version).toBe(2);
    expect(s.target).toBe('zh-TW');
    expect(s.sites).toEqual(['example.com', 'news.example.org']);
    expect(s.tagOfficials).toBe(false);
  });

  it.each([
    [{ target: 'klingon' }, 'target', 'zh-CN'],
    [{ repairs: { pinyin: 'yes' } }, 'repairs', DEFAULT_SETTINGS.repairs],
    [{ alwaysTag: ['  张三 ', '张三', '', 3] }, 'alwaysTag', []],
    [{ alwaysTag: ['  张三 ', '张三', ''] }, 'alwaysTag', ['张三']],
    [{ highlightStyle: 'blink' }, 'highlightStyle', 'underline'],
    [{ uiLanguage: 'fr' }, 'uiLanguage', 'auto'],
  ])('replaces invalid values %j', (stored, key, expected) => {
    expect(parseSettings(stored)[key as keyof typeof DEFAULT_SETTINGS]).toEqual(expected);
  });

  it('keeps a chosen interface language', () => {
    expect(parseSettings({ version: 2, uiLanguage: 'zh_TW' }).uiLanguage).toBe('zh_TW');
  });

  it('drops site entries that cannot be a site, and normalises the rest', () => {
    const read = readSettings({ version: 2, sites: ['*', 'com', 'example.com:8080', 'user@example.com', 'https://News.Example.org/a', '*.example.net'] });
    expect(read.settings.sites).toEqual(['news.example.org', 'example.net']);
    expect(read.droppedSites).toEqual(['*', 'com', 'example.com:8080', 'user@example.com']);
  });

  it('tells which fields were present and which were unusable', () => {
    const read = readSettings({ version: 2, target: 'zh-HK', tagOfficials: 'no', alwaysTag: [1] });
    expect(read.present.sort()).toEqual(['alwaysTag', 'tagOfficials', 'target']);
    expect(read.invalid.sort()).toEqual(['alwaysTag', 'tagOfficials']);
  });
});

describe('settings store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips through extension storage', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, target: 'zh-HK' });
    expect((await loadSettings()).target).toBe('zh-HK');
  });

  it('reads old shapes through the migrations', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: V1_FIXTURE });
    expect((await loadSettings()).target).toBe('zh-TW');
  });

  it('updates one field and keeps the rest', async () => {
    await updateSettings((s) => ({ ...s, disabledSites: ['www.myrb.net'] }));
    const s = await loadSettings();
    expect(s.disabledSites).toEqual(['www.myrb.net']);
    expect(s.target).toBe('zh-CN');
  });
});
