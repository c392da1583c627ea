/** The CLI contract (README): exit codes, usage, JSON fields, stdin. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

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
});
