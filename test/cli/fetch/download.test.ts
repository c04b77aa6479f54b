// The polite queue and one page's download, with a stand-in for fetch where a real server cannot
// play the part (a redirect to www.senate.be itself).

import { describe, expect, it } from 'vitest';
import { fetchPage, pause, retryAfterMs, runPolitely, type FetchPageOptions } from '../../../src/cli/fetch/download';

const SENATE = 'https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1&LANG=fr';

function options(fetch: typeof globalThis.fetch, more: Partial<FetchPageOptions> = {}): FetchPageOptions {
  return {
    timeoutMs: 1000,
    retries: 2,
    backoffMs: 1,
    maxRetryAfterMs: 5000,
    userAgent: 'question-lens/test',
    mayRedirectTo: (url) => url.hostname === 'www.senate.be' || url.hostname === 'www.senaat.be',
    fetch,
    ...more,
  };
}

/** A fetch that answers from a list of replies by address, and records what it was asked. */
function fakeFetch(replies: Record<string, Array<() => Response>>) {
  const asked: string[] = [];
  const fetch = (async (input: string | URL | Request) => {
    const url = String(input);
    asked.push(url);
    const next = replies[url]?.shift();
    if (!next) throw new Error(`unexpected request for ${url}`);
    return next();
  }) as typeof globalThis.fetch;
  return { fetch, asked };
}

describe('runPolitely', () => {
  it('runs every item, never more than `concurrency` at once', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await runPolitely([1, 2, 3, 4, 5, 6, 7], { concurrency: 3, delayMs: 0 }, async (n) => {
      running++;
      most = Math.max(most, running);
      await pause(5);
      done.push(n);
      running--;
    });
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('starts nothing more once aborted, and ends what it started', async () => {
    const controller = new AbortController();
    const started: number[] = [];
    const ended: number[] = [];
    await runPolitely([1, 2, 3, 4, 5], { concurrency: 2, delayMs: 0, signal: controller.signal }, async (n) => {
      started.push(n);
      if (n === 2) controller.abort();
      await pause(5);
      ended.push(n);
    });
    expect(started).toEqual([1, 2]);
    expect(ended.sort()).toEqual([1, 2]);
  });

  it('is cut short in its pause by an abort', async () => {
    const controller = new AbortController();
    const started: number[] = [];
    const at = Date.now();
    setTimeout(() => controller.abort(), 30);
    await runPolitely([1, 2], { concurrency: 1, delayMs: 10_000, signal: controller.signal }, async (n) => {
      started.push(n);
    });
    expect(started).toEqual([1]);
    expect(Date.now() - at).toBeLessThan(2000);
  });
});

describe('fetchPage', () => {
  it('follows a redirect to a Senate host and says where the bytes came from', async () => {
    const nl = 'https://www.senaat.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1&LANG=fr';
    const { fetch, asked } = fakeFetch({
      [SENATE]: [() => new Response(null, { status: 301, headers: { location: nl } })],
      [nl]: [() => new Response('<html>ok</html>', { status: 200, headers: { 'content-type': 'text/html' } })],
    });
    const outcome = await fetchPage(SENATE, options(fetch));
    expect(outcome).toMatchObject({ kind: 'page', status: 200, contentType: 'text/html', finalUrl: nl, attempts: 1 });
    expect(new TextDecoder().decode((outcome as { body: Uint8Array }).body)).toBe('<html>ok</html>');
    expect(asked).toEqual([SENATE, nl]);
  });

  it('refuses a redirect elsewhere, one without a Location, and a loop', async () => {
    const away = fakeFetch({ [SENATE]: [() => new Response(null, { status: 302, headers: { location: 'https://tracker.example/x' } })] });
    expect(await fetchPage(SENATE, options(away.fetch))).toEqual({ kind: 'failed', reason: 'redirected away from the Senate, to tracker.example', attempts: 1 });

    const nowhere = fakeFetch({ [SENATE]: [() => new Response(null, { status: 302 })] });
    expect(await fetchPage(SENATE, options(nowhere.fetch))).toEqual({ kind: 'failed', reason: 'HTTP 302 redirect without a Location', attempts: 1 });

    const loop = fakeFetch({ [SENATE]: Array.from({ length: 10 }, () => () => new Response(null, { status: 302, headers: { location: SENATE } })) });
    expect(await fetchPage(SENATE, options(loop.fetch))).toEqual({ kind: 'failed', reason: 'more than 5 redirects', attempts: 1 });
    expect(loop.asked).toHaveLength(6);
  });

  it('tells a page that does not exist from a failure', async () => {
    const gone = fakeFetch({ [SENATE]: [() => new Response('gone', { status: 410 })] });
    expect(await fetchPage(SENATE, options(gone.fetch))).toEqual({ kind: 'not-found', status: 410, attempts: 1 });
  });

  it('retries a 5xx and a network error, and gives up after its retries', async () => {
    const flaky = fakeFetch({
      [SENATE]: [
        () => new Response('', { status: 503 }),
        () => {
          throw Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('reset'), { code: 'ECONNRESET' }) });
        },
        () => new Response('<html>at last</html>', { status: 200 }),
      ],
    });
    expect(await fetchPage(SENATE, options(flaky.fetch))).toMatchObject({ kind: 'page', attempts: 3 });

    const down = fakeFetch({ [SENATE]: Array.from({ length: 3 }, () => () => new Response('', { status: 500 })) });
    expect(await fetchPage(SENATE, options(down.fetch))).toEqual({ kind: 'failed', reason: 'HTTP 500 (3 attempts)', attempts: 3 });
    expect(down.asked).toHaveLength(3);
  });

  it('waits twice as long before each further retry', async () => {
    const times: number[] = [];
    const down = fakeFetch({ [SENATE]: Array.from({ length: 3 }, () => () => (times.push(Date.now()), new Response('', { status: 500 }))) });
    await fetchPage(SENATE, options(down.fetch, { backoffMs: 40 }));
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(39);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(79);
  });

  it('is cancelled, not failed, when the signal aborts during a wait', async () => {
    const controller = new AbortController();
    const down = fakeFetch({ [SENATE]: [() => (setTimeout(() => controller.abort(), 10), new Response('', { status: 500 }))] });
    expect(await fetchPage(SENATE, options(down.fetch, { backoffMs: 10_000, signal: controller.signal }))).toEqual({ kind: 'cancelled', attempts: 1 });
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates, and nothing else', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
  });
});
