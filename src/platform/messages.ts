// The messages the extension's parts send each other. Types only, so any part may import them.

/** Background → content script: show or hide the panel. */
export interface ToggleMessage {
  type: 'ql:toggle';
}

/** Content script → background: what the page holds, for the toolbar badge. */
export interface StatusMessage {
  type: 'ql:status';
  /** Sub-questions that need a reader's attention (every status but 'answered'). */
  attention: number;
  total: number;
}

export type ContentMessage = ToggleMessage;
export type BackgroundMessage = StatusMessage;

/** Answer of a content script to a toggle: whether its panel is now open; null when the frame
 * holds no panel. */
export interface ToggleReply {
  open: boolean | null;
}

export function isToggleMessage(m: unknown): m is ToggleMessage {
  return typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'ql:toggle';
}

export function isStatusMessage(m: unknown): m is StatusMessage {
  if (typeof m !== 'object' || m === null) return false;
  const s = m as Partial<StatusMessage>;
  return s.type === 'ql:status' && typeof s.attention === 'number' && typeof s.total === 'number';
}
