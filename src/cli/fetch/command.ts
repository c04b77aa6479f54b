// `question-lens fetch`: reads what to fetch, skips what an earlier run saved, downloads the rest
// politely, saves each page as it comes, and ends with one summary and an exit status that tells
// whether anything failed. Interrupting it (the signal) stops new requests and abandons those in
// flight; what was saved stays saved, and the same command resumes.

import { mkdir } from 'node:fs/promises';
import { UsageError } from '../args';
import { createProgress } from '../progress';
import { parseFetchArgs, FETCH_USAGE, type FetchArgs } from './args';
import { fetchPage, runPolitely, type FetchPageOptions } from './download';
import { recognisePage, type PageVerdict } from './recognise';
import { isSaved, savedPaths, savePage } from './store';
import { emptyTally, summaryLines, type FetchTally } from './summary';
import { collectTargets, senateSite, targetLabel, type Target } from './targets';

export const FETCH_EXIT = { ok: 0, someFailed: 5, usage: 64, interrupted: 130 } as const;

/** Named in the User-Agent so that the Senate's webmasters can see who is asking and why. */
export const PROJECT_URL = 'https://github.com/question-lens/question-lens';

/** A Retry-After longer than this is not waited out: that page fails, saying when to come back. */
const MAX_RETRY_AFTER_MS = 120_000;
/** The first retry waits at least this long, whatever --delay says: a server error needs time. */
const MIN_BACKOFF_MS = 250;

export interface FetchIo {
  out(s: string): void;
  err(s: string): void;
  /** Aborted on SIGINT by the caller: no new request starts, those in flight are abandoned. */
  signal?: AbortSignal;
  /** Progress display; default a bar on a terminal, plain lines otherwise. --no-progress wins. */
  progress?: 'bar' | 'lines' | 'off';
  version?: string;
}

export function userAgent(version: string): string {
  return `question-lens/${version} (+${PROJECT_URL})`;
}

export async function runFetch(argv: string[], io: FetchIo): Promise<number> {
  let args: FetchArgs;
  let targets: Target[];
  try {
    const command = parseFetchArgs(argv);
    if (command.help) {
      io.out(FETCH_USAGE);
      return FETCH_EXIT.ok;
    }
    args = command;
    targets = await collectTargets(args);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`question-lens: ${error.message}`);
      return FETCH_EXIT.usage;
    }
    throw error;
  }
  try {
    await mkdir(args.outDir, { recursive: true });
  } catch (error) {
    io.err(`question-lens: cannot create the folder ${args.outDir} (--out): ${errorCode(error)}`);
    return FETCH_EXIT.usage;
  }

  const tally = emptyTally();
  const pending: Target[] = [];
  for (const target of targets) {
    if (await isSaved(args.outDir, target)) tally.alreadySaved++;
    else pending.push(target);
  }

  const progress = createProgress({ label: 'fetch', total: pending.length, mode: !args.progress || pending.length === 0 ? 'off' : io.progress });
  const options = fetchOptions(args, io);
  let ended = 0;
  await runPolitely(pending, { concurrency: args.concurrency, delayMs: args.delayMs, signal: io.signal }, async (target) => {
    const outcome = await fetchPage(target.fetchUrl, options);
    if (outcome.kind === 'cancelled') return;
    ended++;
    const page = targetLabel(target);
    if (outcome.kind === 'page') await keep(args.outDir, target, outcome, tally);
    else if (outcome.kind === 'failed') tally.failures.push({ page, reason: outcome.reason });
    else if (target.explicit) tally.failures.push({ page, reason: `does not exist (HTTP ${outcome.status})` });
    else tally.notExisting.add(target.questionId);
    progress.tick(1, page);
  });
  progress.stop();

  tally.interrupted = io.signal?.aborted === true;
  tally.notFetched = pending.length - ended;
  for (const line of summaryLines(tally)) io.err(line);
  if (tally.interrupted) return FETCH_EXIT.interrupted;
  return tally.failures.length > 0 ? FETCH_EXIT.someFailed : FETCH_EXIT.ok;
}

function fetchOptions(args: FetchArgs, io: FetchIo): FetchPageOptions {
  const senateHosts = new Set(senateSite().hosts);
  const baseHost = args.base ? new URL(args.base).host : null;
  return {
    timeoutMs: args.timeoutMs,
    retries: args.retries,
    // Backing off from a failing server starts at twice the ordinary pause.
    backoffMs: Math.max(2 * args.delayMs, MIN_BACKOFF_MS),
    maxRetryAfterMs: MAX_RETRY_AFTER_MS,
    userAgent: userAgent(io.version ?? 'dev'),
    mayRedirectTo: (url) => (url.protocol === 'http:' || url.protocol === 'https:') && (senateHosts.has(url.hostname.toLowerCase()) || url.host === baseHost),
    signal: io.signal,
  };
}

/** Saves a fetched page; a page that cannot be written is a failure like any other. */
async function keep(outDir: string, target: Target, fetched: { status: number; contentType: string | null; body: Uint8Array; finalUrl: string }, tally: FetchTally): Promise<void> {
  const page = targetLabel(target);
  const verdict = recognisePage(fetched.body, target.questionId, target.url, senateSite());
  try {
    await savePage(outDir, target, fetched.body, {
      url: target.url,
      ...(fetched.finalUrl !== target.url ? { fetchedFrom: fetched.finalUrl } : {}),
      fetchedAt: new Date().toISOString(),
      status: fetched.status,
      contentType: fetched.contentType,
      bytes: fetched.body.length,
      writtenQuestion: verdict.kind !== 'not-a-question',
    });
  } catch (error) {
    tally.failures.push({ page, reason: `cannot be saved to ${savedPaths(outDir, target).page} (${errorCode(error)})` });
    return;
  }
  tally.saved++;
  const is = whatItIs(verdict);
  if (is) tally.oddPages.push({ page, is });
}

/** What a saved page is when it is not the question asked for; null when it is. */
function whatItIs(verdict: PageVerdict): string | null {
  if (verdict.kind === 'not-a-question') return 'not a written question';
  if (verdict.kind === 'another-question') return `question ${verdict.questionId}`;
  return null;
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
