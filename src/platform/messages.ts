// The messages the extension's parts send each other, and the checks every listener makes before
// using one: its shape, and who sent it. Pure functions, so any part may import them and tests call
// them with good and bad messages.

import { isSiteAddress } from '../sites/descriptors';

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

/** Content script → background: the Analysis of another question's page (a sibling, the other
 * language, a question cited), fetched and read by the background. */
export interface RelatedRequest {
  type: 'ql:related';
  url: string;
}

/** Background → content script: the related page's Analysis, or why there is none. */
export type RelatedReply =
  | { ok: true; url: string; analysis: import('../core/model').Analysis; cached: boolean }
  | { ok: false; url: string; error: string };

/** Content script → background: stop what this tab asked for (the reader pressed "stop"). */
export interface RelatedCancel {
  type: 'ql:related-cancel';
}

export type ContentMessage = ToggleMessage;
export type BackgroundMessage = StatusMessage | RelatedRequest | RelatedCancel;

/** Answer of a content script to a toggle: whether its panel is now open; null when the frame
 * holds no panel. */
export interface ToggleReply {
  open: boolean | null;
}

export function isToggleMessage(m: unknown): m is ToggleMessage {
  return typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'ql:toggle';
}

const count = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1_000_000;

export function isStatusMessage(m: unknown): m is StatusMessage {
  if (typeof m !== 'object' || m === null) return false;
  const s = m as Partial<StatusMessage>;
  return s.type === 'ql:status' && count(s.attention) && count(s.total) && s.attention <= s.total;
}

// ---- senders ------------------------------------------------------------------------------------

/** What a listener knows of a message's sender (browser.runtime.MessageSender, reduced). */
export interface SenderInfo {
  /** The sending extension's id. */
  id: string | null;
  /** The sending document's address (a tab's page for content scripts). */
  url: string | null;
  /** Set only when a content script (or an extension page shown in a tab) sent it. */
  tabId: number | null;
  frameId: number | null;
}

/** Our own content script on a known site's page: our id, a tab, an address on one of the sites'
 * domains (the same list the manifest's permissions are derived from). */
export function isFromOwnContentScript(sender: SenderInfo, runtimeId: string | null): boolean {
  return runtimeId !== null && sender.id === runtimeId && sender.tabId !== null && Number.isInteger(sender.tabId) && isSiteAddress(sender.url);
}

/** Our own service worker, popup or options page: our id, and either no tab (worker, popup) or one of
 * our own pages shown in a tab. Never a web page, never another extension. */
export function isFromOwnExtension(sender: SenderInfo, runtimeId: string | null): boolean {
  if (runtimeId === null || sender.id !== runtimeId) return false;
  if (sender.tabId === null) return true;
  if (!sender.url) return false;
  try {
    const u = new URL(sender.url);
    return /^(chrome|moz)-extension:$/.test(u.protocol) && (u.protocol === 'chrome-extension:' ? u.hostname === runtimeId : true);
  } catch {
    return false;
  }
}

export function isRelatedRequest(m: unknown): m is RelatedRequest {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as Partial<RelatedRequest>;
  return r.type === 'ql:related' && typeof r.url === 'string' && r.url.length > 0 && r.url.length <= 2000;
}

const ITEM_STATUSES = new Set(['answered', 'partial', 'deflected', 'referred', 'missing', 'awaiting', 'unanswered']);

/** The background's reply, checked as every message is: a failure with its code, or an Analysis of
 * a written question whose items have a label and a known status. */
export function isRelatedReply(m: unknown): m is RelatedReply {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as { ok?: unknown; url?: unknown; error?: unknown; analysis?: unknown; cached?: unknown };
  if (typeof r.url !== 'string') return false;
  if (r.ok === false) return typeof r.error === 'string' && r.error.length < 40;
  if (r.ok !== true || typeof r.cached !== 'boolean') return false;
  const a = r.analysis as { schemaVersion?: unknown; page?: { kind?: unknown }; question?: unknown; items?: unknown } | null;
  if (typeof a !== 'object' || a === null || typeof a.schemaVersion !== 'number') return false;
  if (a.page?.kind !== 'written-question' || typeof a.question !== 'object' || a.question === null || !Array.isArray(a.items)) return false;
  return a.items.every((it: unknown) => {
    const item = it as { label?: unknown; status?: unknown } | null;
    return typeof item === 'object' && item !== null && typeof item.label === 'string' && ITEM_STATUSES.has(String(item.status));
  });
}

export function isRelatedCancel(m: unknown): m is RelatedCancel {
  return typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'ql:related-cancel';
}
