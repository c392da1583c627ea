import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY } from '../../lib/settings';
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
  ])('replaces invalid values %j', (stored, key, expected) => {
    expect(parseSettings(stored)[key as keyof typeof DEFAULT_SETTINGS]).toEqual(expected);
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
