import { defineConfig } from 'vitest/config';

// The crx plugin stays out of here: tests run the engine in Node and drive the built extension
// through playwright-core, never through the extension build pipeline.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Builds dist/ once per run for the end-to-end files.
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
