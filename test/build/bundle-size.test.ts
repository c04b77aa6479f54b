// The content script's budget: everything a Senate page loads for it (the manifest's loader, the
// module it imports, and their chunks) gzips to 40 KB at most. A reader pays this on every visit.

import { beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, ROOT } from '../e2e/harness';
import { chromeDist, contentBundle, CONTENT_BUDGET_BYTES, moduleWeights } from './content-bundle';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

describe('content-script bundle', () => {
  beforeAll(() => buildExtension(), 180_000);

  it('finds the loader, the content module and its chunks from the built manifest', () => {
    const { files } = contentBundle(chromeDist(ROOT));
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(files[0]!.file).toMatch(/loader/);
    // The loader is a few hundred bytes; the engine lives in what it imports.
    expect(files[0]!.bytes).toBeLessThan(2_000);
    expect(files.slice(1).some((f) => f.bytes > 20_000)).toBe(true);
  });

  it(`gzips to at most ${kb(CONTENT_BUDGET_BYTES)} on a written-question page`, () => {
    const dist = chromeDist(ROOT);
    const bundle = contentBundle(dist);
    const heaviest = moduleWeights(dist, bundle.files)
      .slice(0, 12)
      .map((m) => `  ${kb(m.gzip).padStart(8)}  ${m.module}`)
      .join('\n');
    const files = bundle.files.map((f) => `  ${kb(f.gzip).padStart(8)}  ${f.file}${f.lazy ? ' (lazy)' : ''}`).join('\n');
    expect(
      bundle.questionPage,
      `content script ${kb(bundle.questionPage)} gzipped, budget ${kb(CONTENT_BUDGET_BYTES)}\nfiles:\n${files}\nheaviest modules (each gzipped alone):\n${heaviest}`,
    ).toBeLessThanOrEqual(CONTENT_BUDGET_BYTES);
  });
});
