// Messages between the popup / context menu and a question page's content script. Types and their
// checks only, so any part may import them. (The panel toggle and the badge status live in
// messages.ts.)

import type { Citation } from '../core/cite';
import type { ItemStatus, Language } from '../core/model';

/** Popup → content script: what does this page hold? */
export interface PageSummaryRequest {
  type: 'ql:page-summary';
}

/** Context menu (through the background) → content script: copy the question's citation in the
 * reader's default form. */
export interface CopyCitationRequest {
  type: 'ql:copy-citation';
}

export type PageMessage = PageSummaryRequest | CopyCitationRequest;

export interface PageSummary {
  id: string | null;
  title: string | null;
  author: string | null;
  party: string | null;
  /** The language the panel speaks on this page (the popup speaks it too). */
  language: Language;
  counts: Partial<Record<ItemStatus, number>>;
  total: number;
  attention: number;
  /** Whether the panel is open. */
  open: boolean;
  /** The whole question's citation in the reader's default form. */
  citation: Citation;
}

export interface CopyCitationReply {
  ok: boolean;
}

const STATUSES: readonly ItemStatus[] = ['answered', 'partial', 'deflected', 'referred', 'missing', 'awaiting', 'unanswered'];

export function isPageSummaryRequest(m: unknown): m is PageSummaryRequest {
  return typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'ql:page-summary';
}

export function isCopyCitationRequest(m: unknown): m is CopyCitationRequest {
  return typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'ql:copy-citation';
}

const stringOrNull = (v: unknown) => v === null || typeof v === 'string';
const count = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** The popup trusts only a reply of the right shape (a page's script could answer in its place
 * only through a compromised content script, but a stale one after an update may answer oddly). */
export function isPageSummary(m: unknown): m is PageSummary {
  if (typeof m !== 'object' || m === null) return false;
  const p = m as Record<string, unknown>;
  const counts = p.counts as Record<string, unknown> | null;
  const citation = p.citation as Record<string, unknown> | null;
  return (
    stringOrNull(p.id) &&
    stringOrNull(p.title) &&
    stringOrNull(p.author) &&
    stringOrNull(p.party) &&
    (p.language === 'fr' || p.language === 'nl' || p.language === 'en') &&
    typeof counts === 'object' &&
    counts !== null &&
    Object.entries(counts).every(([k, v]) => (STATUSES as readonly string[]).includes(k) && count(v)) &&
    count(p.total) &&
    count(p.attention) &&
    typeof p.open === 'boolean' &&
    typeof citation === 'object' &&
    citation !== null &&
    typeof citation.text === 'string' &&
    typeof citation.html === 'string'
  );
}
