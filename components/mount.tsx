/**
 * Starts one of ZhengWen's own pages: the palette's colours, the reader's interface language,
 * the page title, then the app. Shared by the popup, the options and the onboarding page.
 */
import { render, type ComponentChild } from 'preact';
import { paletteCss } from '../lib/palette';
import { applyUiLanguage } from '../utils/i18n';
import { loadSettings } from '../utils/settings-store';
import './theme.css';

export async function mountPage(title: () => string, app: () => ComponentChild): Promise<void> {
  const style = document.createElement('style');
  style.textContent = paletteCss();
  document.head.append(style);
  const settings = await loadSettings().catch(() => null);
  await applyUiLanguage(settings?.uiLanguage ?? 'auto');
  document.title = title();
  render(app(), document.getElementById('app')!);
}
