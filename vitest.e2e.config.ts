import { defineConfig } from 'vitest/config';

/** Real-browser tests: one file at a time, generous timeouts (cold starts, Firefox). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
