// The background's related-pages service: only the sites' own question pages are fetched, two at a
// time per tab, cancelled with the tab, cached by how soon they may change, and every failure comes
// back as a code. The network is a stub that records what was asked; the pages are real fixtures.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { ANSWERED_LIFETIME_MS, DAY_MS, RelatedCache, UNANSWERED_LIFETIME_MS, type KeyValueStore } from '../../../src/background/related/cache';
import { charsetOf, fetchRelatedPage, relatedAddress } from '../../../src/background/related/fetch-page';
import { TabQueues } from '../../../src/background/related/queue';
import { loadRelated, type RelatedDeps } from '../../../src/background/related/service';
import type { Analysis } from '../../../src/core/model';
import { readPage } from '../../../src/sites/analyse-page';
import { fixturePath, fixtureUrl, FIXTURE_TODAY } from '../../helpers/fixtures';

const Q1649 = 'https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr';
const Q1648 = 'https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1648&LANG=fr';
const Q1650 = 'https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1650&LANG=fr';

function memoryStore(): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (k) => structuredClone(data.get(k)),
    set: async (k, v) => void data.set(k, structuredClone(v)),
    remove: async (keys) => keys.forEach((k) => data.delete(k)),
  };
}

function analyseWithEngine(bytes: Uint8Array, url: string): Analysis {
  const { document } = parseHTML(new TextDecoder().decode(bytes));
  return readPage(document.body, { url, today: FIXTURE_TODAY }).analysis;
}

/** A stub network: pages by address, a delay, and a record of what ran at once. */
function stubNetwork(pages: Record<string, { status?: number; body?: string; delayMs?: number; hang?: boolean }>) {
  let running = 0;
  const log = { requests: [] as string[], peak: 0 };
  const fetcher = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    log.requests.push(url);
    running++;
    log.peak = Math.max(log.peak, running);
    try {
      const page = pages[url];
      await new Promise<void>((resolve, reject) => {
        if (page?.hang) {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
          return;
        }
        const timer = setTimeout(resolve, page?.delayMs ?? 5);
        init?.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
      if (!page) return new Response('not found', { status: 404 });
      return new Response(page.body ?? '', { status: page.status ?? 200, headers: { 'content-type': 'text/html' } });
    } finally {
      running--;
    }
  }) as typeof fetch;
  return { fetcher, log };
}

const page1649 = readFileSync(fixturePath('7-1649-fr-paragraphs'), 'utf8');
const notAQuestion = readFileSync(fixturePath('not-a-question'), 'utf8');

// A generous timeout (the engine reads each page on a busy machine), but a short one where a test
// waits for it to pass.
function deps(fetcher: typeof fetch, timeoutMs = 10_000, store = memoryStore(), now = () => Date.parse('2026-11-28T10:00:00Z')): RelatedDeps & { store: ReturnType<typeof memoryStore> } {
  return { fetch: fetcher, cache: new RelatedCache(store, now), queues: new TabQueues(2), analyse: analyseWithEngine, timeoutMs, store };
}

describe('which addresses may be fetched', () => {
  it('only a site’s written-question pages on its own hosts', () => {
    expect(relatedAddress(Q1649)).toBe(Q1649);
    expect(relatedAddress(`${Q1649}#x`)).toBe(Q1649);
    expect(relatedAddress(fixtureUrl('7-1649-nl'))).toMatch(/^https:\/\/www\.senaat\.be\//);
    for (const bad of [
      'https://www.senate.be/www/?MIval=/index_senate&LANG=fr',
      'https://evil.example/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr',
      'https://senate.be.evil.example/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649',
      'https://user:pw@www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649',
      'https://www.senate.be:8443/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649',
      'file:///www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649',
      42,
      null,
    ]) expect(relatedAddress(bad), String(bad)).toBeNull();
  });

  it('reads the charset of the header', () => {
    expect(charsetOf('text/html; charset=windows-1252')).toBe('windows-1252');
    expect(charsetOf('text/html;charset="UTF-8"')).toBe('utf-8');
    expect(charsetOf('text/html')).toBeNull();
  });
});

describe('the related-pages service', () => {
  it('fetches a sibling, reads it with the engine, and answers the second visit from the cache', async () => {
    const { fetcher, log } = stubNetwork({ [Q1649]: { body: page1649 } });
    const d = deps(fetcher);
    const first = await loadRelated(d, 1, Q1649);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.cached).toBe(false);
    expect(first.analysis.question.id).toBe('7-1649');
    expect(first.analysis.items.length).toBe(8);
    const second = await loadRelated(d, 2, Q1649);
    expect(second.ok && second.cached).toBe(true);
    expect(log.requests).toEqual([Q1649]);
  });

  it('asks the network for nothing but the sites’ question pages', async () => {
    const { fetcher, log } = stubNetwork({});
    const reply = await loadRelated(deps(fetcher), 1, 'https://evil.example/x?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1');
    expect(reply).toMatchObject({ ok: false, error: 'refused' });
    expect(log.requests).toEqual([]);
  });

  it('runs at most two requests at a time for a tab', async () => {
    const pages: Record<string, { body: string; delayMs: number }> = {};
    const urls = Array.from({ length: 7 }, (_, i) => Q1649.replace('NR=1649', `NR=${1600 + i}`));
    for (const u of urls) pages[u] = { body: page1649, delayMs: 20 };
    const { fetcher, log } = stubNetwork(pages);
    const d = deps(fetcher);
    const replies = await Promise.all(urls.map((u) => loadRelated(d, 7, u)));
    expect(replies.every((r) => r.ok)).toBe(true);
    expect(log.requests.length).toBe(7);
    expect(log.peak).toBe(2);
    expect(d.queues.peak).toBe(2);
  });

  it('cancels a tab’s requests when it navigates: queued ones never start', async () => {
    const urls = [Q1648, Q1650, Q1649.replace('NR=1649', 'NR=1651')];
    const { fetcher, log } = stubNetwork(Object.fromEntries(urls.map((u) => [u, { hang: true }])));
    const d = deps(fetcher);
    const pending = urls.map((u) => loadRelated(d, 3, u));
    await new Promise((r) => setTimeout(r, 20));
    d.queues.cancel(3);
    const replies = await Promise.all(pending);
    expect(replies.map((r) => (r.ok ? 'ok' : r.error))).toEqual(['cancelled', 'cancelled', 'cancelled']);
    expect(log.requests.length).toBe(2);
  });

  it('says what went wrong: not found, timeout, server error, not a question', async () => {
    const { fetcher } = stubNetwork({
      [Q1648]: { hang: true },
      [Q1650]: { status: 500, body: 'oops' },
      [Q1649]: { body: notAQuestion },
    });
    const d = deps(fetcher, 300);
    const missing = Q1649.replace('NR=1649', 'NR=9999');
    const replies = await Promise.all([missing, Q1648, Q1650, Q1649].map((u) => loadRelated(d, 4, u)));
    expect(replies.map((r) => (r.ok ? 'ok' : r.error))).toEqual(['not-found', 'timeout', 'http', 'not-a-question']);
    // Failures are not cached: a retry asks again.
    expect([...d.store.data.keys()].filter((k) => k !== 'related:index')).toEqual([]);
  });

  it('refuses a redirect off the site', async () => {
    const fetcher = (async () => {
      const r = new Response(page1649, { status: 200 });
      Object.defineProperty(r, 'redirected', { value: true });
      Object.defineProperty(r, 'url', { value: 'https://evil.example/landing' });
      return r;
    }) as typeof fetch;
    expect(await fetchRelatedPage(fetcher, Q1649, new AbortController().signal)).toEqual({ ok: false, error: 'refused' });
  });
});

