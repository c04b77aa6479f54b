// The original-language section (original-view.ts), loaded after the checklist, on translated pages
// only.

import { h } from '../../ui/dom';
import type { PanelSection } from '../context';

export const originalSection: PanelSection = {
  id: 'original',
  render(ctx) {
    if (!ctx.related?.pages.some((p) => p.kind === 'original')) return null;
    const slot = h(ctx.doc, 'div', { class: 'section-slot' });
    void import('./original-view')
      .then(({ renderOriginal }) => {
        const section = renderOriginal(ctx);
        if (section) slot.replaceWith(section);
      })
      .catch(() => slot.remove());
    return slot;
  },
};
