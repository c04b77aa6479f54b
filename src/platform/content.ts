// The content script's door to the browser: the same calls as platform/index.ts for what a page's
// script needs (storage, messages to and from the extension, "am I still alive"), on the browser's
// own namespace instead of webextension-polyfill, which would cost every Senate page ~7 KB gzipped.
// Firefox has promise-based `browser`; Chromium's MV3 `chrome` returns promises too. Only the
// message listener differs: Chromium ignores a returned promise, so replies go through
// sendResponse (which Firefox also honours). Types come from the polyfill's declarations: erased
// at build, they describe the promise-based API both namespaces share.

import type Browser from 'webextension-polyfill';
import type { BackgroundMessage, SenderInfo } from './messages';

export type { BackgroundMessage, SenderInfo } from './messages';
export { isFromOwnExtension, isToggleMessage } from './messages';
export type { ToggleReply } from './messages';
export type { PageSummary, CopyCitationReply } from './page-messages';
export { isPageSummaryRequest, isCopyCitationRequest } from './page-messages';

type MessageListener = (message: unknown, sender: Browser.Runtime.MessageSender, sendResponse: (reply: unknown) => void) => boolean;

/** The part of the extension API a content script uses, as both browsers expose it. */
interface ContentApi {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(l: MessageListener): void; removeListener(l: MessageListener): void };
  };
  storage: {
    local: Pick<Browser.Storage.StorageArea, 'get' | 'set'>;
    sync: Pick<Browser.Storage.StorageArea, 'get' | 'set'>;
    onChanged: Pick<Browser.Storage.Static['onChanged'], 'addListener' | 'removeListener'>;
  };
}

/** Firefox's `browser`, else Chromium's `chrome`; undefined in an orphaned script or a plain page. */
function api(): ContentApi | undefined {
  const g = globalThis as { browser?: ContentApi; chrome?: ContentApi };
  return g.browser?.runtime ? g.browser : g.chrome?.runtime ? g.chrome : undefined;
}

// ---- storage ----------------------------------------------------------------------------------

/** The stored value of `key`, or `fallback` when absent or when storage is unavailable. */
export async function storageGet<T>(key: string, fallback: T): Promise<T> {
  try {
    const got = await api()!.storage.local.get(key);
    return key in got ? (got[key] as T) : fallback;
  } catch {
    return fallback;
  }
}

export async function storageSet(key: string, value: unknown): Promise<void> {
  try {
    await api()!.storage.local.set({ [key]: value });
  } catch {
    // Storage lost (extension reloaded under an old content script): nothing to remember into.
  }
}

/** The raw stored value of a synced key (the reader's settings), or undefined. */
export async function syncGet(key: string): Promise<unknown> {
  try {
    const got = await api()!.storage.sync.get(key);
    return got[key];
  } catch {
    return undefined;
  }
}

/** Calls `handler` with the new raw value whenever a synced key changes (in any tab or device). */
export function onSyncChanged(key: string, handler: (value: unknown) => void): () => void {
  const listener = (changes: Record<string, Browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && key in changes) handler(changes[key]!.newValue);
  };
  try {
    api()!.storage.onChanged.addListener(listener);
  } catch {
    return () => {};
  }
  return () => {
    try {
      api()?.storage.onChanged.removeListener(listener);
    } catch {
      // Context gone.
    }
  };
}

// ---- messaging --------------------------------------------------------------------------------

/** Content script → background. Resolves undefined when nobody listens or the context is gone. */
export async function sendToBackground(message: BackgroundMessage): Promise<unknown> {
  try {
    return await api()!.runtime.sendMessage(message);
  } catch {
    return undefined;
  }
}

/** Who sent a message: checked with isFromOwnExtension (messages.ts). */
export type MessageSender = SenderInfo;

/** This extension's id, for the sender checks; null in an orphaned content script. */
export function runtimeId(): string | null {
  try {
    return api()?.runtime.id ?? null;
  } catch {
    return null;
  }
}

/** False once the extension was reloaded or removed under this (orphaned) content script. */
export function extensionAlive(): boolean {
  return runtimeId() !== null;
}

/** Listen for messages; the handler's resolved value is the reply (undefined: not ours, no reply). */
export function onMessage(handler: (message: unknown, sender: MessageSender) => Promise<unknown> | undefined): () => void {
  const listener: MessageListener = (message, sender, sendResponse) => {
    const reply = handler(message, {
      id: sender.id ?? null,
      url: sender.url ?? sender.tab?.url ?? null,
      tabId: sender.tab?.id ?? null,
      frameId: sender.frameId ?? null,
    });
    if (!reply) return false;
    reply.then(sendResponse, () => sendResponse(undefined));
    // Keeps the channel open until sendResponse is called.
    return true;
  };
  const runtime = api()?.runtime;
  try {
    runtime?.onMessage.addListener(listener);
  } catch {
    return () => {};
  }
  return () => {
    try {
      runtime?.onMessage.removeListener(listener);
    } catch {
      // Context gone.
    }
  };
}
