/** Article detection (tiny, runs on every page) and extraction (body + metadata). */
export { detectArticle, type Detection } from './detect';
export { extractArticle, type ExtractedArticle } from './extract';
export { SITE_PROFILES, CMS_BODY_SELECTORS, profileForUrl, profileFor, type SiteProfile } from './profiles';
export { normalizeDate, urlDate } from './dates';
export { findSource, findReporter, findEditor } from './byline';
