// Is a fetched page a written question? The Senate may answer a number it does not have with some
// other page (a search form, a list) and status 200. The site unit's cheap heading check decides,
// on the page decoded as `analyse` would decode it.

import { parseHTML } from 'linkedom';
import type { Site } from '../../sites/site';
import { decodeHtml } from '../decode';

export function looksLikeWrittenQuestion(body: Uint8Array, site: Site): boolean {
  try {
    const html = decodeHtml(body);
    const { document } = parseHTML(/<html/i.test(html) ? html : `<html><body>${html}</body></html>`);
    return site.looksLikeQuestion(document);
  } catch {
    // Bytes no parser makes sense of are not a question page; saving them is still right.
    return false;
  }
}
