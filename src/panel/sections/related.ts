// The related-questions section (related-view.ts), loaded after the checklist: it is shown only on
// pages that lead to other questions, and what it shows comes from pages fetched later anyway.

import { h } from '../../ui/dom';
import type { PanelSection } from '../context';

export const relatedSection: PanelSection = {
  id: 'related',
  render(ctx) {
    const pages = ctx.related?.pages ?? [];
    if (!pages.some((p) => p.kind !== 'original')) return null;
    const slot = h(ctx.doc, 'div', { class: 'section-slot' });
    void import('./related-view')
      .then(({ renderRelated }) => {
        const section = renderRelated(ctx);
        if (section) slot.replaceWith(section);
      })
      .catch(() => slot.remove());
    return slot;
  },
};
