// The content script's budget: what a written-question page loads for it (the manifest's loader, the
// entry, the engine and panel chunks the entry imports once the page is a question, and one panel
// catalog) gzips to 40 KB at most. Code a reader only gets by asking (other citation forms, the
// catalogs of other languages) is listed but not counted; see content-bundle.ts for how each file
// is sorted. A reader pays this on every question they open.

import { beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, ROOT } from '../e2e/harness';
import { CATALOG_FILE, chromeDist, contentBundle, CONTENT_BUDGET_BYTES, CONTENT_CEILING_BYTES } from './content-bundle';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

describe('content-script bundle', () => {
  beforeAll(() => buildExtension(), 180_000);

  it('finds the loader, a small entry for every page, the question-page chunks and the on-demand ones', () => {
    const { files, everyPage, catalog } = contentBundle(chromeDist(ROOT));
    expect(files[0]!.file).toMatch(/loader/);
    // The loader is a few hundred bytes; the entry only checks the address and the heading.
    expect(files[0]!.bytes).toBeLessThan(2_000);
    expect(everyPage).toBeLessThan(6 * 1024);
    // The engine lives in what a question page imports.
    expect(files.some((f) => f.reach === 'question-page' && f.bytes > 20_000)).toBe(true);
    // One catalog per language, each reached through the panel's import().
    expect(files.filter((f) => CATALOG_FILE.test(f.file)).map((f) => f.file.replace(/.*panel-strings-([a-z]{2}).*/, '$1')).sort()).toEqual(['en', 'fr', 'nl']);
    expect(catalog).not.toBeNull();
    // The legal style and the records wait for the reader's first copy in them.
    expect(files.some((f) => f.reach === 'on-demand' && !CATALOG_FILE.test(f.file))).toBe(true);
  });

  // The 40 KB target is not met yet (README, "Performance"): the engine's lexicons, stemmers and
  // numbering weigh 53 KB with the panel. Until it is, the build is held at the size it has reached,
  // so that it can only shrink; the every-page part, which all Senate readers pay, is held to the
  // target itself.
  it(`gzips to at most ${kb(CONTENT_BUDGET_BYTES)} on every Senate page, and no more than ${kb(CONTENT_CEILING_BYTES)} on a question page (target ${kb(CONTENT_BUDGET_BYTES)})`, () => {
    const bundle = contentBundle(chromeDist(ROOT));
    const files = bundle.files.map((f) => `  ${kb(f.gzip).padStart(8)}  ${f.reach.padEnd(13)}  ${f.file}${f === bundle.catalog ? ' (the catalog counted)' : ''}`).join('\n');
    const detail = `content script ${kb(bundle.questionPage)} gzipped on a question page (${kb(bundle.everyPage)} on every Senate page, ${kb(bundle.onDemand)} more on demand), target ${kb(CONTENT_BUDGET_BYTES)}, ceiling ${kb(CONTENT_CEILING_BYTES)}\nfiles:\n${files}\n(an unminified build, vite build --minify false, ranks the modules with content-bundle.ts's moduleWeights)`;
    expect(bundle.everyPage, detail).toBeLessThanOrEqual(CONTENT_BUDGET_BYTES);
    expect(bundle.questionPage, detail).toBeLessThanOrEqual(CONTENT_CEILING_BYTES);
  });
});
