// What the toolbar badge says for a page: how many sub-questions need attention.

import type { StatusMessage } from '../platform/messages';

export const BADGE_ATTENTION_COLOR = '#b3261e';
export const BADGE_CLEAR_COLOR = '#2e7d32';

export function badgeFor(status: StatusMessage): { text: string; color: string } {
  if (status.total === 0) return { text: '', color: BADGE_CLEAR_COLOR };
  if (status.attention === 0) return { text: '✓', color: BADGE_CLEAR_COLOR };
  return { text: status.attention > 99 ? '99+' : String(status.attention), color: BADGE_ATTENTION_COLOR };
}
