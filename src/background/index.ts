// Service worker: the keyboard command toggles the panel in the active tab (the toolbar button opens
// the popup, which toggles it too); content scripts report what needs attention, which the badge
// shows per tab; the context menu copies a question page's citation; related pages (siblings, the
// other language, cited questions) are fetched and read here for the content scripts.

import { message, onCommand, onContextMenuClicked, onInstalled, onMessage, setContextMenu } from '../platform';
import { onCommandReceived, onContentMessage, onMenuClicked, toggle } from './handlers';
import { contextMenuEntries } from './menu';
import { listenForTabsLeaving, onRelatedMessage, relatedPeak } from './related/listen';

const commandListener = (command: string, tabId: number | null) => void onCommandReceived(command, tabId);

onCommand(commandListener);
onMessage(onContentMessage);
onMessage(onRelatedMessage);
listenForTabsLeaving();
onContextMenuClicked((menuId, tabId) => void onMenuClicked(menuId, tabId));
// Menus persist across service-worker restarts; they are (re)made when the extension is installed
// or updated.
onInstalled(() => void setContextMenu(contextMenuEntries(message('contextCopyCitation') || 'Copy citation')));

// The same listeners, reachable from the end-to-end tests through the service worker: a headless
// browser can neither press a browser-level shortcut nor click a context menu.
(globalThis as { questionLens?: unknown }).questionLens = {
  command: (command: string, tabId: number | null) => onCommandReceived(command, tabId),
  toggle: (tabId: number) => toggle(tabId),
  menu: (menuId: string, tabId: number) => onMenuClicked(menuId, tabId),
  relatedPeak,
};
