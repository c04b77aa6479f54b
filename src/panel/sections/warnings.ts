// What the engine could not read on this page, in the panel's words. Most pages have no warning:
// the wording (reasons.ts, which the cards share) is loaded only when there is one.

import { h } from '../../ui/dom';
import type { PanelSection } from '../context';

export const warningsSection: PanelSection = {
  id: 'warnings',
  render(ctx) {
    const { warnings } = ctx.analysis;
    if (!warnings.length) return null;
    const note = h(ctx.doc, 'p', { class: 'warnings', role: 'note', hidden: true });
    import('../reasons')
      .then(({ warningsText }) => warningsText(warnings, ctx.t))
      .catch(() => warnings.join(' '))
      .then((text) => {
        note.textContent = text;
        note.hidden = false;
      });
    return note;
  },
};
