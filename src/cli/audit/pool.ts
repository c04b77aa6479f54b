// Reads many saved pages on the machine's cores: a pool of worker threads, each sent one path at a
// time, so that memory holds the pages in flight (one per worker) and the compact records, never
// the batch. With one job, or when workers cannot start, the same work runs in this thread: the
// result never depends on workers, only the speed does.
//
// A worker that crashes or hangs on a page (a bug of the engine, a page that exhausts its heap)
// costs that page only: the page is reported failed, the worker replaced, the others go on.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { EXIT } from '../analyse-file';
import { auditFile, failed } from './audit-file';
import type { AuditOutcome } from './record';
import { AUDIT_WORKER_ROLE, type AuditWorkerData, type PageRequest, type WorkerMessage } from './worker';

export interface PoolOptions {
  /** Worker threads; 1 reads every page in this thread. */
  jobs: number;
  today: string;
  /** Called once per file, in the order the files finish. */
  onOutcome(outcome: AuditOutcome): void;
  /** Said once when the workers could not start and the pages are read in this thread instead. */
  onNotice?(line: string): void;
  /** A page that takes longer than this in a worker is given up (default 3 min). */
  pageTimeoutMs?: number;
  /** A worker that has not said it is ready after this long is given up (default 20 s). */
  startTimeoutMs?: number;
  /** Aborted (Ctrl-C): no page is started any more, the pages in flight are abandoned. */
  signal?: AbortSignal;
}

export type PoolMode = 'workers' | 'in-process';

/** A hang, not a slow page: the largest page accepted (5 MB) takes some 20 s on a busy core. */
const DEFAULT_PAGE_TIMEOUT_MS = 180_000;
const DEFAULT_START_TIMEOUT_MS = 20_000;
/** A worker's heap at most: the largest page accepted needs some 700 MB (limits.ts); a page that
 * needs more than this fails alone instead of taking the machine's memory. */
const WORKER_HEAP_MB = 2048;
/** From source the worker is this file, beside this module, run under tsx. A variable, not a
 * literal in `new URL(…)`, so that the bundler does not take it for an asset to bundle. */
const SOURCE_WORKER_FILE = './worker.ts';

/** Reads every file, and says whether workers did it. */
export async function auditFiles(files: readonly string[], options: PoolOptions): Promise<PoolMode> {
  const jobs = Math.min(options.jobs, files.length);
  if (jobs <= 1) {
    await auditInProcess(files, options);
    return 'in-process';
  }
  const left = await auditWithWorkers(files, jobs, options);
  if (left === null || options.signal?.aborted) return 'workers';
  await auditInProcess(left.files, options);
  options.onNotice?.(`worker threads unavailable (${left.why}); the pages left were read in one thread`);
  return 'in-process';
}

async function auditInProcess(files: readonly string[], options: PoolOptions): Promise<void> {
  for (const file of files) {
    if (options.signal?.aborted) return;
    options.onOutcome(await auditFile(file, options.today));
  }
}

/** How to start a worker.
 *
 * Bundled, the bundle starts itself as `question-lens audit`: the program's own dispatch then loads
 * this command's modules, worker.ts among them, whose last line sees the worker's role and serves
 * (runAudit does nothing in a worker). Going through the dispatch matters: the program may load a
 * command only when it is run, so the bundle's modules do not all run when it loads.
 *
 * From source, a two-line bootstrap registers tsx and imports worker.ts: under Node 20 a worker's
 * `--import tsx` registers tsx's hooks too late for the worker's own entry file. */
function workerEntry(): { entry: URL | string; eval: boolean; argv: string[] } {
  const here = import.meta.url;
  if (!/\.[cm]?ts$/.test(new URL(here).pathname)) return { entry: new URL(here), eval: false, argv: ['audit'] };
  const worker = new URL(SOURCE_WORKER_FILE, here).href;
  const code = `import(${JSON.stringify(tsxEsmApi(here))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); });`;
  return { entry: code, eval: true, argv: [] };
}

/** tsx's ESM API (the one that registers its hooks), found through its package's exports map. */
function tsxEsmApi(from: string): string {
  const manifestPath = createRequire(from).resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { exports: Record<string, { import?: { default?: string } } | string> };
  const api = manifest.exports['./esm/api'];
  const file = typeof api === 'object' ? api.import?.default : undefined;
  if (!file) throw new Error('tsx has no ESM API to run the worker from source');
  return pathToFileURL(join(dirname(manifestPath), file)).href;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** The page it is reading, with the watchdog that gives it up. */
  current: { request: PageRequest; timer: NodeJS.Timeout } | null;
  /** Set once this slot is finished with, so that its exit is not taken for a crash. */
  retired: boolean;
}

