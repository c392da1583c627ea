/**
 * Every colour ZhengWen shows, defined once: the marks on the page (officials, companies,
 * directive flash), the force labels, and the interface of the popup, options, onboarding
 * and hover card in light and dark. Extension pages and the card read them as CSS custom
 * properties (`paletteCss`); the page highlights read the constants directly.
 */

/** Marks on the article page: an underline colour and a background fill for each kind. */
export const MARKS = {
  official: { line: '#d97706', fill: 'rgba(255, 214, 0, 0.35)' },
  enterprise: { line: '#0284c7', fill: 'rgba(0, 170, 255, 0.25)' },
  directive: { line: '#15803d', fill: 'rgba(0, 200, 120, 0.18)' },
  flash: { line: 'rgba(250, 204, 21, 0.9)', fill: 'rgba(250, 204, 21, 0.55)' },
} as const;

export type MarkKind = keyof typeof MARKS;

interface Theme {
  bg: string;
  surface: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  accentText: string;
  focus: string;
  danger: string;
  success: string;
  require: string;
  encourage: string;
  badgeText: string;
  shadow: string;
}

/** Interface colours; contrast of text on bg and surface ≥ 4.5:1 in both themes. */
export const THEMES: Record<'light' | 'dark', Theme> = {
  light: {
    bg: '#ffffff',
    surface: '#f6f8fa',
    text: '#1f2328',
    muted: '#57606a',
    border: '#d0d7de',
    accent: '#0969da',
    accentText: '#ffffff',
    focus: '#0969da',
    danger: '#b3261e',
    success: '#1a7f37',
    require: '#b3261e',
    encourage: '#1a7f37',
    badgeText: '#ffffff',
    shadow: 'rgba(0, 0, 0, 0.25)',
  },
  dark: {
    bg: '#1c2128',
    surface: '#22272e',
    text: '#e6edf3',
    muted: '#9da7b3',
    border: '#444c56',
    accent: '#4493f8',
    accentText: '#0d1117',
    focus: '#79b8ff',
    danger: '#ff7b72',
    success: '#56d364',
    require: '#f47067',
    encourage: '#57ab5a',
    badgeText: '#0d1117',
    shadow: 'rgba(0, 0, 0, 0.6)',
  },
};

/** The badge behind the toolbar icon. */
export const BADGE_COLOUR = THEMES.light.danger;

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function vars(theme: Theme): string {
  const ui = Object.entries(theme).map(([k, v]) => `--zw-${kebab(k)}: ${v};`);
  const marks = Object.entries(MARKS).flatMap(([k, v]) => [`--zw-${k}-line: ${v.line};`, `--zw-${k}-fill: ${v.fill};`]);
  return [...ui, ...marks].join(' ');
}

/** Custom properties for `selector` (':root' on extension pages, ':host' in the card), light and dark. */
export function paletteCss(selector = ':root'): string {
  return `${selector} { color-scheme: light dark; ${vars(THEMES.light)} }
@media (prefers-color-scheme: dark) { ${selector} { ${vars(THEMES.dark)} } }`;
}
