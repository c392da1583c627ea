import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../lib/messages';
import { emptyReport } from '../../lib/report';

describe('message protocol', () => {
  it.each([
    [{ type: 'load-enricher' }],
    [{ type: 'get-report', tabId: 3 }],
    [{ type: 'set-view', tabId: 3, view: 'original' }],
    [{ type: 'reveal', tabId: 1, kind: 'directive', key: '2' }],
    [{ type: 'report', report: emptyReport('http://x/', 'not-article') }],
    [{ type: 'show', kind: 'official', key: '罗增斌' }],
  ])('accepts %j', (m) => {
    expect(parseMessage(m)).toEqual(m);
  });

  it.each([
    [null],
    ['load-enricher'],
    [{ type: 'get-report', tabId: '3' }],
    [{ type: 'get-report', tabId: -1 }],
    [{ type: 'set-view', tabId: 3, view: 'sideways' }],
    [{ type: 'reveal', tabId: 1, kind: 'script', key: '1' }],
    [{ type: 'report', report: { state: 'hacked', url: 'x' } }],
    [{ type: 'eval', code: 'alert(1)' }],
  ])('rejects %j', (m) => {
    expect(parseMessage(m)).toBeNull();
  });
});
