// One saved page → one Analysis, or a failure with an exit code and a one-line reason. Every way a
// file can be bad ends here as a value, never as an exception, so that one bad file among many does
// not stop the others.

import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { PAGE_INCOMPLETE, type Analysis } from '../core/model';
import { readPage } from '../sites/analyse-page';
import { decodeHtml } from './decode';
import { addressInSavedPage } from './page-url';

export const EXIT = { ok: 0, mixed: 1, unreadable: 2, notAQuestion: 3, emptyOrTruncated: 4, usage: 64 } as const;

export type FileResult =
  | { ok: true; file: string; analysis: Analysis }
  | { ok: false; file: string; code: number; message: string };

export interface AnalyseFileOptions {
  url: string | null;
  today?: string;
}

export async function analyseFile(file: string, options: AnalyseFileOptions): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : 'cannot be read';
    return { ok: false, file, code: EXIT.unreadable, message: why };
  }
  return analyseBytes(file, bytes, options);
}

export function analyseBytes(file: string, bytes: Uint8Array, options: AnalyseFileOptions): FileResult {
  const html = decodeHtml(bytes);
  if (html.trim() === '') return { ok: false, file, code: EXIT.emptyOrTruncated, message: 'empty page' };

  const url = options.url ?? addressInSavedPage(html);
  const { document } = parseHTML(html.includes('<html') || html.includes('<HTML') ? html : `<html><body>${html}</body></html>`);
  const root = document.body ?? document.documentElement;
  if (!root) return { ok: false, file, code: EXIT.emptyOrTruncated, message: 'empty page' };

  const { analysis } = readPage(root, { url, today: options.today });
  const tail = html.slice(-2000);
  const unclosed = /<html/i.test(html) && !/<\/html\s*>/i.test(tail);
  const cut = unclosed && !/<\/body\s*>/i.test(tail);
  const incomplete = analysis.warnings.includes(PAGE_INCOMPLETE);
  if (analysis.page.kind !== 'written-question') {
    // A question's heading and one of its parts, then nothing: saved before the rest loaded.
    if (incomplete && cut) return { ok: false, file, code: EXIT.emptyOrTruncated, message: 'truncated page' };
    return { ok: false, file, code: EXIT.notAQuestion, message: 'not a written-question page' };
  }
  if (!analysis.regions.question) {
    return { ok: false, file, code: EXIT.emptyOrTruncated, message: 'truncated page: the question text is missing' };
  }
  // Cut in the question: the text stops mid-sentence with no answer (said by the site), or the
  // document itself stops before any answer. No verdict on a question seen in part.
  if (incomplete) return { ok: false, file, code: EXIT.emptyOrTruncated, message: 'truncated page' };
  if (analysis.items.length === 0) {
    return { ok: false, file, code: EXIT.emptyOrTruncated, message: 'truncated page: the question text is missing' };
  }
  if (cut && !analysis.regions.answer) return { ok: false, file, code: EXIT.emptyOrTruncated, message: 'truncated page' };
  if (unclosed) {
    analysis.warnings.push('The page has no closing </html>: it may be truncated.');
  }
  return { ok: true, file, analysis };
}
