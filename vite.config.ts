// The extension build (Chromium, Manifest V3) into dist/. The crx plugin reads manifest.json, bundles
// the entries it names (service worker, content script), and copies icons and _locales.
// vitest has its own config without this plugin.
//
// Other browsers (Firefox: background.scripts, browser_specific_settings) are meant to come in
// through `manifestFor`, from the same manifest.json.
import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };

type Target = 'chrome';

function manifestFor(target: Target): ManifestV3Export {
  void target;
  return baseManifest as ManifestV3Export;
}

export default defineConfig({
  plugins: [crx({ manifest: manifestFor('chrome') })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome120',
    // Readable bundles: store reviewers read them, and stack traces stay meaningful.
    minify: false,
    sourcemap: false,
  },
});