/** Null when every file was read (or the signal stopped the reading); otherwise the files still to
 * read and why the workers could not read them (none could start). */
function auditWithWorkers(files: readonly string[], jobs: number, options: PoolOptions): Promise<{ files: readonly string[]; why: string } | null> {
  const pageTimeoutMs = options.pageTimeoutMs ?? DEFAULT_PAGE_TIMEOUT_MS;
  const startTimeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  let entry: ReturnType<typeof workerEntry>;
  try {
    entry = workerEntry();
  } catch (error) {
    return Promise.resolve({ files, why: messageOf(error) });
  }

  return new Promise((resolve) => {
    const slots = new Set<Slot>();
    let next = 0;
    let seq = 0;
    let finished = 0;
    let anyReady = false;
    let settled = false;

    const settle = (result: { files: readonly string[]; why: string } | null) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      for (const slot of slots) retire(slot);
      resolve(result);
    };
    const onAbort = () => settle(null);

    const retire = (slot: Slot) => {
      slot.retired = true;
      if (slot.current) clearTimeout(slot.current.timer);
      slots.delete(slot);
      void slot.worker.terminate();
    };

    const complete = (outcome: AuditOutcome) => {
      finished++;
      options.onOutcome(outcome);
      if (finished === files.length) settle(null);
    };

    const feed = (slot: Slot) => {
      if (settled || slot.retired) return;
      if (next >= files.length) {
        retire(slot);
        return;
      }
      const request: PageRequest = { seq: ++seq, path: files[next++]! };
      const timer = setTimeout(() => lose(slot, `the analysis failed: it took longer than ${duration(pageTimeoutMs)}`), pageTimeoutMs);
      slot.current = { request, timer };
      slot.worker.postMessage(request);
    };

    /** The slot's worker is gone (crashed, hung, out of memory): its page fails, a new one takes
     * its place. */
    const lose = (slot: Slot, why: string) => {
      if (slot.retired || settled) return;
      const lost = slot.current?.request;
      retire(slot);
      if (!slot.ready) {
        // It never started. Before any worker did, workers do not work here: read in this thread.
        if (!anyReady) settle({ files, why });
        else if (slots.size === 0) settle({ files: files.slice(next), why });
        return;
      }
      if (next < files.length) spawn();
      if (lost) complete(failed(lost.path, EXIT.unreadable, 'crashed', why));
      else if (slots.size === 0 && next >= files.length && finished < files.length) settle({ files: [], why });
    };

    const spawn = () => {
      const workerData: AuditWorkerData = { role: AUDIT_WORKER_ROLE, today: options.today };
      let worker: Worker;
      try {
        worker = new Worker(entry.entry, {
          eval: entry.eval,
          argv: entry.argv,
          workerData,
          // The worker speaks by messages only; whatever it prints (the program it is part of may
          // print its usage) is not the audit's output.
          stdout: true,
          stderr: true,
          resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
        });
      } catch (error) {
        // No worker left to read the rest: this thread will.
        if (slots.size === 0) settle({ files: anyReady ? files.slice(next) : files, why: messageOf(error) });
        return;
      }
      worker.stdout.resume();
      worker.stderr.resume();
      const slot: Slot = { worker, ready: false, current: null, retired: false };
      slots.add(slot);
      const startTimer = setTimeout(() => lose(slot, `a worker did not start within ${duration(startTimeoutMs)}`), startTimeoutMs);
      worker.on('message', (message: WorkerMessage) => {
        if (message.kind === 'ready') {
          clearTimeout(startTimer);
          slot.ready = true;
          anyReady = true;
          feed(slot);
          return;
        }
        const current = slot.current;
        if (!current || current.request.seq !== message.seq) return;
        clearTimeout(current.timer);
        slot.current = null;
        complete(message.outcome);
        feed(slot);
      });
      worker.on('error', (error) => {
        clearTimeout(startTimer);
        lose(slot, slot.ready ? workerFailure(error) : messageOf(error));
      });
      worker.on('exit', (code) => {
        clearTimeout(startTimer);
        lose(slot, `a worker stopped (exit ${code})`);
      });
    };

    if (options.signal?.aborted) return settle(null);
    options.signal?.addEventListener('abort', onAbort);
    for (let i = 0; i < jobs && !settled; i++) spawn();
  });
}

function workerFailure(error: unknown): string {
  if ((error as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') return 'the analysis failed: it ran out of memory';
  return `the analysis failed: ${messageOf(error)}`;
}

function duration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
