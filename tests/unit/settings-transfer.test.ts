import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { exportSettings, importSettings, mergeNames, parseNameList } from '../../lib/settings-transfer';

const CUSTOM: Settings = {
  ...DEFAULT_SETTINGS,
  target: 'zh-TW',
  repairs: { ...DEFAULT_SETTINGS.repairs, pinyin: false },
  tagEnterprises: false,
  sites: ['news.example.org'],
  disabledSites: ['www.myrb.net'],
  alwaysTag: ['赵小兰'],
  neverTag: ['陈思远'],
  knownEnterprises: ['长虹'],
  highlightStyle: 'background',
  uiLanguage: 'zh_TW',
};

describe('settings export and import', () => {
  it('exports, and imports back over the defaults identical', () => {
    const result = importSettings(exportSettings(CUSTOM), DEFAULT_SETTINGS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings).toEqual(CUSTOM);
    expect(result.changed.sort()).toEqual(
      ['alwaysTag', 'disabledSites', 'highlightStyle', 'knownEnterprises', 'neverTag', 'repairs', 'sites', 'tagEnterprises', 'target', 'uiLanguage'].sort(),
    );
    expect(result.ignored).toEqual([]);
  });

  it('reports nothing changed when the file holds the current settings', () => {
    const result = importSettings(exportSettings(CUSTOM), CUSTOM);
    expect(result.ok && result.changed).toEqual([]);
  });

  it('keeps current values for fields the file lacks or spoils, and reports the spoiled and unknown ones', () => {
    const file = JSON.stringify({ format: 'zhengwen-settings', version: 2, target: 'klingon', neverTag: ['张三'], sites: ['*', 'ok.example.com'], theme: 'pink' });
    const result = importSettings(file, CUSTOM);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.target).toBe('zh-TW');
    expect(result.settings.neverTag).toEqual(['张三']);
    expect(result.settings.sites).toEqual(['ok.example.com']);
    expect(result.settings.alwaysTag).toEqual(['赵小兰']);
    expect(result.ignored.sort()).toEqual(['target', 'theme']);
    expect(result.droppedSites).toEqual(['*']);
    expect(result.changed.sort()).toEqual(['neverTag', 'sites']);
  });

  it('reads a version 1 file through the migrations', () => {
    const result = importSettings(JSON.stringify({ version: 1, script: 'zh-HK', sites: 'a.example.com' }), DEFAULT_SETTINGS);
    expect(result.ok && result.settings.target).toBe('zh-HK');
    expect(result.ok && result.settings.sites).toEqual(['a.example.com']);
  });

  it.each([
    ['not json {', 'not-json'],
    ['[1, 2]', 'not-settings'],
    ['"text"', 'not-settings'],
    ['{"name": "package", "version": "1.0.0"}', 'not-settings'],
    ['{"version": 2}', 'not-settings'],
  ])('refuses %j', (text, reason) => {
    expect(importSettings(text, DEFAULT_SETTINGS)).toEqual({ ok: false, reason });
  });
});

describe('list files', () => {
  it('reads one name per line (and commas, 、), without blanks, a BOM or repeats', () => {
    expect(parseNameList('\uFEFF张三\r\n李四\n\n 王五 ,赵六、张三\n')).toEqual(['张三', '李四', '王五', '赵六']);
  });

  it('adds new names after the list and counts the rest', () => {
    expect(mergeNames(['张三'], ['李四', '张三'])).toEqual({ list: ['张三', '李四'], added: 1, existing: 1 });
  });
});
