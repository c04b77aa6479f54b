// A page as bytes (a saved file, a fetched related page) → its Analysis: decoded as a browser would
// (the HTTP charset when given, then the page's own, then UTF-8 or windows-1252), parsed with
// linkedom (no browser DOM needed: the CLI in Node, the extension's background), read by its site.

import { parseHTML } from 'linkedom';
import type { Analysis } from '../core/model';
import { decodeHtml } from './decode-html';
import { readPage } from './analyse-page';

export interface AnalyseHtmlOptions {
  url: string | null;
  /** The charset the server declared (Content-Type), which wins over the page's own. */
  charset?: string | null;
  today?: string;
}

/** The whole document parsed, for callers that look at more than the Analysis (the CLI). */
export function parseHtmlDocument(html: string): Document {
  const { document } = parseHTML(/<html/i.test(html) ? html : `<html><body>${html}</body></html>`);
  return document as unknown as Document;
}

export function analyseHtmlBytes(bytes: Uint8Array, options: AnalyseHtmlOptions): Analysis {
  const html = decodeHtml(bytes, options.charset ?? null);
  const document = parseHtmlDocument(html);
  const root = document.body ?? document.documentElement;
  return readPage(root, { url: options.url, today: options.today }).analysis;
}
