// The one door to the browser's extension APIs for the service worker, popup and options page:
// nothing else imports webextension-polyfill, so the rest of the code is testable with this module
// mocked, and a Firefox build changes only here. The content script, loaded on every Senate page,
// has its own door without the polyfill: ./content.ts.

import browser from 'webextension-polyfill';
import type { BackgroundMessage, ContentMessage, SenderInfo } from './messages';
import type { PageMessage } from './page-messages';

export type { BackgroundMessage, ContentMessage, RelatedReply, RelatedRequest, StatusMessage, ToggleMessage, ToggleReply } from './messages';
export type { SenderInfo } from './messages';
export { isFromOwnContentScript, isFromOwnExtension, isRelatedCancel, isRelatedRequest, isStatusMessage, isToggleMessage } from './messages';
export type { PageMessage, PageSummary, CopyCitationReply } from './page-messages';
export { isPageSummary, isPageSummaryRequest, isCopyCitationRequest } from './page-messages';

// ---- storage ----------------------------------------------------------------------------------

/** The stored value of `key`, or `fallback` when absent or when storage is unavailable. */
export async function storageGet<T>(key: string, fallback: T): Promise<T> {
  try {
    const got = await browser.storage.local.get(key);
    return key in got ? (got[key] as T) : fallback;
  } catch {
    return fallback;
  }
}

export async function storageSet(key: string, value: unknown): Promise<void> {
  try {
    await browser.storage.local.set({ [key]: value });
  } catch {
    // Storage lost (extension reloaded under an old content script): nothing to remember into.
  }
}

// ---- messaging --------------------------------------------------------------------------------

/** Content script → background. Resolves undefined when nobody listens or the context is gone. */
export async function sendToBackground(message: BackgroundMessage): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch {
    return undefined;
  }
}

/** Background or popup → every frame of a tab (the frame holding the question answers). */
export async function sendToTab(tabId: number, message: ContentMessage | PageMessage): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, message);
  } catch {
    return undefined;
  }
}

/** Who sent a message: checked with isFromOwnContentScript / isFromOwnExtension (messages.ts). */
export type MessageSender = SenderInfo;

/** This extension's id, for the sender checks; null in an orphaned content script. */
export function runtimeId(): string | null {
  try {
    return browser.runtime?.id ?? null;
  } catch {
    return null;
  }
}

/** Listen for messages; the handler's resolved value is the reply (undefined: no reply). */
export function onMessage(handler: (message: unknown, sender: MessageSender) => Promise<unknown> | undefined): () => void {
  const listener = (message: unknown, sender: browser.Runtime.MessageSender) => {
    const reply = handler(message, {
      id: sender.id ?? null,
      url: sender.url ?? sender.tab?.url ?? null,
      tabId: sender.tab?.id ?? null,
      frameId: sender.frameId ?? null,
    });
    // The polyfill treats a returned promise as the reply; undefined leaves others to answer.
    return reply;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

/** False once the extension was reloaded or removed under this (orphaned) content script. */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

// ---- toolbar button, commands, tabs (background only) -----------------------------------------

export async function setBadge(tabId: number, text: string, color: string): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text });
    if (text) await browser.action.setBadgeBackgroundColor({ tabId, color });
  } catch {
    // The tab closed meanwhile.
  }
}

export function onActionClicked(handler: (tabId: number) => void): void {
  browser.action.onClicked.addListener((tab) => {
    if (tab.id !== undefined) handler(tab.id);
  });
}

export function onCommand(handler: (command: string, tabId: number | null) => void): void {
  browser.commands.onCommand.addListener((command: string, tab?: browser.Tabs.Tab) => {
    handler(command, tab?.id ?? null);
  });
}

export async function activeTabId(): Promise<number | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  } catch {
    return null;
  }
}

// ---- settings (storage.sync), shared by every part ---------------------------------------------

/** The raw stored value of a synced key (settings follow the reader across devices), or undefined. */
export async function syncGet(key: string): Promise<unknown> {
  try {
    const got = await browser.storage.sync.get(key);
    return got[key];
  } catch {
    return undefined;
  }
}

export async function syncSet(key: string, value: unknown): Promise<boolean> {
  try {
    await browser.storage.sync.set({ [key]: value });
    return true;
  } catch {
    // Quota exceeded, or sync storage unavailable: the caller tells the reader.
    return false;
  }
}

/** Calls `handler` with the new raw value whenever a synced key changes (in any tab or device). */
export function onSyncChanged(key: string, handler: (value: unknown) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && key in changes) handler(changes[key]!.newValue);
  };
  try {
    browser.storage.onChanged.addListener(listener);
  } catch {
    return () => {};
  }
  return () => {
    try {
      browser.storage.onChanged.removeListener(listener);
    } catch {
      // Context gone.
    }
  };
}

// ---- extension pages (popup, options) -----------------------------------------------------------

/** The browser's interface language, e.g. "fr-BE". */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}

export async function openOptionsPage(): Promise<void> {
  try {
    await browser.runtime.openOptionsPage();
  } catch {
    // Nothing to open into.
  }
}

/** The active tab of the current window: its id and address (the address only where the
 * extension has host access, i.e. on the Senate's sites). */
export async function activeTab(): Promise<{ id: number; url: string | null } | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? null } : null;
  } catch {
    return null;
  }
}

export async function openTab(url: string): Promise<void> {
  try {
    await browser.tabs.create({ url });
  } catch {
    // No window to open it in.
  }
}

// ---- context menu (background only) --------------------------------------------------------------

export interface MenuEntry {
  id: string;
  title: string;
  contexts: ('page' | 'selection' | 'link')[];
  documentUrlPatterns: string[];
}

/** (Re)creates the extension's context-menu entries; called on install and update. */
export async function setContextMenu(entries: MenuEntry[]): Promise<void> {
  try {
    await browser.contextMenus.removeAll();
    for (const entry of entries) browser.contextMenus.create(entry);
  } catch {
    // No context menus here (an Android browser): the popup and the panel still copy.
  }
}

export function onContextMenuClicked(handler: (menuId: string, tabId: number, frameId: number | null) => void): void {
  try {
    browser.contextMenus.onClicked.addListener((info, tab) => {
      if (tab?.id !== undefined && tab.id >= 0) handler(String(info.menuItemId), tab.id, info.frameId ?? null);
    });
  } catch {
    // As above.
  }
}

export function onInstalled(handler: () => void): void {
  browser.runtime.onInstalled.addListener(() => handler());
}

export function message(key: string): string {
  try {
    return browser.i18n.getMessage(key);
  } catch {
    return '';
  }
}

// ---- related pages (background only) ----------------------------------------------------------

/** storage.local as the related-pages cache needs it. */
export const localStore = {
  async get(key: string): Promise<unknown> {
    try {
      return (await browser.storage.local.get(key))[key];
    } catch {
      return undefined;
    }
  },
  async set(key: string, value: unknown): Promise<void> {
    try {
      await browser.storage.local.set({ [key]: value });
    } catch {
      // Quota or a storage lost: the page is fetched again next time.
    }
  },
  async remove(keys: string[]): Promise<void> {
    try {
      await browser.storage.local.remove(keys);
    } catch {
      // Nothing to do: an entry left behind expires.
    }
  },
};

/** Called when a tab starts loading another document (a navigation or a reload; a change of its
 * #fragment is not one) or closes. Read from the tab's loading status, which needs no permission. */
export function onTabLeft(handler: (tabId: number) => void): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') handler(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => handler(tabId));
}
