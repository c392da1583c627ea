/** Injected before the enricher only when a traditional target is chosen: registers the
 * traditional-direction converters (≈1.1 MB of dictionaries) for this page's context. */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import '../lib/script/traditional';

export default defineUnlistedScript(() => undefined);
