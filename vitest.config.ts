import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/quality/**/*.test.ts'],
    // Linear-time checks run 1 MB inputs several times; on a loaded 2-core machine that is slow.
    testTimeout: 180_000,
  },
});
