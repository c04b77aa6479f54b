// The statuses as the panel shows them: order, names, and which ones need a reader's attention.

import type { Item, ItemStatus } from '../core/model';
import type { MessageKey } from './i18n';

/** Display order: the good news first, then what needs a look, so the stacked bar reads left to right. */
export const STATUS_ORDER: readonly ItemStatus[] = ['answered', 'partial', 'referred', 'deflected', 'missing', 'awaiting', 'unanswered'];

export const STATUS_MESSAGE: Record<ItemStatus, MessageKey> = {
  answered: 'statusAnswered',
  partial: 'statusPartial',
  deflected: 'statusDeflected',
  referred: 'statusReferred',
  missing: 'statusMissing',
  awaiting: 'statusAwaiting',
  unanswered: 'statusUnanswered',
};

/** Everything that is not a plain answer deserves a reader's look, awaiting included. */
export function needsAttention(status: ItemStatus): boolean {
  return status !== 'answered';
}

export function countByStatus(items: readonly Pick<Item, 'status'>[]): Map<ItemStatus, number> {
  const counts = new Map<ItemStatus, number>();
  for (const s of STATUS_ORDER) counts.set(s, 0);
  for (const it of items) counts.set(it.status, (counts.get(it.status) ?? 0) + 1);
  return counts;
}

export function attentionCount(items: readonly Pick<Item, 'status'>[]): number {
  return items.filter((it) => needsAttention(it.status)).length;
}
