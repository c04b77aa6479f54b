// Downloading politely: a few request slots, each pausing between two requests; retries with a
// growing wait after what may pass (a 5xx, a network error, a timeout), the server's Retry-After
// heeded; redirects followed only to hosts we trust. No file system here: a download ends as a
// value (the page's bytes, "not found", or a failure with its reason), never as an exception.

export interface PoliteQueueOptions {
  /** Requests at a time. */
  concurrency: number;
  /** Pause of each slot between the end of one request and the start of its next. */
  delayMs: number;
  /** Once aborted, no slot starts another item. */
  signal?: AbortSignal;
}

/** Runs `work` on every item, `concurrency` at a time, each slot pausing `delayMs` between two
 * items. Resolves when every started item has ended; items not started by an abort stay unrun. */
export async function runPolitely<T>(items: readonly T[], options: PoliteQueueOptions, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const slot = async () => {
    let first = true;
    while (next < items.length && !options.signal?.aborted) {
      if (!first && !(await pause(options.delayMs, options.signal))) return;
      first = false;
      // Taken after the pause, so that an abort during the pause leaves the item unstarted.
      if (next >= items.length || options.signal?.aborted) return;
      await work(items[next++]!);
    }
  };
  const slots = Math.max(1, Math.min(options.concurrency, items.length));
  await Promise.all(Array.from({ length: slots }, slot));
}

/** Waits `ms`; false when `signal` aborted first (or already had). */
export function pause(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  if (ms <= 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export interface FetchPageOptions {
  /** One attempt (every redirect and the whole body included) gives up after this long. */
  timeoutMs: number;
  /** Attempts after the first one, for what may pass. */
  retries: number;
  /** The wait before the first retry; it doubles with each further one. */
  backoffMs: number;
  /** A Retry-After longer than this is not waited for: the download fails at once, saying so. */
  maxRetryAfterMs: number;
  userAgent: string;
  /** May a redirect lead to this address? */
  mayRedirectTo(url: URL): boolean;
  /** Abort: the request in flight is abandoned and no retry starts. */
  signal?: AbortSignal;
  /** The fetch to use (tests); default the global one. */
  fetch?: typeof globalThis.fetch;
}

export interface FetchedPage {
  kind: 'page';
  status: number;
  contentType: string | null;
  body: Uint8Array;
  /** Where the bytes came from, after any redirect. */
  finalUrl: string;
  attempts: number;
}

export type FetchOutcome =
  | FetchedPage
  | { kind: 'not-found'; status: number; attempts: number }
  | { kind: 'failed'; reason: string; attempts: number }
  | { kind: 'cancelled'; attempts: number };

/** One attempt's end: done, or worth another try after a wait. */
type AttemptOutcome =
  | Omit<FetchedPage, 'attempts'>
  | { kind: 'not-found'; status: number }
  | { kind: 'failed'; reason: string }
  | { kind: 'cancelled' }
  | { kind: 'retry'; reason: string; retryAfterMs: number | null };

const MAX_REDIRECTS = 5;
const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
const GONE_STATUSES = new Set([404, 410]);
/** "Too many requests" and "unavailable" are the answers whose Retry-After means "come back then". */
const ASKS_TO_WAIT = new Set([429, 503]);

/** Fetches one page, retrying what may pass. */
export async function fetchPage(url: string, options: FetchPageOptions): Promise<FetchOutcome> {
  for (let attempt = 1; ; attempt++) {
    const outcome = await attemptOnce(url, options);
    if (outcome.kind !== 'retry') return { ...outcome, attempts: attempt };
    if (attempt > options.retries) return { kind: 'failed', reason: `${outcome.reason} (${attempts(attempt)})`, attempts: attempt };
    if (outcome.retryAfterMs !== null && outcome.retryAfterMs > options.maxRetryAfterMs) {
      return { kind: 'failed', reason: `${outcome.reason}, and the server asks to wait ${seconds(outcome.retryAfterMs)}: try again later`, attempts: attempt };
    }
    const backoff = options.backoffMs * 2 ** (attempt - 1);
    if (!(await pause(Math.max(backoff, outcome.retryAfterMs ?? 0), options.signal))) return { kind: 'cancelled', attempts: attempt };
  }
}

async function attemptOnce(url: string, options: FetchPageOptions): Promise<AttemptOutcome> {
  if (options.signal?.aborted) return { kind: 'cancelled' };
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    let address = url;
    for (let hop = 0; ; hop++) {
      const response = await fetchImpl(address, {
        redirect: 'manual',
        signal: controller.signal,
        headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' },
      });
      const { status } = response;
      if (status >= 300 && status < 400 && status !== 304) {
        await discard(response);
        const location = response.headers.get('location');
        if (!location) return { kind: 'failed', reason: `HTTP ${status} redirect without a Location` };
        let target: URL;
        try {
          target = new URL(location, address);
        } catch {
          return { kind: 'failed', reason: `HTTP ${status} redirect to a bad address` };
        }
        if (!options.mayRedirectTo(target)) return { kind: 'failed', reason: `redirected away from the Senate, to ${target.host || target.protocol}` };
        if (hop >= MAX_REDIRECTS) return { kind: 'failed', reason: `more than ${MAX_REDIRECTS} redirects` };
        address = target.href;
        continue;
      }
      if (status >= 200 && status < 300) {
        const body = new Uint8Array(await response.arrayBuffer());
        return { kind: 'page', status, contentType: response.headers.get('content-type'), body, finalUrl: address };
      }
      await discard(response);
      if (GONE_STATUSES.has(status)) return { kind: 'not-found', status };
      if (RETRY_STATUSES.has(status)) {
        const wait = ASKS_TO_WAIT.has(status) ? retryAfterMs(response.headers.get('retry-after')) : null;
        return { kind: 'retry', reason: `HTTP ${status}`, retryAfterMs: wait };
      }
      return { kind: 'failed', reason: `HTTP ${status}` };
    }
  } catch (error) {
    if (options.signal?.aborted) return { kind: 'cancelled' };
    if (timedOut) return { kind: 'retry', reason: `no answer within ${seconds(options.timeoutMs)}`, retryAfterMs: null };
    return { kind: 'retry', reason: `network error (${networkErrorCode(error)})`, retryAfterMs: null };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/** Lets the connection go back to the pool without reading a body nobody wants. */
async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // Already closed: nothing to free.
  }
}

/** Retry-After as milliseconds from now: delay-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | null {
  if (header === null) return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** What went wrong under undici's "fetch failed": the system's code (ECONNREFUSED) when it says. */
function networkErrorCode(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as NodeJS.ErrnoException).code;
    if (typeof code === 'string') return code;
    current = current.cause;
  }
  return error instanceof Error ? error.message : String(error);
}

function seconds(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

function attempts(n: number): string {
  return n === 1 ? '1 attempt' : `${n} attempts`;
}
