// The service worker's behaviour, apart from the wiring, so it can be called directly (tests call
// `globalThis.questionLens.toggle(tabId)` through the service worker).

import { activeTabId, isFromOwnContentScript, isStatusMessage, runtimeId, sendToTab, setBadge } from '../platform';
import type { MessageSender } from '../platform';
import { badgeFor } from './badge';
import { COPY_CITATION_MENU_ID } from './menu';

export const TOGGLE_COMMAND = 'toggle-panel';

/** Ask the tab's frames to show or hide their panel (only the frame holding one answers). */
export async function toggle(tabId: number | null): Promise<unknown> {
  const id = tabId ?? (await activeTabId());
  if (id === null) return undefined;
  return sendToTab(id, { type: 'ql:toggle' });
}

export async function onCommandReceived(command: string, tabId: number | null): Promise<void> {
  if (command === TOGGLE_COMMAND) await toggle(tabId);
}

export function onContentMessage(message: unknown, sender: MessageSender): Promise<unknown> | undefined {
  // Only our own content script on a Senate page may set a tab's badge.
  if (!isStatusMessage(message) || !isFromOwnContentScript(sender, runtimeId()) || sender.tabId === null) return undefined;
  const { text, color } = badgeFor(message);
  return setBadge(sender.tabId, text, color).then(() => ({ ok: true }));
}

/** The context menu's "Copy citation": the question page's content script copies it. */
export async function onMenuClicked(menuId: string, tabId: number): Promise<unknown> {
  if (menuId !== COPY_CITATION_MENU_ID) return undefined;
  return sendToTab(tabId, { type: 'ql:copy-citation' });
}
