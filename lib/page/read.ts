/**
 * The DOM half of the page pipeline: decide whether the page is an article, find its body and
 * metadata, and read the texts the text half works on — the article, the page around it, the
 * tab title and the reader-facing attributes — each with what is needed to write back.
 * Pure: it receives the Document; the CLI (linkedom) and the enricher (the live page) share it.
 */
import { detectArticle, type Detection } from '../article/detect';
import { extractArticle, type ExtractedArticle } from '../article/extract';
import { readerAttributes, type AttributeSlot } from '../dom/attributes';
import { collectText, type TextMap } from '../dom/text-map';
import type { PageTexts } from './texts';

export interface PageRead {
  detection: Detection;
  extracted: ExtractedArticle | null;
  /** The article's element (the body when no article was found and enrichment was asked for). */
  root: Element;
  /** Blocks inside root that are not article text (ads, captions, share bars). */
  exclude: Element[];
  body: TextMap;
  /** The page around the article (headline, info line, navigation); null when root is <body>. */
  around: TextMap | null;
  /** Attributes the reader sees (title, alt …) inside the article, in `texts.attributes` order. */
  attributes: AttributeSlot[];
  texts: PageTexts;
}

/** Runs one named step (the enricher times them for the benchmark). */
export type StepTimer = <T>(step: string, fn: () => T) => T;
const untimed: StepTimer = (_step, fn) => fn();

/** `detection`: the detector's verdict when the caller already has it (the content script ran it). */
export function readPage(doc: Document, url: string, detection?: Detection, time: StepTimer = untimed): PageRead {
  detection ??= time('detect', () => detectArticle(doc, url));
  const extracted = time('extract', () => extractArticle(doc, url, undefined, detection.body));
  const pageBody = (doc.body ?? doc.documentElement) as Element;
  const root = extracted?.root ?? pageBody;
  const exclude = extracted?.exclude ?? [];
  const body = time('collect', () => collectText(root, { exclude }));
  const around = root !== pageBody ? time('collect-around', () => collectText(pageBody, { exclude: [root] })) : null;
  const attributes = time('attributes', () => readerAttributes(root));
  const texts: PageTexts = {
    body: body.text,
    around: around?.text ?? '',
    title: doc.title ?? '',
    meta: {
      title: extracted?.title ?? doc.title ?? '',
      source: extracted?.source ?? null,
      reporter: extracted?.reporter ?? null,
      editor: extracted?.editor ?? null,
    },
    attributes: attributes.map((a) => a.value),
  };
  return { detection, extracted, root, exclude, body, around, attributes, texts };
}
