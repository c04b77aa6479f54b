// What the content script answers to the other parts: the background's toggle (keyboard command,
// popup button), the popup's "what is on this page", the context menu's "copy citation".
// undefined: not ours, let another listener (or nobody) answer.

import { isCopyCitationRequest, isFromOwnExtension, isPageSummaryRequest, isToggleMessage, runtimeId, type CopyCitationReply, type MessageSender, type PageSummary, type ToggleReply } from '../platform/content';
import type { Controller } from './controller';

export function answer(controller: Controller, message: unknown, sender: MessageSender): Promise<ToggleReply | PageSummary | CopyCitationReply> | undefined {
  // Only our own worker, popup or options page speaks to the page's panel.
  if (!isFromOwnExtension(sender, runtimeId())) return undefined;
  if (isToggleMessage(message)) return Promise.resolve({ open: controller.toggle() });
  if (isPageSummaryRequest(message)) return Promise.resolve(controller.summary());
  if (isCopyCitationRequest(message)) return controller.copyDefaultCitation().then((ok) => ({ ok }));
  return undefined;
}
