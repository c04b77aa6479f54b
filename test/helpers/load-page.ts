// Loads a saved page fixture the way the extension sees it: bytes decoded as a browser would
// (BOM, meta charset, else UTF-8), parsed with linkedom, flattened with core/text.

import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../../src/sites/decode-html';
import { flatten, type FlatText } from '../../src/core/text';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export interface LoadedPage {
  html: string;
  document: Document;
  flat: FlatText;
}

export function loadPageFile(path: string): LoadedPage {
  const html = decodeHtml(new Uint8Array(readFileSync(path)));
  const { document } = parseHTML(html) as unknown as { document: Document };
  const flat = flatten(document.body ?? document.documentElement);
  return { html, document, flat };
}

/** A fixture case under test/fixtures/<site>/<name>/: the page and its expected.json (if any). */
export function loadFixture<E = unknown>(site: string, name: string): LoadedPage & { expected: E | null } {
  const dir = join(FIXTURES, site, name);
  const page = loadPageFile(join(dir, 'page.html'));
  const expectedPath = join(dir, 'expected.json');
  const expected = existsSync(expectedPath) ? (JSON.parse(readFileSync(expectedPath, 'utf8')) as E) : null;
  return { ...page, expected };
}
