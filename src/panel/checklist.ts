// The checklist: one compact row per sub-question (its label, a status chip with an icon as well as
// a colour (status-bar.css), the short reason when it is not answered, its first words), each opening in place to
// its full card. Rows are cheap; a card is built when its row is first opened, from a chunk loaded
// then, so a page with a thousand sub-questions paints its checklist as fast as one with eight.
// Keyboard: a row is a button (Enter / Space open it), the arrow keys, Home and End move between
// the rows shown.

import type { Item } from '../core/model';
import { h } from '../ui/dom';
import type { PanelContext } from './context';
import { adoptStyles } from './panel';
import { firstLines } from './format';
import { shortReason } from './short-reason';
import { needsAttention, STATUS_MESSAGE } from './status';

type CardModule = typeof import('./card');
let cardModule: Promise<CardModule> | null = null;

/** The card renderer, loaded once; a failed load (the extension updated under the page) is retried. */
function loadCard(): Promise<CardModule> {
  cardModule ??= import('./card').catch((error: unknown) => {
    cardModule = null;
    throw error;
  });
  return cardModule;
}

const ident = (label: string) => label.replace(/[^A-Za-z0-9_-]/g, '_');

interface Row {
  item: Item;
  li: HTMLLIElement;
  button: HTMLButtonElement;
  card: HTMLElement | null;
  building: Promise<void> | null;
}

export function renderChecklist(ctx: PanelContext): HTMLElement {
  const { doc, analysis, t } = ctx;
  if (!analysis.items.length) return h(doc, 'p', { class: 'empty' }, t('noItems'));

  const list = h(doc, 'ol', { class: analysis.items.length > 40 ? 'checklist long' : 'checklist', 'aria-label': t('itemsLabel') });
  const rows: Row[] = analysis.items.map((item, index) => {
    const id = `ql-${index}-${ident(item.label)}`;
    const reason = shortReason(item, t);
    const button = h(
      doc,
      'button',
      { type: 'button', class: 'row', id: `${id}-row`, 'aria-expanded': 'false', 'aria-controls': `${id}-card`, 'data-label': item.label },
      h(doc, 'span', { class: 'row-label' }, item.label),
      h(doc, 'span', { class: `badge status-${item.status}` }, t(STATUS_MESSAGE[item.status])),
      reason ? h(doc, 'span', { class: 'row-reason' }, reason) : null,
      h(doc, 'span', { class: 'row-text' }, firstLines(item.question, 140).head),
    );
    const li = h(doc, 'li', { class: `item status-${item.status}`, 'data-label': item.label, 'data-status': item.status }, button);
    return { item, li, button, card: null, building: null };
  });
  list.append(...rows.map((r) => r.li));

  const cardActions = {
    show: ctx.page.show,
    copy: (item: Item, button: HTMLButtonElement) => ctx.confirmCopy(button, ctx.page.copy(ctx.form, item)),
    questionLink: ctx.page.questionLink,
  };

  let styled = false;
  const build = (row: Row): Promise<void> =>
    (row.building ??= loadCard()
      .then(({ renderCard, CARD_CSS }) => {
        // The cards' styles come with them, once, into the panel's shadow root.
        const root = list.getRootNode?.() as ShadowRoot | Document | undefined;
        if (!styled && root && root.nodeType === 11) adoptStyles(root as ShadowRoot, CARD_CSS);
        styled = true;
        const card = renderCard(doc, row.item, t, cardActions);
        card.id = row.button.getAttribute('aria-controls')!;
        card.hidden = row.button.getAttribute('aria-expanded') !== 'true';
        row.card = card;
        row.li.append(card);
      })
      .catch(() => {
        row.building = null;
      }));

  const setOpen = (row: Row, open: boolean): Promise<void> => {
    row.button.setAttribute('aria-expanded', String(open));
    row.li.classList.toggle('open', open);
    if (row.card) row.card.hidden = !open;
    return open ? build(row) : Promise.resolve();
  };

  const expandAll = h(doc, 'button', { type: 'button', class: 'expand-all', 'aria-pressed': 'false' }, t('expandAll'));
  const syncExpandAll = () => {
    const all = rows.every((r) => r.li.hidden || r.button.getAttribute('aria-expanded') === 'true');
    expandAll.textContent = all ? t('collapseAll') : t('expandAll');
    expandAll.setAttribute('aria-pressed', String(all));
  };
  expandAll.addEventListener('click', () => {
    const open = expandAll.getAttribute('aria-pressed') !== 'true';
    void Promise.all(rows.filter((r) => !r.li.hidden).map((r) => setOpen(r, open)));
    syncExpandAll();
  });

  rows.forEach((row) => {
    row.button.addEventListener('click', () => {
      const open = row.button.getAttribute('aria-expanded') !== 'true';
      void setOpen(row, open);
      // Opened by the reader: the page shows the pair too.
      if (open) ctx.page.show(row.item, 'both');
      syncExpandAll();
    });
    const light = (on: boolean) => ctx.page.light(on ? row.item : null);
    row.li.addEventListener('pointerenter', () => light(true));
    row.li.addEventListener('pointerleave', () => light(false));
    row.button.addEventListener('focus', () => light(true));
    row.button.addEventListener('blur', () => light(false));
  });

  // ---- filter ----
  const empty = h(doc, 'p', { class: 'empty', hidden: true }, t('nothingNeedsAttention'));
  const box = h(doc, 'input', { type: 'checkbox', class: 'filter-attention' });
  const filter = (attentionOnly: boolean) => {
    let shown = 0;
    for (const row of rows) {
      row.li.hidden = attentionOnly && !needsAttention(row.item.status);
      if (!row.li.hidden) shown++;
    }
    empty.hidden = shown > 0;
    syncExpandAll();
  };
  box.addEventListener('change', () => filter(box.checked));

  // ---- keyboard: between rows ----
  list.addEventListener('keydown', (e) => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
    const target = e.composedPath()[0] as Element | undefined;
    if (!target?.classList.contains('row')) return;
    const shown = rows.filter((r) => !r.li.hidden);
    const i = shown.findIndex((r) => r.button === target);
    const next = e.key === 'Home' ? shown[0] : e.key === 'End' ? shown[shown.length - 1] : shown[i + (e.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    e.preventDefault();
    next.button.focus();
  });

  // ---- from the page: a mark clicked, a pair lit ----
  const byLabel = (label: string | null) => rows.find((r) => r.item.label === label);
  ctx.events.on('reveal', (label) => {
    const row = byLabel(label);
    if (!row) return;
    if (row.li.hidden) {
      box.checked = false;
      filter(false);
    }
    void setOpen(row, true);
    syncExpandAll();
    row.button.focus({ preventScroll: true });
    row.li.scrollIntoView?.({ block: 'nearest' });
  });
  ctx.events.on('light', (label) => {
    for (const row of rows) row.li.classList.toggle('lit', row.item.label === label);
  });

  return h(
    doc,
    'section',
    { class: 'items' },
    h(doc, 'div', { class: 'items-bar' }, h(doc, 'label', { class: 'filter' }, box, ` ${t('filterAttention')}`), expandAll),
    list,
    empty,
  );
}
