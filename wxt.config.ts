import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { DEFAULT_SITE_PATTERNS } from './lib/sites';

/** Fixed so Firefox tests can address the popup as moz-extension://UUID/popup.html. */
export const GECKO_ID = 'zhengwen@zhengwen.example';

/**
 * The end-to-end build (ZHENGWEN_E2E=1, into .output-e2e) differs in one thing: host access
 * to every site is granted up front, standing in for the activeTab grant a real click on the
 * toolbar button gives, which automation cannot give. Content scripts still match only the
 * default sites, so "Enrich this page" on other sites is exercised as users meet it.
 */
const E2E = process.env.ZHENGWEN_E2E === '1';
const extraHosts = E2E ? ['*://*/*'] : [];

export default defineConfig({
  outDir: E2E ? '.output-e2e' : '.output',
  // @wxt-dev/i18n turns locales/*.json into _locales/*/messages.json and types their keys.
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // preset-vite's Plugin type comes from its own vite copy; the plugin itself is compatible.
  vite: () => ({ plugins: [preact() as never] }),
  manifest: ({ browser, manifestVersion }) => ({
    // Every text the browser shows for us comes from _locales, in the browser's language.
    name: '__MSG_manifest_name__',
    description: '__MSG_manifest_description__',
    default_locale: 'en',
    permissions: ['storage', 'scripting', 'activeTab', 'contextMenus'],
    ...(manifestVersion === 3
      ? { host_permissions: [...DEFAULT_SITE_PATTERNS, ...extraHosts], optional_host_permissions: ['*://*/*'] }
      : {
          permissions: ['storage', 'scripting', 'activeTab', 'contextMenus', ...DEFAULT_SITE_PATTERNS, ...extraHosts],
          optional_permissions: ['*://*/*'],
        }),
    commands: {
      'toggle-original': {
        suggested_key: { default: 'Alt+Shift+Z' },
        description: '__MSG_manifest_commandToggleOriginal__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
