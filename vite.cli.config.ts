import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// The command line as one self-contained file for Node (linkedom bundled in), named by package.json's
// "bin". Kept apart from the extension build so that neither drags the other's plugins along.
export default defineConfig({
  // What `question-lens --version` prints (src/cli/version.ts reads package.json when run unbundled).
  define: { __VERSION__: JSON.stringify(version) },
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'bin',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      output: {
        entryFileNames: 'question-lens.js',
        format: 'es',
        banner: '#!/usr/bin/env node',
        inlineDynamicImports: true,
      },
    },
  },
  ssr: {
    noExternal: true,
    target: 'node',
  },
});
