// The audit's worker thread: it is sent one saved page's path at a time and answers with that
// page's compact record (or its failure), never with the page or its Analysis.
//
// The same module is the worker both ways the command line runs. Bundled, the CLI is one file, so
// the pool starts that very file as the worker, and this module's last line, which runs when the
// bundle loads, sees the worker's role in workerData and serves. From source (vitest, tsx), the
// pool starts this file itself under tsx. In the main thread the last line does nothing.

import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { auditFile } from './audit-file';
import type { AuditOutcome } from './record';

export const AUDIT_WORKER_ROLE = 'question-lens-audit';

export interface AuditWorkerData {
  role: typeof AUDIT_WORKER_ROLE;
  /** The day "overdue" and "awaiting" are counted to. */
  today: string;
}

/** Main thread → worker: read this page. */
export interface PageRequest {
  seq: number;
  path: string;
}

/** Worker → main thread: ready for pages, or one page's outcome. */
export type WorkerMessage = { kind: 'ready' } | { kind: 'done'; seq: number; outcome: AuditOutcome };

export function isAuditWorker(): boolean {
  return !isMainThread && (workerData as Partial<AuditWorkerData> | null)?.role === AUDIT_WORKER_ROLE;
}

function serve(): void {
  const port = parentPort;
  if (!port) return;
  const { today } = workerData as AuditWorkerData;
  // The pool sends a page only once the previous one is answered, so pages never interleave here.
  port.on('message', (request: PageRequest) => {
    void auditFile(request.path, today).then((outcome) => {
      const message: WorkerMessage = { kind: 'done', seq: request.seq, outcome };
      port.postMessage(message);
    });
  });
  const ready: WorkerMessage = { kind: 'ready' };
  port.postMessage(ready);
}

if (isAuditWorker()) serve();
