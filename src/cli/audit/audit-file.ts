// One saved page → one outcome: the work a worker does for each path it is sent, and what the
// in-process fallback does too, so both read a page the same way. Every way a file can go wrong
// ends as a failure value with a one-line message, never as an exception.

import { readFile, stat } from 'node:fs/promises';
import { analyseBytes, EXIT } from '../analyse-file';
import { toAuditQuestion, type AuditOutcome } from './record';

/** A saved question page is tens of kilobytes; anything this big is not one, and reading it whole
 * would cost every worker its memory. */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;

export const FAILURE = {
  tooLarge: 'larger than 5 MB',
  unreadable: 'cannot be read',
  crashed: 'the analysis failed',
} as const;

export async function auditFile(file: string, today: string): Promise<AuditOutcome> {
  // The size first: a file too big is refused without a byte of it read.
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) return failed(file, EXIT.unreadable, FAILURE.unreadable, 'not a file');
    size = info.size;
  } catch (error) {
    return failed(file, EXIT.unreadable, FAILURE.unreadable, ioReason(error));
  }
  if (size > MAX_PAGE_BYTES) {
    return failed(file, EXIT.unreadable, FAILURE.tooLarge, `${FAILURE.tooLarge} (${(size / 1024 / 1024).toFixed(1)} MB), not read`);
  }

  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return failed(file, EXIT.unreadable, FAILURE.unreadable, ioReason(error));
  }

  try {
    const result = analyseBytes(file, bytes, { url: null, today });
    if (!result.ok) return failed(file, result.code, result.message, result.message);
    return { ok: true, question: toAuditQuestion(file, result.analysis) };
  } catch (error) {
    // A bug of the engine on one page must not stop the other 9 999.
    return failed(file, EXIT.unreadable, FAILURE.crashed, `${FAILURE.crashed}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function failed(file: string, code: number, reason: string, message: string): AuditOutcome {
  return { ok: false, failure: { file, code, reason, message } };
}

function ioReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return FAILURE.unreadable;
}
