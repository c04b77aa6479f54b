// Copying the whole question's citation: the form (the reader's default first, their own templates
// after the built-in forms) and the button, on one line.

import { h } from '../../ui/dom';
import type { FormId } from '../../ui/settings';
import type { PanelSection } from '../context';
import { citationFormChoices } from '../forms';

export const citationSection: PanelSection = {
  id: 'citation',
  render(ctx) {
    const { doc, t } = ctx;
    const select = h(doc, 'select', { class: 'form-select', 'aria-label': t('citationForm') });
    for (const f of citationFormChoices(t, ctx.settings.templates)) select.append(h(doc, 'option', { value: f.id }, f.label));
    select.value = ctx.form;
    if (!select.value) select.value = 'senate';
    ctx.form = select.value as FormId;
    select.addEventListener('change', () => {
      ctx.form = select.value as FormId;
    });
    const copy = h(doc, 'button', { type: 'button', class: 'copy copy-question' }, t('copyQuestion'));
    copy.addEventListener('click', () => ctx.confirmCopy(copy, ctx.page.copy(ctx.form)));
    return h(doc, 'div', { class: 'copy-row' }, select, copy);
  },
};
