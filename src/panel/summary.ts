// The stacked bar and counts by status, in the panel's head and in the popup.

import type { ItemStatus } from '../core/model';
import { h } from '../ui/dom';
import type { Translate } from './i18n';
import { STATUS_MESSAGE, STATUS_ORDER } from './status';

/** The stacked bar (one accessible image) and its legend; the popup shows them too. */
export function renderCounts(doc: Document, counts: ReadonlyMap<ItemStatus, number>, t: Translate): { bar: HTMLElement; legend: HTMLElement } {
  const total = [...counts.values()].reduce((a, b) => a + b, 0) || 1;
  const present = STATUS_ORDER.filter((s) => (counts.get(s) ?? 0) > 0);
  const description = present.map((s) => `${counts.get(s)} ${t(STATUS_MESSAGE[s])}`).join(', ');

  const bar = h(doc, 'div', { class: 'bar', role: 'img', 'aria-label': `${t('labelColon', t('countsLabel'))} ${description}` });
  for (const s of present) {
    bar.append(h(doc, 'span', { class: `bar-part status-${s}`, style: `flex-grow:${counts.get(s)! / total}` }));
  }
  const legend = h(doc, 'ul', { class: 'counts', 'aria-hidden': 'true' });
  for (const s of present) {
    legend.append(
      h(doc, 'li', { class: `count status-${s}`, 'data-status': s, title: t(STATUS_MESSAGE[s]) }, h(doc, 'span', { class: 'swatch' }), h(doc, 'b', {}, String(counts.get(s))), ` ${t(STATUS_MESSAGE[s])}`),
    );
  }
  return { bar, legend };
}
