// The two built manifests, per browser, against snapshots committed beside this file (read them:
// they are the review of what each store receives). Bundle hashes are masked so that a code change
// does not churn the snapshot; a change of shape does.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, DIST, DIST_FIREFOX } from './harness';
import { finishManifest, sourceManifest } from '../../scripts/lib/manifest';
import { siteMatchPatterns } from '../../src/sites/descriptors';

type Json = Record<string, unknown>;
const read = (dir: string): Json => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Json;
/** "assets/index.ts-loader-BWcPZLIH.js" → "assets/index.ts-loader-[hash].js"; the list of chunks the
 * content script imports is the bundler's business (checked on disk below), not the snapshot's. */
const maskHashes = (m: Json) => {
  const copy = structuredClone(m);
  for (const war of (copy.web_accessible_resources ?? []) as { resources: string[] }[]) war.resources = ['(content-script chunks)'];
  return JSON.stringify(copy, null, 2).replace(/-[A-Za-z0-9_-]{8}\.(js|css|html)"/g, '-[hash].$1"') + '\n';
};

describe('built manifests', () => {
  beforeAll(() => buildExtension(), 120_000);

  it('Chromium: as manifest.json says, with the bundled entry points', async () => {
    const chrome = read(DIST);
    expect(chrome.background).toEqual({ service_worker: 'service-worker-loader.js', type: 'module' });
    expect(chrome).not.toHaveProperty('browser_specific_settings');
    await expect(maskHashes(chrome)).toMatchFileSnapshot('__snapshots__/chrome.manifest.json');
  });

  it('Firefox: background scripts beside the service worker, and gecko settings', async () => {
    const firefox = read(DIST_FIREFOX);
    expect(firefox.background).toEqual({
      service_worker: 'service-worker-loader.js',
      scripts: ['service-worker-loader.js'],
      type: 'module',
    });
    expect(firefox.browser_specific_settings).toEqual({
      gecko: { id: 'question-lens@question-lens', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    });
    // Firefox rejects the Chromium-only key on web-accessible resources.
    expect(JSON.stringify(firefox.web_accessible_resources)).not.toContain('use_dynamic_url');
    await expect(maskHashes(firefox)).toMatchFileSnapshot('__snapshots__/firefox.manifest.json');
  });

  it('names only files that exist in each build', () => {
    for (const dir of [DIST, DIST_FIREFOX]) {
      const m = read(dir) as { content_scripts: { js: string[] }[]; web_accessible_resources: { resources: string[] }[]; background: { service_worker: string } };
      const files = [m.background.service_worker, ...m.content_scripts.flatMap((c) => c.js), ...m.web_accessible_resources.flatMap((w) => w.resources)];
      expect(files.length).toBeGreaterThan(2);
      for (const f of files) expect(existsSync(join(dir, f)), `${dir}: ${f}`).toBe(true);
    }
  });

  it('runs, asks permission and exposes its chunks only on the sites of the registry', () => {
    const patterns = siteMatchPatterns();
    for (const dir of [DIST, DIST_FIREFOX]) {
      const m = read(dir) as { content_scripts: { matches: string[] }[]; host_permissions: string[]; web_accessible_resources: { matches: string[] }[] };
      expect(m.host_permissions).toEqual(patterns);
      for (const c of m.content_scripts) expect(c.matches).toEqual(patterns);
      // The bundler lists the chunks' matches in its own order.
      for (const w of m.web_accessible_resources) expect([...w.matches].sort()).toEqual([...patterns].sort());
    }
  });

  it('the two differ only where the browsers differ', () => {
    const chrome = read(DIST);
    const firefox = read(DIST_FIREFOX);
    const differing = Object.keys({ ...chrome, ...firefox }).filter((k) => maskHashes({ v: chrome[k] }) !== maskHashes({ v: firefox[k] }));
    expect(differing.sort()).toEqual(['background', 'browser_specific_settings', 'web_accessible_resources']);
  });
});

describe('manifest per browser (before bundling)', () => {
  it('leaves the Chromium manifest as written', () => {
    const chrome = sourceManifest('chrome');
    expect(chrome.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
  });

  it('gives Firefox the same background module as a script', () => {
    expect(sourceManifest('firefox').background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
  });

  it('keeps a built Firefox background in place and adds the service worker', () => {
    const built = { name: 'x', background: { scripts: ['loader.js'], type: 'module' }, permissions: [] };
    const done = finishManifest('firefox', built);
    expect(Object.keys(done)).toEqual(['name', 'background', 'permissions']);
    expect(done.background).toEqual({ service_worker: 'loader.js', scripts: ['loader.js'], type: 'module' });
    expect(finishManifest('chrome', built)).toBe(built);
  });
});
