// The extension build, once per browser from the same sources and manifest.json:
//   vite build                  → dist/chrome   (Chromium, Chrome, Edge)
//   vite build --mode firefox   → dist/firefox
// The crx plugin reads the manifest, bundles the entries it names (service worker, content script,
// popup and options pages), and copies icons and _locales. scripts/lib/manifest.ts holds what
// differs between the browsers. vitest has its own config without this plugin.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { finishManifest, isTarget, sourceManifest, type Target } from './scripts/lib/manifest';

/** Rewrites the written manifest.json with what the bundler does not know to add. */
function finishManifestPlugin(target: Target): Plugin {
  return {
    name: 'question-lens:finish-manifest',
    apply: 'build',
    writeBundle(options) {
      const file = join(options.dir!, 'manifest.json');
      const built = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      writeFileSync(file, `${JSON.stringify(finishManifest(target, built), null, 2)}\n`);
    },
  };
}

/** The catalogs as the scripts import them: each message without its "description", which is for
 * translators (and chrome.i18n, whose copy of _locales the crx plugin writes as it is), and without
 * the command line's own messages ("cli…"), which no part of the extension shows. */
function catalogMessagesOnly(): Plugin {
  return {
    name: 'question-lens:catalog-messages-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/_locales[\\/][a-z]{2}[\\/]messages\.json$/.test(id.split('?')[0]!)) return null;
      const catalog = JSON.parse(code) as Record<string, { message: string }>;
      const messages = Object.fromEntries(Object.entries(catalog).filter(([key]) => !key.startsWith('cli')).map(([key, { message }]) => [key, { message }]));
      return { code: JSON.stringify(messages), map: null };
    },
  };
}

export default defineConfig(({ mode }) => {
  const target: Target = isTarget(mode) ? mode : 'chrome';
  return {
    plugins: [catalogMessagesOnly(), crx({ manifest: sourceManifest(target) as ManifestV3Export, browser: target }), finishManifestPlugin(target)],
    // Every JSON import is a default import: one JSON.parse of a string, rather than a module with an
    // export per key (the catalogs have two hundred), is smaller and quicker to load.
    json: { namedExports: false, stringify: true },
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: target === 'firefox' ? 'firefox140' : 'chrome120',
      // Minified: the content script is loaded on every Senate page, so its bytes are the reader's.
      // Readable sources are in the source zip that `npm run package` makes (README: how to rebuild);
      // no source maps in the package.
      minify: true,
      sourcemap: false,
      // Vite's preload of a dynamic import's chunks adds <link rel=modulepreload> to the document,
      // which in a content script is the Senate's page, and fetches chunks a reader may never use.
      modulePreload: false,
      rollupOptions: {
        output: {
          // The panel's catalogs by language: the budget test counts one of them on a question page.
          chunkFileNames: (chunk) => {
            const only = chunk.moduleIds.length === 1 ? chunk.moduleIds[0]! : '';
            const catalog = /_locales[\\/]([a-z]{2})[\\/]messages\.json$/.exec(only);
            return catalog ? `assets/panel-strings-${catalog[1]}-[hash].js` : 'assets/[name]-[hash].js';
          },
        },
      },
    },
  };
});
