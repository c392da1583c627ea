/** Options: one form over the typed settings; every change is saved at once and applies on the next page load. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { REPAIR_NAMES, type Settings } from '../../lib/settings';
import { sitePattern } from '../../lib/sites';
import type { RepairName, TargetScript } from '../../lib/types';
import { loadSettings, saveSettings } from '../../utils/settings-store';

const TARGETS: [TargetScript, string][] = [
  ['zh-CN', '简体 zh-CN'],
  ['zh-TW', '繁體 zh-TW（台灣用語）'],
  ['zh-HK', '繁體 zh-HK（香港）'],
  ['off', '不转换 Off'],
];
const REPAIR_TEXT: Record<RepairName, string> = {
  junk: '删除杂项行（验证码、导航、标记）Remove junk lines',
  mojibake: '修复乱码 Repair mojibake',
  pinyin: '删除拼音注音 Remove pinyin annotations',
  punctuation: '全角标点 Full-width punctuation',
  duplicates: '删除重复段落 Remove duplicated blocks',
};
const lines = (s: string) => s.split(/[\n,，、]/).map((x) => x.trim()).filter(Boolean);

export function Options() {
  const [s, setS] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => void loadSettings().then(setS), []);
  if (!s) return <main><p role="status">…</p></main>;

  const save = async (next: Settings) => {
    setS(next);
    await saveSettings(next);
    setStatus('已保存，下次打开页面时生效。Saved — applies on the next page load.');
  };
  const requestOrigins = async (origins: string[]) => {
    if (origins.length === 0) return true;
    // Asked for at the moment the user turns it on, never at install.
    return browser.permissions.request({ origins }).catch(() => false);
  };

  return (
    <main>
      <h1>正文 ZhengWen — 设置 Options</h1>
      <fieldset>
        <legend>目标字形 Target script</legend>
        <select data-testid="target" value={s.target}
          onChange={(e) => void save({ ...s, target: (e.currentTarget as HTMLSelectElement).value as TargetScript })}>
          {TARGETS.map(([v, label]) => <option value={v}>{label}</option>)}
        </select>
      </fieldset>
      <fieldset>
        <legend>修复 Repairs</legend>
        {REPAIR_NAMES.map((n) => (
          <label>
            <input type="checkbox" data-testid={`repair-${n}`} checked={s.repairs[n]}
              onChange={(e) => void save({ ...s, repairs: { ...s.repairs, [n]: (e.currentTarget as HTMLInputElement).checked } })} />
            {REPAIR_TEXT[n]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>标注 Tags</legend>
        {([['tagOfficials', '官员 Officials'], ['tagEnterprises', '企业 Enterprises'], ['directives', '指示 Directives']] as const).map(([k, label]) => (
          <label>
            <input type="checkbox" data-testid={`tag-${k}`} checked={s[k]}
              onChange={(e) => void save({ ...s, [k]: (e.currentTarget as HTMLInputElement).checked })} />
            {label}
          </label>
        ))}
        <label>
          高亮样式 Highlight style{' '}
          <select value={s.highlightStyle}
            onChange={(e) => void save({ ...s, highlightStyle: (e.currentTarget as HTMLSelectElement).value as Settings['highlightStyle'] })}>
            <option value="underline">下划线 Underline</option>
            <option value="background">底色 Background</option>
            <option value="none">不显示 None</option>
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>网站 Sites</legend>
        <p class="hint">默认：绵阳新闻网和常见的新闻、政府网站（见 README）。Defaults: the Mianyang news site and common Chinese news/government sites.</p>
        <label class="block">
          其他网站（每行一个域名）Extra sites, one hostname per line
          <textarea data-testid="sites" rows={3} value={s.sites.join('\n')}
            onChange={async (e) => {
              const sites = lines((e.currentTarget as HTMLTextAreaElement).value);
              const ok = await requestOrigins(sites.map(sitePattern));
              if (!ok) return setStatus('未获得权限，网站未添加。Permission refused; sites not added.');
              await save({ ...s, sites });
            }} />
        </label>
        <label>
          <input type="checkbox" data-testid="all-sites" checked={s.allSites}
            onChange={async (e) => {
              const on = (e.currentTarget as HTMLInputElement).checked;
              if (on && !(await requestOrigins(['*://*/*']))) {
                (e.currentTarget as HTMLInputElement).checked = false;
                return setStatus('未获得权限。Permission refused.');
              }
              await save({ ...s, allSites: on });
            }} />
          在所有网站上检测文章 Detect articles on all sites (asks for permission)
        </label>
        {s.disabledSites.length > 0 && (
          <p>已关闭 Switched off: {s.disabledSites.join('、')}{' '}
            <button onClick={() => void save({ ...s, disabledSites: [] })}>全部恢复 Re-enable all</button></p>
        )}
      </fieldset>
      <fieldset>
        <legend>我的名单 My lists</legend>
        {([['alwaysTag', '总是标注的人名 Names to always tag'], ['neverTag', '从不标注的名字 Names never to tag'], ['knownEnterprises', '我的企业 My companies']] as const).map(([k, label]) => (
          <label class="block">
            {label}
            <textarea data-testid={k} rows={2} value={s[k].join('\n')}
              onChange={(e) => void save({ ...s, [k]: lines((e.currentTarget as HTMLTextAreaElement).value) })} />
          </label>
        ))}
      </fieldset>
      <p role="status" data-testid="status">{status}</p>
    </main>
  );
}
