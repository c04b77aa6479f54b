// One saved page → one outcome: the work a worker does for each path it is sent, and what the
// in-process fallback does too, so both read a page the same way — and the same way as `analyse`
// (analyseFile: the file's size asked first, a page over 5 MB refused unread, then analyseBytes).
// Every way a file can go wrong ends as a failure value with a one-line message, never as an
// exception.

import { analyseFile, EXIT, type FileFailure } from '../analyse-file';
import { toAuditQuestion, type AuditFailureReason, type AuditOutcome } from './record';

export async function auditFile(file: string, today: string): Promise<AuditOutcome> {
  try {
    const result = await analyseFile(file, { url: null, today });
    if (!result.ok) return failed(file, result.code, reasonOf(result), result.message);
    return { ok: true, question: toAuditQuestion(file, result.analysis) };
  } catch (error) {
    // A bug of the engine on one page must not stop the other 9 999.
    return failed(file, EXIT.unreadable, 'crashed', `the analysis failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function failed(file: string, code: number, reason: AuditFailureReason, message: string): AuditOutcome {
  return { ok: false, failure: { file, code, reason, message } };
}

/** The failure's reason, or one told by its exit status when it gives none. */
function reasonOf(failure: FileFailure): AuditFailureReason {
  if (failure.reason) return failure.reason;
  if (failure.code === EXIT.notAQuestion) return 'not-a-question';
  if (failure.code === EXIT.emptyOrTruncated) return 'truncated';
  return 'unreadable';
}
