/** Injected on article pages (or on request): runs the pipeline on the page, in place. */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startEnricher } from './page-enricher';

export default defineUnlistedScript(() => startEnricher());
