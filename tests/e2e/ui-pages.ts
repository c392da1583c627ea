/**
 * Pages and checks for the interface tests: articles of our own (officials, a company, two
 * bodies, many directives), and what the interface says once page text is set aside.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import type { BrowserLanguage } from './harness';
import { TRADITIONAL_PARAGRAPHS } from './pages';

export const SCREENSHOTS = resolve(import.meta.dirname, '../../screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });
export const shot = (name: string) => join(SCREENSHOTS, `${name}.png`);

/** Officials, a company with a short name, and directives from a person and from two bodies. */
export const BODIES_PARAGRAPHS = [
  ...TRADITIONAL_PARAGRAPHS,
  '3月2日，市委召開常委會會議。會議強調，要堅持穩中求進工作總基調，紮實推進各項重點工作。',
  '市委要求，各級黨組織要切實擔負起主體責任，確保各項部署落地見效。',
  '會上，四川長虹電源有限責任公司負責人介紹了項目進展，長虹電源將擴大產能。',
];

/** Twelve directives (the filter box shows above ten), from 周文涛 and 会议 in turn. */
export const MANY_DIRECTIVES_PARAGRAPHS = [
  '县委书记周文涛主持召开会议。',
  ...['抓好安全生产', '加快项目建设', '优化营商环境', '做好防汛准备', '推进乡村振兴', '加强生态保护', '提升公共服务', '稳定就业岗位', '支持长虹电源扩大产能', '抓好森林防火', '推进城市更新', '强化作风建设'].map(
    (item, i) => (i % 2 === 0 ? `周文涛指出，要${item}，确保各项工作落到实处。` : `会议强调，要${item}，切实抓好落实。`),
  ),
];

/**
 * The interface's own words on the page: text nodes and labelling attributes, leaving out
 * page and user data (marked data-content), key caps and hidden elements. Runs in the page.
 */
export function interfaceText(): string {
  const skip = (el: Element | null) => !!el?.closest('[data-content], kbd, script, style, [hidden]');
  const parts: string[] = [document.title];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!skip(n.parentElement)) parts.push(n.nodeValue ?? '');
  for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
    if (skip(el) || el.querySelector('[data-content]')) continue;
    for (const a of ['aria-label', 'title', 'placeholder', 'alt']) parts.push(el.getAttribute(a) ?? '');
  }
  return parts.join('\n');
}

const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/g;
/** Latin words a Chinese interface may use: file formats. */
const LATIN_ALLOWED = new Set(['Markdown', 'JSON', 'CSV']);
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** What in `text` belongs to another language than `language` (empty when none). */
export function otherLanguage(text: string, language: BrowserLanguage): string[] {
  if (language === 'en-US') return [...new Set(text.match(CHINESE) ?? [])];
  const latin = (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !LATIN_ALLOWED.has(w));
  const convert = language === 'zh-CN' ? toSimplified : toTraditional;
  const converted = [...convert(text)];
  const wrongScript = [...text].filter((c, i) => converted[i] !== c);
  return [...new Set([...latin, ...wrongScript])];
}
