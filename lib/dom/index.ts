/** The DOM layer: the one place that knows about nodes. Everything takes the root/document it works on. */
export { collectText, positionOf, recollectText, textMapFromLines, textSegments, type TextMap, type TextSegment, type CollectOptions } from './text-map';
export { applyEditsToDom, type ApplyOptions, type ApplyResult } from './apply-edits';
export { applyEditsInSlices, type SliceOptions } from './apply-sliced';
export { UndoLog } from './undo-log';
export { declareLang, langPieces } from './declare-lang';
export { convertAttributes, convertDocumentTitle, readerAttributes, writeAttributes, CONVERTED_ATTRIBUTES, type AttributeSlot } from './attributes';
export { watchMutations, type WatchOptions, type MutationWatcher } from './mutations';
export {
  highlightSpans,
  highlightSpansInSlices,
  highlightCss,
  rangeForSpan,
  spanBoundaries,
  type HighlightSpan,
  type HighlightKind,
  type HighlightHandle,
  type HighlightOptions,
  type HighlightWindow,
  type SpanBoundaries,
} from './highlights';
export { DEFAULT_SKIP_CLASS, isSkippedElement, isInSkippedRegion, isBlockElement, isOptedOut } from './walker-skip';
