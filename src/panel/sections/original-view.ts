// The original language: a page that says it is a translation ("(Question posée en néerlandais)")
// loads the page in the language it was asked in, and shows, per sub-question, the original text of
// the sub-question and of its answer part beside the translation, a row at a time or all at once.
// Items are matched by their label; where the two versions number differently, it says so rather
// than pair the wrong texts.

import type { Analysis } from '../../core/model';
import { h } from '../../ui/dom';
import type { PanelContext } from '../context';

function block(ctx: PanelContext, lang: string, question: string, answer: string | null): HTMLElement {
  const doc = ctx.doc;
  return h(
    doc,
    'div',
    { class: 'original-side', lang },
    h(doc, 'p', { class: 'original-question' }, question),
    h(doc, 'p', { class: 'original-answer' }, answer ?? ctx.t('originalNoAnswerPart')),
  );
}

function rows(ctx: PanelContext, original: Analysis, rowsHost: HTMLElement, all: HTMLButtonElement): void {
  const doc = ctx.doc;
  const own = ctx.analysis;
  const ownLabels = own.items.map((i) => i.label).join(' ');
  const originalLabels = original.items.map((i) => i.label).join(' ');
  const lang = original.page.language ?? '';
  const list: HTMLDetailsElement[] = [];
  if (ownLabels !== originalLabels) rowsHost.append(h(doc, 'p', { class: 'original-mismatch', role: 'note' }, ctx.t('originalNumberedDifferently', ownLabels || '—', originalLabels || '—')));
  for (const item of own.items) {
    const match = original.items.find((i) => i.label === item.label);
    let copy: HTMLButtonElement | null = null;
    if (match && (lang === 'fr' || lang === 'nl')) {
      const button = h(doc, 'button', { type: 'button', class: 'original-copy' }, ctx.t('originalCopy'));
      button.addEventListener('click', () => ctx.confirmCopy(button, ctx.related!.copyWithOriginal(item, match, lang)));
      copy = button;
    }
    const details = h(
      doc,
      'details',
      { class: 'original-row', 'data-label': item.label },
      h(doc, 'summary', {}, ctx.t('originalRow', item.label)),
      match
        ? h(doc, 'div', { class: 'original-pair' }, block(ctx, own.page.language ?? '', item.question, item.answer), block(ctx, lang, match.question, match.answer))
        : h(doc, 'p', { class: 'original-missing' }, ctx.t('originalNoSuchItem', item.label)),
      copy,
    );
    list.push(details);
    rowsHost.append(details);
  }
  all.disabled = false;
  all.addEventListener('click', () => {
    const open = all.getAttribute('aria-pressed') !== 'true';
    for (const d of list) d.open = open;
    all.setAttribute('aria-pressed', String(open));
    all.textContent = open ? ctx.t('originalHideAll') : ctx.t('originalShowAll');
  });
}

/** The section itself; sections/original.ts loads this module when the panel has one to show. */
export function renderOriginal(ctx: PanelContext): HTMLElement | null {
  {
    const page = ctx.related?.pages.find((p) => p.kind === 'original');
    if (!ctx.related || !page) return null;
    const doc = ctx.doc;
    const languageName = page.language === 'nl' ? ctx.t('languageNl') : ctx.t('languageFr');
    const all = h(doc, 'button', { type: 'button', class: 'original-all', 'aria-pressed': 'false', disabled: true }, ctx.t('originalShowAll'));
    const status = h(doc, 'p', { class: 'original-status', role: 'status' }, ctx.t('relatedLoadingOne'));
    const rowsHost = h(doc, 'div', { class: 'original-rows' });
    const link = h(doc, 'a', { href: page.url, target: '_blank', rel: 'noopener' }, ctx.t('originalLink', languageName));
    // Folded under one line, as the related questions are.
    const section = h(doc, 'details', { class: 'original' }, h(doc, 'summary', {}, ctx.t('originalSection', languageName)), h(doc, 'p', {}, link, ' ', all), status, rowsHost);
    const load = () => {
      status.textContent = ctx.t('relatedLoadingOne');
      void ctx.related!.load(page.url).then((reply) => {
        if (reply.ok) {
          status.remove();
          rows(ctx, reply.analysis, rowsHost, all);
          return;
        }
        const retry = h(doc, 'button', { type: 'button', class: 'link-button' }, ctx.t('relatedRetry'));
        retry.addEventListener('click', load, { once: true });
        status.replaceChildren(ctx.t('relatedFailed'), ' ', retry);
      });
    };
    load();
    return section;
  }
}
