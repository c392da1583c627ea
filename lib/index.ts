/** Public API of ZhengWen's pure library: used by the CLI, the content scripts and the tests. */
export { enrichText, enrichLine, needsConversion } from './pipeline';
export { repairText } from './repair';
export { convertScript, detectScript, registerConverter, getConverter } from './script';
export { findEntities } from './entities';
export { findDirectives } from './directives';
export { applyEdits, composeEdits, chainSteps, mapSpanToInput } from './edits';
export type * from './types';
