import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { DEFAULT_SITE_PATTERNS } from './lib/sites';

/** Fixed so Firefox tests can address the popup as moz-extension://UUID/popup.html. */
export const GECKO_ID = 'zhengwen@zhengwen.example';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // preset-vite's Plugin type comes from its own vite copy; the plugin itself is compatible.
  vite: () => ({ plugins: [preact() as never] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'ZhengWen 正文',
    description: 'Repairs damaged Chinese news pages, converts script, tags officials and enterprises, lists directives.',
    default_locale: undefined,
    permissions: ['storage', 'scripting', 'activeTab', 'contextMenus'],
    ...(manifestVersion === 3
      ? { host_permissions: [...DEFAULT_SITE_PATTERNS], optional_host_permissions: ['*://*/*'] }
      : { permissions: ['storage', 'scripting', 'activeTab', 'contextMenus', ...DEFAULT_SITE_PATTERNS], optional_permissions: ['*://*/*'] }),
    commands: {
      'toggle-original': {
        suggested_key: { default: 'Alt+Shift+Z' },
        description: 'Toggle between the original and the repaired page',
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
