// Is a fetched page the question asked for? The Senate may answer a number it does not have with
// some other page and status 200 (a list, a search form), and a redirect may land on another
// question. The site's own reader decides (its heading check alone is fooled by a list that links
// "Question écrite n° 7-1650"); the engine's pairing is not needed for that, so it is not run.

import { parseHTML } from 'linkedom';
import { flatten } from '../../core/text';
import type { Site } from '../../sites/site';
import { decodeHtml } from '../../sites/decode-html';

export type PageVerdict =
  | { kind: 'the-question' }
  | { kind: 'not-a-question' }
  | { kind: 'another-question'; questionId: string };

export function recognisePage(body: Uint8Array, expectedId: string, address: string, site: Site): PageVerdict {
  try {
    const html = decodeHtml(body);
    const { document } = parseHTML(/<html/i.test(html) ? html : `<html><body>${html}</body></html>`);
    const root = document.body ?? document.documentElement;
    if (!root) return { kind: 'not-a-question' };
    const reading = site.read(flatten(root), address);
    if (reading.page.kind !== 'written-question') return { kind: 'not-a-question' };
    const onPage = reading.meta.id;
    return onPage && onPage !== expectedId ? { kind: 'another-question', questionId: onPage } : { kind: 'the-question' };
  } catch {
    // Bytes no parser makes sense of are not a question page; saving them is still right.
    return { kind: 'not-a-question' };
  }
}
