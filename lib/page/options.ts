/** What the pipeline does on a page, from the reader's settings (one mapping for every context). */
import type { Settings } from '../settings';
import type { EnrichOptions } from '../types';

export function enrichOptionsFrom(s: Settings): EnrichOptions {
  return {
    target: s.target,
    repairs: s.repairs,
    officials: s.tagOfficials,
    enterprises: s.tagEnterprises,
    directives: s.directives,
    alwaysTag: s.alwaysTag,
    neverTag: s.neverTag,
    knownEnterprises: s.knownEnterprises,
  };
}