describe('the cache', () => {
  it('keeps an answered question three weeks and an unanswered one a day', async () => {
    let now = Date.parse('2026-11-28T10:00:00Z');
    const store = memoryStore();
    const cache = new RelatedCache(store, () => now);
    const answered = analyseWithEngine(new TextEncoder().encode(page1649), Q1649);
    const waiting = structuredClone(answered);
    waiting.question.answeredOn = null;
    await cache.put(Q1649, answered);
    await cache.put(Q1648, waiting);
    now += UNANSWERED_LIFETIME_MS + 1;
    expect(await cache.get(Q1648)).toBeNull();
    expect((await cache.get(Q1649))?.question.id).toBe('7-1649');
    now += ANSWERED_LIFETIME_MS - DAY_MS;
    expect(await cache.get(Q1649)).toBeNull();
  });

  it('holds a bounded number of entries, dropping the oldest', async () => {
    let now = 1_000;
    const store = memoryStore();
    const cache = new RelatedCache(store, () => now++, 3);
    const a = analyseWithEngine(new TextEncoder().encode(page1649), Q1649);
    const urls = [1, 2, 3, 4, 5].map((n) => Q1649.replace('NR=1649', `NR=${n}`));
    for (const u of urls) await cache.put(u, a);
    expect(await cache.get(urls[0]!)).toBeNull();
    expect(await cache.get(urls[1]!)).toBeNull();
    expect((await cache.get(urls[4]!))?.question.id).toBe('7-1649');
    expect([...store.data.keys()].filter((k) => k !== 'related:index').length).toBe(3);
  });
});

describe('the messages', () => {
  it('takes a related request only with an address of reasonable length', async () => {
    const { isRelatedRequest } = await import('../../../src/platform/messages');
    expect(isRelatedRequest({ type: 'ql:related', url: Q1648 })).toBe(true);
    for (const bad of [{ type: 'ql:related' }, { type: 'ql:related', url: 7 }, { type: 'ql:related', url: 'x'.repeat(2001) }, { type: 'ql:status', url: Q1648 }, null]) {
      expect(isRelatedRequest(bad)).toBe(false);
    }
  });

  it('takes a reply only when it is a failure code or a written question’s Analysis', async () => {
    const { isRelatedReply } = await import('../../../src/platform/messages');
    const analysis = analyseWithEngine(new TextEncoder().encode(page1649), Q1649);
    expect(isRelatedReply({ ok: true, url: Q1649, analysis, cached: false })).toBe(true);
    expect(isRelatedReply({ ok: false, url: Q1649, error: 'not-found' })).toBe(true);
    const broken = structuredClone(analysis) as unknown as { items: { status: string }[] };
    broken.items[0]!.status = '<img onerror=x>';
    for (const bad of [
      { ok: true, url: Q1649, analysis: broken, cached: false },
      { ok: true, url: Q1649, analysis: { ...analysis, page: { ...analysis.page, kind: 'other' } }, cached: false },
      { ok: true, url: Q1649, analysis: null, cached: false },
      { ok: false, url: Q1649 },
      { ok: true, analysis, cached: false },
    ]) expect(isRelatedReply(bad)).toBe(false);
  });
});

describe('a fetched page read as the CLI reads a saved one', () => {
  it('honours the charset the server declared', async () => {
    const { analyseHtmlBytes } = await import('../../../src/sites/analyse-html');
    const bytes = readFileSync(fixturePath('7-1649-fr-cp1252-undeclared'));
    const served = analyseHtmlBytes(bytes, { url: Q1649, charset: 'windows-1252', today: FIXTURE_TODAY });
    expect(served.page.kind).toBe('written-question');
    expect(served.items.length).toBe(8);
    expect(served.question.title).toMatch(/Reconnaissance faciale/);
    expect(JSON.stringify(served)).not.toContain('\uFFFD');
  });
});
