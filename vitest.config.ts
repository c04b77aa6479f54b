import { defineConfig } from 'vitest/config';

// The crx plugin stays out of here: tests run the engine in Node and drive the built extension
// through playwright-core, never through the extension build pipeline.
//
// Two projects: the unit/engine tests run in parallel; the end-to-end files share a Chromium and
// run one after the other, after a single build of the extension.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', '**/node_modules/**'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
