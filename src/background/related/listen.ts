// The related-pages service wired to the browser: requests from our own content scripts only, the
// cache in storage.local, the network through fetch, and a tab's requests cancelled when it leaves
// its page.

import { isFromOwnContentScript, isRelatedCancel, isRelatedRequest, localStore, onTabLeft, runtimeId, type MessageSender } from '../../platform';
import { analyseHtmlBytes } from '../../sites/analyse-html';
import { RelatedCache } from './cache';
import { TabQueues } from './queue';
import { loadRelated, type RelatedDeps } from './service';

const deps: RelatedDeps = {
  fetch: (input, init) => fetch(input, init),
  cache: new RelatedCache(localStore),
  queues: new TabQueues(2),
  analyse: (bytes, url, charset) => analyseHtmlBytes(bytes, { url, charset }),
};

export function onRelatedMessage(message: unknown, sender: MessageSender): Promise<unknown> | undefined {
  if (!isFromOwnContentScript(sender, runtimeId()) || sender.tabId === null) return undefined;
  if (isRelatedCancel(message)) {
    deps.queues.cancel(sender.tabId);
    return Promise.resolve({ ok: true });
  }
  if (!isRelatedRequest(message)) return undefined;
  return loadRelated(deps, sender.tabId, message.url);
}

export function listenForTabsLeaving(): void {
  onTabLeft((tabId) => deps.queues.cancel(tabId));
}

/** For the end-to-end tests, through the service worker. */
export function relatedPeak(): number {
  return deps.queues.peak;
}
