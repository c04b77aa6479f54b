// The popup's content: on a question page its id, title, author, the status bar and counts, and
// the two actions (show/hide the panel, copy the citation); elsewhere a plain "not a written-question
// page" with a way to the Senate's written questions. Both link to the settings.

import type { ItemStatus } from '../core/model';
import { append, h } from '../ui/dom';
import type { PageTranslate as Translate } from '../options/strings';
import { STATUS_ORDER } from '../panel/status';
import { renderCounts } from '../panel/summary';
import type { PageSummary } from '../platform';
import type { Language } from '../core/model';
import { SITE_DESCRIPTORS } from '../sites/descriptors';

/** Where the popup sends a reader who is elsewhere: the (first) site's list of written questions,
 * in their language. */
export function writtenQuestionsUrl(language: Language): string {
  return SITE_DESCRIPTORS[0]!.questionsHomeUrl(language === 'nl' ? 'nl' : 'fr');
}

export interface PopupActions {
  toggle(): Promise<boolean | null>;
  copy(): Promise<boolean>;
  openOptions(): void;
  /** The opt-in "status beside question links" setting, read and written at once. */
  linkChips: boolean;
  setLinkChips(on: boolean): void;
}

export function renderPopup(doc: Document, root: HTMLElement, summary: PageSummary | null, language: Language, t: Translate, actions: PopupActions): void {
  const settings = h(doc, 'a', { href: '#', id: 'open-options' }, t('popupSettings'));
  settings.addEventListener('click', (e) => {
    e.preventDefault();
    actions.openOptions();
  });
  const chips = h(doc, 'input', { type: 'checkbox', id: 'link-chips' });
  chips.checked = actions.linkChips;
  chips.addEventListener('change', () => actions.setLinkChips(chips.checked));
  const footer = h(doc, 'div', { class: 'footer' }, h(doc, 'p', { class: 'choice' }, chips, h(doc, 'label', { for: 'link-chips' }, t('popupLinkChips'))), h(doc, 'p', {}, settings));

  if (!summary) {
    root.append(
      h(doc, 'h1', {}, t('extName')),
      h(doc, 'p', { id: 'not-question' }, t('popupNotQuestion')),
      h(doc, 'p', {}, h(doc, 'a', { href: writtenQuestionsUrl(language), target: '_blank', rel: 'noopener', id: 'search-link' }, t('popupSearchLink'))),
      footer,
    );
    return;
  }

  const counts = new Map<ItemStatus, number>(STATUS_ORDER.map((s) => [s, summary.counts[s] ?? 0]));
  const { bar, legend } = renderCounts(doc, counts, t);
  const status = h(doc, 'p', { class: 'status', role: 'status', 'aria-live': 'polite' });

  let open = summary.open;
  const toggle = h(doc, 'button', { type: 'button', id: 'toggle-panel' }, open ? t('popupHidePanel') : t('popupShowPanel'));
  toggle.addEventListener('click', async () => {
    const now = await actions.toggle();
    if (now === null) return;
    open = now;
    toggle.textContent = open ? t('popupHidePanel') : t('popupShowPanel');
  });
  const copy = h(doc, 'button', { type: 'button', id: 'copy-citation' }, t('copyQuestion'));
  copy.addEventListener('click', async () => {
    const ok = await actions.copy().catch(() => false);
    status.textContent = ok ? t('copied') : t('copyFailed');
    status.classList.toggle('bad', !ok);
  });

  const author = summary.author ? (summary.party ? `${summary.author} (${summary.party})` : summary.author) : null;
  root.lang = summary.language;
  append(
    root,
    h(doc, 'p', { class: 'brand' }, t('extName')),
    h(doc, 'h1', { id: 'question-id' }, summary.id ? t('questionHeading', summary.id) : t('questionHeadingNoId')),
    summary.title ? h(doc, 'p', { class: 'subject', id: 'question-title' }, summary.title) : null,
    author ? h(doc, 'p', { class: 'author' }, author) : null,
    bar,
    legend,
    summary.total ? h(doc, 'p', { class: 'attention', id: 'attention' }, t(summary.attention === 1 ? 'popupAttentionOne' : 'popupAttention', summary.attention, summary.total)) : h(doc, 'p', { class: 'attention' }, t('noItems')),
    h(doc, 'div', { class: 'actions' }, toggle, copy),
    status,
    footer,
  );
}
