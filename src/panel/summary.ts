// The stacked bar and counts by status, and the "only what needs attention" filter.

import type { Item } from '../core/model';
import { h } from './dom';
import type { Translate } from './i18n';
import { STATUS_MESSAGE, STATUS_ORDER, countByStatus } from './status';

export function renderSummary(doc: Document, items: readonly Item[], t: Translate, onFilter: (attentionOnly: boolean) => void): HTMLElement {
  const counts = countByStatus(items);
  const total = items.length || 1;
  const present = STATUS_ORDER.filter((s) => (counts.get(s) ?? 0) > 0);
  const description = present.map((s) => `${counts.get(s)} ${t(STATUS_MESSAGE[s])}`).join(', ');

  const bar = h(doc, 'div', { class: 'bar', role: 'img', 'aria-label': `${t('countsLabel')}: ${description}` });
  for (const s of present) {
    bar.append(h(doc, 'span', { class: `bar-part status-${s}`, style: `flex-grow:${counts.get(s)! / total}` }));
  }
  const legend = h(doc, 'ul', { class: 'counts', 'aria-hidden': 'true' });
  for (const s of present) {
    legend.append(
      h(doc, 'li', { class: `count status-${s}`, 'data-status': s }, h(doc, 'span', { class: 'swatch' }), h(doc, 'b', {}, String(counts.get(s))), ` ${t(STATUS_MESSAGE[s])}`),
    );
  }
  const box = h(doc, 'input', { type: 'checkbox', class: 'filter-attention' });
  box.addEventListener('change', () => onFilter(box.checked));
  const filter = h(doc, 'label', { class: 'filter' }, box, ` ${t('filterAttention')}`);
  return h(doc, 'section', { class: 'summary' }, bar, legend, items.length ? filter : null);
}
