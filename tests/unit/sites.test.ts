import { describe, expect, it } from 'vitest';
import { hostMatchesSite, parseSiteEntry, sitePattern } from '../../lib/sites';

describe('site entries in the settings', () => {
  it.each([
    ['news.example.com', 'news.example.com'],
    ['  Example.COM ', 'example.com'],
    ['https://www.example.org/path/to?x=1', 'www.example.org'],
    ['*.example.net', 'example.net'],
    ['example.com.', 'example.com'],
    ['mianyang.gov.cn', 'mianyang.gov.cn'],
    ['绵阳.中国', 'xn--7o0az98b.xn--fiqs8s'],
  ])('accepts %j as %j', (entry, host) => {
    expect(parseSiteEntry(entry)).toEqual({ ok: true, host });
  });

  it.each([
    ['*', 'wildcard'],
    ['*.*', 'wildcard'],
    ['exa*mple.com', 'wildcard'],
    ['com', 'tld'],
    ['*.com', 'tld'],
    ['.cn', 'tld'],
    ['com.cn', 'tld'],
    ['gov.cn', 'tld'],
    ['example.com:8080', 'port'],
    ['http://example.com:80/', 'port'],
    ['user@example.com', 'userinfo'],
    ['https://user:secret@example.com/', 'userinfo'],
    ['exa mple.com', 'invalid'],
    ['-example.com', 'invalid'],
    ['192.168.1.1', 'invalid'],
    ['[::1]', 'invalid'],
    ['', 'invalid'],
  ])('refuses %j (%s)', (entry, problem) => {
    expect(parseSiteEntry(entry)).toEqual({ ok: false, problem });
  });

  it('matches a site and its subdomains, and builds its pattern', () => {
    expect(hostMatchesSite('www.example.com', 'example.com')).toBe(true);
    expect(hostMatchesSite('badexample.com', 'example.com')).toBe(false);
    expect(sitePattern('example.com')).toBe('*://*.example.com/*');
  });
});
