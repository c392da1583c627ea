/** The hover card lives in a closed shadow root: page scripts cannot reach its links. */
import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EntityCard } from '../../entrypoints/enricher/card';

describe('hover card', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps its shadow root closed to the page', () => {
    const { document } = parseHTML('<!doctype html><html><head></head><body><p>周文涛调研</p></body></html>');
    const card = new EntityCard(document as unknown as Document, () => ({ map: null, mentions: [] }), () => undefined);
    (card as unknown as { ensureCard(): HTMLElement }).ensureCard();
    const host = document.querySelector('zhengwen-card');
    expect(host).not.toBeNull();
    // What a page script sees: no way in.
    expect(host!.shadowRoot).toBeNull();
    expect(host!.getAttribute('data-state')).toBe('closed');
  });
});
