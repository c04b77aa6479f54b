// The statuses as the panel shows them: order, names, and which ones need a reader's attention.
// The metadata itself lives in src/ui/status-meta.ts (with the icons and colours); this module
// keeps the panel's names for it and counts items by status.

import type { Item, ItemStatus } from '../core/model';
import { STATUS_ORDER, needsAttention } from '../ui/status-meta';

export { STATUS_ICON, STATUS_MESSAGE, STATUS_ORDER, needsAttention } from '../ui/status-meta';

export function countByStatus(items: readonly Pick<Item, 'status'>[]): Map<ItemStatus, number> {
  const counts = new Map<ItemStatus, number>();
  for (const s of STATUS_ORDER) counts.set(s, 0);
  for (const it of items) counts.set(it.status, (counts.get(it.status) ?? 0) + 1);
  return counts;
}

export function attentionCount(items: readonly Pick<Item, 'status'>[]): number {
  return items.filter((it) => needsAttention(it.status)).length;
}
