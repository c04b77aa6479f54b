// Analyses of related pages, kept in storage.local so that a second visit asks the Senate nothing.
// An answered question changes rarely (kept three weeks); one still waiting for its answer may be
// answered tomorrow (kept a day). A bounded number of entries, the oldest dropped first, so the
// cache never grows toward the storage quota.

import type { Analysis } from '../../core/model';

/** The part of storage the cache needs (platform's storage.local, or a Map in tests). */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
export const ANSWERED_LIFETIME_MS = 21 * DAY_MS;
export const UNANSWERED_LIFETIME_MS = DAY_MS;
export const MAX_ENTRIES = 200;

const INDEX_KEY = 'related:index';
const entryKey = (url: string) => `related:${url}`;

interface Entry {
  analysis: Analysis;
  storedAt: number;
  expiresAt: number;
}

/** url → storedAt, oldest first. */
type Index = [string, number][];

/** How long an analysis stays fresh: by whether its question has its answer. */
export function lifetimeOf(analysis: Analysis): number {
  return analysis.question.answeredOn ? ANSWERED_LIFETIME_MS : UNANSWERED_LIFETIME_MS;
}

export class RelatedCache {
  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = MAX_ENTRIES,
  ) {}

  /** A fresh analysis of the page, or null (absent, expired or not one we wrote). */
  async get(url: string): Promise<Analysis | null> {
    const entry = (await this.store.get(entryKey(url))) as Partial<Entry> | undefined;
    if (!entry || typeof entry !== 'object' || typeof entry.expiresAt !== 'number' || !entry.analysis) return null;
    if (entry.expiresAt <= this.now()) {
      await this.store.remove([entryKey(url)]);
      return null;
    }
    return entry.analysis;
  }

  async put(url: string, analysis: Analysis): Promise<void> {
    const storedAt = this.now();
    await this.store.set(entryKey(url), { analysis, storedAt, expiresAt: storedAt + lifetimeOf(analysis) } satisfies Entry);
    const index = ((await this.store.get(INDEX_KEY)) as Index | undefined)?.filter(([u]) => u !== url) ?? [];
    index.push([url, storedAt]);
    const dropped = index.splice(0, Math.max(0, index.length - this.maxEntries));
    if (dropped.length > 0) await this.store.remove(dropped.map(([u]) => entryKey(u)));
    await this.store.set(INDEX_KEY, index);
  }
}
