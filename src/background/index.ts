// Service worker: the keyboard command and the toolbar button toggle the panel in the active tab;
// content scripts report what needs attention, which the badge shows per tab.

import { onActionClicked, onCommand, onMessage } from '../platform';
import { onCommandReceived, onContentMessage, toggle } from './handlers';

onCommand((command, tabId) => void onCommandReceived(command, tabId));
onActionClicked((tabId) => void toggle(tabId));
onMessage(onContentMessage);

// A handle for the end-to-end tests, which cannot press a browser-level shortcut headless.
(globalThis as { questionLens?: unknown }).questionLens = { toggle, onCommandReceived };
