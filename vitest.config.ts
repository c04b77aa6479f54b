import { defineConfig } from 'vitest/config';

// The crx plugin stays out of here: tests run the engine in Node and drive the built extension
// through playwright-core, never through the extension build pipeline.
//
// Two projects: 'unit' (engine, CLI, panel logic) runs in parallel; 'extension' (checks on the
// built extension and the end-to-end files, which share a Chromium) runs one file after the other,
// after a single build.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/build/**', '**/node_modules/**'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'extension',
          include: ['test/build/**/*.test.ts', 'test/e2e/**/*.test.ts'],
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
