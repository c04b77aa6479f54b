// The one door to the browser's extension APIs: nothing else imports webextension-polyfill, so the
// rest of the code is testable with this module mocked, and a Firefox build changes only here.

import browser from 'webextension-polyfill';
import type { BackgroundMessage, ContentMessage } from './messages';

export type { BackgroundMessage, ContentMessage, StatusMessage, ToggleMessage, ToggleReply } from './messages';
export { isStatusMessage, isToggleMessage } from './messages';

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

/** Background → every frame of a tab. */
export async function sendToTab(tabId: number, message: ContentMessage): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, message);
  } catch {
    return undefined;
  }
}

export interface MessageSender {
  tabId: number | null;
  frameId: number | null;
}

/** Listen for messages; the handler's resolved value is the reply (undefined: no reply). */
export function onMessage(handler: (message: unknown, sender: MessageSender) => Promise<unknown> | undefined): () => void {
  const listener = (message: unknown, sender: browser.Runtime.MessageSender) => {
    const reply = handler(message, { tabId: sender.tab?.id ?? null, frameId: sender.frameId ?? null });
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
