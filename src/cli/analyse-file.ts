// One saved page → one Analysis, or a failure with an exit code and a one-line reason. Every way a
// file can be bad ends here as a value, never as an exception, so that one bad file among many does
// not stop the others.

import { PAGE_INCOMPLETE, type Analysis } from '../core/model';
import { readPage } from '../sites/analyse-page';
import { decodeHtml } from '../sites/decode-html';
import { parseHtmlDocument } from '../sites/analyse-html';
import { MAX_NESTING, MAX_PAGE_BYTES, MAX_PAGE_SIZE_LABEL, nestsDeeperThan } from './limits';
import { addressInSavedPage } from './page-url';
import { readFileLimited, readStreamLimited, type ReadOutcome } from './read-input';

export const EXIT = { ok: 0, mixed: 1, unreadable: 2, notAQuestion: 3, emptyOrTruncated: 4, refused: 5, usage: 64 } as const;

/** Why a file failed, in a word the totals can count by. */
export type FailureReason = 'missing' | 'unreadable' | 'empty' | 'truncated' | 'not-a-question' | 'too-large' | 'too-deep' | 'no-pages';

export type FileResult =
  | { ok: true; file: string; analysis: Analysis }
  | { ok: false; file: string; code: number; message: string; reason?: FailureReason };

export type FileFailure = Extract<FileResult, { ok: false }>;

const TOO_LARGE = `file is larger than ${MAX_PAGE_SIZE_LABEL}`;

/** A failure with the exit code its reason carries. */
export function fail(file: string, reason: FailureReason, message: string): FileFailure {
  const code = {
    missing: EXIT.unreadable,
    unreadable: EXIT.unreadable,
    'no-pages': EXIT.unreadable,
    empty: EXIT.emptyOrTruncated,
    truncated: EXIT.emptyOrTruncated,
    'not-a-question': EXIT.notAQuestion,
    'too-large': EXIT.refused,
    'too-deep': EXIT.refused,
  }[reason];
  return { ok: false, file, code, message, reason };
}

export interface AnalyseFileOptions {
  url: string | null;
  today?: string;
}

export async function analyseFile(file: string, options: AnalyseFileOptions): Promise<FileResult> {
  const read = await readFileLimited(file);
  return read.ok ? analyseBytes(file, read.bytes, options) : readFailure(file, read, TOO_LARGE);
}

/** Standard input read as one page, named `file` ("-"). */
export async function analyseStream(file: string, stream: NodeJS.ReadableStream, options: AnalyseFileOptions): Promise<FileResult> {
  const read = await readStreamLimited(stream);
  return read.ok ? analyseBytes(file, read.bytes, options) : readFailure(file, read, `standard input is larger than ${MAX_PAGE_SIZE_LABEL}`);
}

function readFailure(file: string, read: Extract<ReadOutcome, { ok: false }>, tooLarge: string): FileFailure {
  switch (read.why) {
    case 'too-large':
      return fail(file, 'too-large', tooLarge);
    case 'missing':
      return fail(file, 'missing', 'no such file');
    case 'directory':
      return fail(file, 'unreadable', 'is a directory');
    case 'permission':
      return fail(file, 'unreadable', 'permission denied');
    default:
      return fail(file, 'unreadable', 'cannot be read');
  }
}

export function analyseBytes(file: string, bytes: Uint8Array, options: AnalyseFileOptions): FileResult {
  if (bytes.length > MAX_PAGE_BYTES) return fail(file, 'too-large', TOO_LARGE);
  const html = decodeHtml(bytes);
  if (html.trim() === '') return fail(file, 'empty', 'empty page');
  if (nestsDeeperThan(html, MAX_NESTING)) return fail(file, 'too-deep', `page nests elements more than ${MAX_NESTING} deep`);

  const url = options.url ?? addressInSavedPage(html);
  const document = parseHtmlDocument(html);
  const root = document.body ?? document.documentElement;
  if (!root) return fail(file, 'empty', 'empty page');

  const { analysis } = readPage(root, { url, today: options.today });
  const tail = html.slice(-2000);
  const unclosed = /<html/i.test(html) && !/<\/html\s*>/i.test(tail);
  const cut = unclosed && !/<\/body\s*>/i.test(tail);
  const incomplete = analysis.warnings.includes(PAGE_INCOMPLETE);
  if (analysis.page.kind !== 'written-question') {
    // A question's heading and one of its parts, then nothing: saved before the rest loaded.
    if (incomplete && cut) return fail(file, 'truncated', 'truncated page');
    return fail(file, 'not-a-question', 'not a written-question page');
  }
  if (!analysis.regions.question) {
    return fail(file, 'truncated', 'truncated page: the question text is missing');
  }
  // Cut in the question: the text stops mid-sentence with no answer (said by the site), or the
  // document itself stops before any answer. No verdict on a question seen in part.
  if (incomplete) return fail(file, 'truncated', 'truncated page');
  if (analysis.items.length === 0) {
    return fail(file, 'truncated', 'truncated page: the question text is missing');
  }
  if (cut && !analysis.regions.answer) return fail(file, 'truncated', 'truncated page');
  if (unclosed) {
    analysis.warnings.push('The page has no closing </html>: it may be truncated.');
  }
  return { ok: true, file, analysis };
}
