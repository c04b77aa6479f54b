// `npm run package` (scripts/package.ts) on the fresh build: three zips named with the version, the
// store zips with the manifest at their root, the source zip with what a reviewer rebuilds from.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageExtension, type PackageResult } from '../../scripts/package';
import { buildExtension, ROOT } from './harness';

const version = (JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { version: string }).version;

describe('npm run package', () => {
  const out = mkdtempSync(join(tmpdir(), 'ql-artifacts-'));
  let result: PackageResult;
  const entries = (kind: string) => unzipSync(readFileSync(result.files.find((f) => f.kind === kind)!.path));

  beforeAll(() => {
    buildExtension();
    result = packageExtension(ROOT, out);
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes the three zips named with the version', () => {
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(result.files.map((f) => basename(f.path))).toEqual([
      `question-lens-chrome-${version}.zip`,
      `question-lens-firefox-${version}.zip`,
      `question-lens-source-${version}.zip`,
    ]);
  });

  it('puts each browser manifest at its zip root, with the files it names', () => {
    for (const kind of ['chrome', 'firefox']) {
      const files = entries(kind);
      const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as { version: string; background: { service_worker: string }; content_scripts: { js: string[] }[] };
      expect(manifest.version, kind).toBe(version);
      expect(Object.keys(files).some((n) => n.startsWith('dist/')), kind).toBe(false);
      expect(files[manifest.background.service_worker], kind).toBeDefined();
      expect(files[manifest.content_scripts[0]!.js[0]!], kind).toBeDefined();
      expect(files['_locales/fr/messages.json'], kind).toBeDefined();
    }
    const firefox = JSON.parse(strFromU8(entries('firefox')['manifest.json']!)) as { browser_specific_settings?: unknown };
    expect(firefox.browser_specific_settings).toBeDefined();
  });

  it('puts the tracked sources in the source zip, and nothing built or installed', () => {
    const names = Object.keys(entries('source'));
    expect(names).toEqual(expect.arrayContaining(['manifest.json', 'package.json', 'package-lock.json', 'README.md', 'vite.config.ts', 'src/content/index.ts']));
    expect(names.filter((n) => /^(node_modules|dist|artifacts|bin)\//.test(n))).toEqual([]);
  });
});
