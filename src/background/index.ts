// Service worker: the keyboard command and the toolbar button toggle the panel in the active tab;
// content scripts report what needs attention, which the badge shows per tab.

import { onActionClicked, onCommand, onMessage } from '../platform';
import { onCommandReceived, onContentMessage, toggle } from './handlers';

const commandListener = (command: string, tabId: number | null) => void onCommandReceived(command, tabId);
const actionListener = (tabId: number) => void toggle(tabId);

onCommand(commandListener);
onActionClicked(actionListener);
onMessage(onContentMessage);

// The same listeners, reachable from the end-to-end tests through the service worker: a headless
// browser can neither press a browser-level shortcut nor click the toolbar.
(globalThis as { questionLens?: unknown }).questionLens = {
  command: (command: string, tabId: number | null) => onCommandReceived(command, tabId),
  action: (tabId: number) => toggle(tabId),
};

