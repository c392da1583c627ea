/**
 * A message with page or user data inside it ("Short names: $1"): format it with SLOT as the
 * substitution, then put the data element where SLOT landed, so word order stays the
 * translation's and the data keeps its own element (lang=, data-content). SLOT is a
 * private-use character: browser.i18n cuts a substitution at NUL.
 */
import type { ComponentChild } from 'preact';

export const SLOT = '\uE000';

export function withSlot(message: string, slot: ComponentChild): ComponentChild[] {
  const [before, ...after] = message.split(SLOT);
  return after.length === 0 ? [message] : [before, slot, after.join('')];
}
