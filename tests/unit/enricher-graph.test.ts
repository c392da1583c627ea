/**
 * The enricher is what an article page loads: the DOM half of the pipeline only. The text half
 * (repair, script, entities, directives and their tables) runs in the background; a stray
 * import would pull it, and its word lists, into every article page.
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('the enricher bundle', () => {
  it('holds no text-pipeline module and no data table', async () => {
    const out = await build({
      entryPoints: ['entrypoints/enricher/page-enricher.ts'],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      logLevel: 'silent',
      external: ['wxt/*', '#i18n', 'webextension-polyfill'],
    });
    const inputs = Object.keys(out.metafile.inputs);
    const heavy = inputs.filter((f) => /^(lib\/(repair|script|entities|directives)\/|lib\/pipeline\.ts|assets\/)/.test(f));
    expect(heavy).toEqual([]);
  });
});
