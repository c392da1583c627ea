/**
 * The text half of the page pipeline: the article first, then everything around it in the
 * way the article showed (a pinyin mirror is a mirror everywhere on the page; script decided
 * line by line, since page chrome mixes scripts), with no lines removed outside the article.
 * Pure text in, text and edits out: runs in the background for the page, in Node for the CLI.
 */
import { enrichLine, enrichText } from '../pipeline';
import { getConverter } from '../script';
import type { EnrichOptions, Enrichment } from '../types';
import type { PageEnrichment, PageMeta, PageTexts } from './texts';

/** How the text around the article is treated, given what the article showed. */
export function surroundingsOptions(options: EnrichOptions, body: Enrichment): EnrichOptions {
  return {
    ...options,
    repairs: { ...options.repairs, junk: false, duplicates: false },
    pinyinMirror: body.edits.some((e) => e.kind === 'pinyin'),
    scriptPerLine: true,
    officials: false,
    enterprises: false,
    directives: false,
  };
}

/** Short texts around the article (added content, a heading): repaired and converted, nothing tagged. */
export function enrichFragment(text: string, options: EnrichOptions) {
  const r = enrichText(text, { ...options, officials: false, enterprises: false, directives: false });
  return { text: r.text, edits: r.edits };
}

export function enrichPage(texts: PageTexts, options: EnrichOptions = {}): PageEnrichment {
  const body = enrichText(texts.body, options);
  const around = surroundingsOptions(options, body);
  const line = (t: string | null): string | null => (t ? enrichLine(t, around) || null : t);
  const meta: PageMeta = {
    title: line(texts.meta.title) ?? '',
    source: line(texts.meta.source),
    reporter: line(texts.meta.reporter),
    editor: line(texts.meta.editor),
  };
  const target = options.target ?? 'zh-CN';
  const convert = target === 'off' ? null : getConverter(target);
  return {
    body,
    around: texts.around.trim() ? enrichFragment(texts.around, around) : { text: texts.around, edits: [] },
    title: texts.title ? enrichLine(texts.title, around) : texts.title,
    meta,
    attributes: convert ? texts.attributes.map(convert) : texts.attributes,
  };
}
