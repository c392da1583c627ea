/** The CLI contract (README): exit codes, usage, JSON fields, stdin. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeLegacy } from '../support/legacy-encode';

const ROOT = resolve(import.meta.dirname, '../..');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/enrich.ts', ...args], { cwd: ROOT, input, encoding: 'utf8' });

const tmp = mkdtempSync(join(tmpdir(), 'zw-cli-'));
const textFile = join(tmp, 'article.txt');
writeFileSync(textFile, '市委書記王小明在高新區(qū)調(diào)研時強調(diào),要抓好安全生產(chǎn)。\n');

describe('enrich CLI', () => {
  it('exits 2 with usage on bad usage', () => {
    for (const args of [[], ['--target', 'zh-XX', textFile], ['--bogus', textFile]]) {
      const r = run(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('usage: npm run enrich');
    }
  });

  it('exits 1 naming an unreadable file', () => {
    const missing = join(tmp, 'missing.txt');
    const r = run(['--json', missing]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(missing);
  });

  it('prints one JSON object per file with the contract fields', () => {
    const r = run(['--json', textFile, textFile]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const out = JSON.parse(lines[0]);
    expect(Object.keys(out).sort()).toEqual(['article', 'directives', 'edits', 'enterprises', 'officials', 'script', 'text']);
    expect(out.article).toBeNull();
    expect(out.text).toContain('高新区调研时强调');
    expect(out.script).toEqual({ detected: 'traditional', target: 'zh-CN' });
    for (const e of out.edits) expect(Object.keys(e).sort()).toEqual(['end', 'kind', 'replacement', 'start']);
  });

  it('reads standard input for -, and honours --target', () => {
    const r = run(['--json', '--target', 'off', '-'], '綿陽新聞網');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).text).toBe('綿陽新聞網');
  });

  it('prints bare JSON through npm itself, as outside checks call it', () => {
    const r = spawnSync('npm', ['run', 'enrich', '--', '--json', textFile], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  it('prints a readable summary without --json', () => {
    const r = run([textFile]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('script: traditional → zh-CN');
  });

  it('reads files by their bytes: UTF-16 with a byte-order mark, UTF-16 without one, GBK, Big5', () => {
    const text = '市委书记王小明在高新区调研时强调，要抓好安全生产。';
    const le = join(tmp, 'utf16le.txt');
    writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const be = join(tmp, 'utf16be.txt');
    writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    const bare = join(tmp, 'utf16-nobom.txt');
    writeFileSync(bare, Buffer.from(text, 'utf16le'));
    const gbk = join(tmp, 'gbk.txt');
    writeFileSync(gbk, encodeLegacy(text, 'gbk'));
    const big5 = join(tmp, 'big5.txt');
    writeFileSync(big5, encodeLegacy('市委書記王小明在高新區調研時強調，要抓好安全生產。', 'big5'));
    const r = run(['--json', le, be, bare, gbk, big5]);
    expect(r.status).toBe(0);
    for (const line of r.stdout.trim().split('\n')) {
      const out = JSON.parse(line);
      expect(out.text.trim()).toBe(text);
      expect(out.edits.filter((e: { kind: string }) => e.kind === 'lossy' || e.kind === 'mojibake')).toEqual([]);
      expect(out.officials.map((o: { name: string }) => o.name)).toEqual(['王小明']);
    }
  });

  it('reads a page at the address given with --url, and prints its date as YYYY-MM-DD with the time apart', () => {
    const page = join(tmp, 'page.html');
    const para = '3月12日上午，北岸区举行春季义务植树活动，区领导与机关干部、志愿者一起来到滨江绿道，挥锹铲土、扶苗培土，共栽下香樟、银杏等苗木一千余株。';
    writeFileSync(
      page,
      `<html><head><meta charset="gb2312"><title>北岸区开展春季义务植树活动_绵阳新闻网</title></head><body><h1>北岸区开展春季义务植树活动</h1>` +
        `<div class="info">发布时间：2024-03-12 15:20 来源：北岸区融媒体中心</div><div class="text">${`<p>${para}</p>`.repeat(4)}</div></body></html>`,
    );
    const r = run(['--json', '--url', 'http://www.myrb.net/content/2024-03/12/content_1.htm', page]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.article).toMatchObject({ isArticle: true, title: '北岸区开展春季义务植树活动', date: '2024-03-12', time: '15:20', source: '北岸区融媒体中心' });
    expect(run(['--json', '--url', 'not a url', page]).status).toBe(2);
  });
});
