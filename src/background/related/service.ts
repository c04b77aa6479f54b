// The related-pages service of the background: a content script asks for the Analysis of another
// question's page (a sibling "Aussi posée à", the other language, a question cited in the answer);
// the service answers from the cache, or fetches the page politely (two at a time per tab), has the
// same engine read it, caches the Analysis and sends only that back. A failure is a code, never an
// exception: the panel shows "could not load" with a retry.

import type { Analysis } from '../../core/model';
import type { RelatedCache } from './cache';
import { fetchRelatedPage, relatedAddress, type FetchFailure } from './fetch-page';
import { CancelledError, type TabQueues } from './queue';

export type RelatedFailure = FetchFailure | 'not-a-question';

export type RelatedReply =
  | { ok: true; url: string; analysis: Analysis; cached: boolean }
  | { ok: false; url: string; error: RelatedFailure };

export interface RelatedDeps {
  fetch: typeof fetch;
  cache: RelatedCache;
  queues: TabQueues;
  /** The engine on a fetched page: its bytes (charset from the header when given), its address. */
  analyse(bytes: Uint8Array, url: string, charset: string | null): Analysis | null;
  timeoutMs?: number;
}

export async function loadRelated(deps: RelatedDeps, tabId: number, requested: string): Promise<RelatedReply> {
  const url = relatedAddress(requested);
  if (!url) return { ok: false, url: requested, error: 'refused' };
  const cached = await deps.cache.get(url).catch(() => null);
  if (cached) return { ok: true, url, analysis: cached, cached: true };
  try {
    return await deps.queues.run(tabId, async (signal) => {
      const page = await fetchRelatedPage(deps.fetch, url, signal, deps.timeoutMs);
      if (!page.ok) return { ok: false, url, error: page.error } as const;
      let analysis: Analysis | null;
      try {
        analysis = deps.analyse(page.bytes, url, page.charset);
      } catch {
        analysis = null;
      }
      if (!analysis || analysis.page.kind !== 'written-question') return { ok: false, url, error: 'not-a-question' } as const;
      await deps.cache.put(url, analysis).catch(() => {});
      return { ok: true, url, analysis, cached: false } as const;
    });
  } catch (error) {
    return { ok: false, url, error: error instanceof CancelledError ? 'cancelled' : 'network' };
  }
}
