// "Also put to": the same question to other ministers, each with its minister, its status counts and
// its timeliness, and a comparison where each sub-question shows every minister's status and answer
// side by side; a copy of the whole set's citation; and the questions the page leads to (cited in an
// answer, resubmitted as), each a link whose status is fetched when the reader points at it.
// Everything fetched shows in one "loading N related pages" line with a stop button.

import type { Analysis } from '../../core/model';
import { h } from '../../ui/dom';
import type { PanelContext } from '../context';
import type { RelatedAccess, RelatedLoad, RelatedPageRef } from '../related-access';
import { verdictText } from '../format';
import { countByStatus, STATUS_MESSAGE, STATUS_ORDER } from '../status';

const EXCERPT = 160;

function excerpt(text: string | null): string {
  if (!text) return '';
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}

function statusChip(ctx: PanelContext, status: Analysis['items'][number]['status']): HTMLElement {
  return h(ctx.doc, 'span', { class: `badge status-${status}` }, ctx.t(STATUS_MESSAGE[status]));
}

function counts(ctx: PanelContext, analysis: Analysis): HTMLElement {
  const byStatus = countByStatus(analysis.items);
  const list = h(ctx.doc, 'span', { class: 'related-counts' });
  for (const status of STATUS_ORDER) {
    const n = byStatus.get(status) ?? 0;
    if (n > 0) list.append(statusChip(ctx, status), ` ${n} `);
  }
  return list;
}

function failureText(ctx: PanelContext, reply: Extract<RelatedLoad, { ok: false }>): string {
  if (reply.error === 'not-found') return ctx.t('relatedNotFound');
  if (reply.error === 'not-a-question') return ctx.t('relatedNotAQuestion');
  if (reply.error === 'cancelled') return ctx.t('relatedStopped');
  return ctx.t('relatedFailed');
}

/** One related page's line: its link, and once loaded what it says; a failure with a retry. */
function relatedLine(ctx: PanelContext, access: RelatedAccess, page: RelatedPageRef, describe: (a: Analysis) => (string | Node)[], onLoaded?: (a: Analysis) => void): { li: HTMLElement; load: () => void } {
  const doc = ctx.doc;
  const link = h(doc, 'a', { href: page.url, target: '_blank', rel: 'noopener' }, page.questionId);
  const body = h(doc, 'span', { class: 'related-body' });
  const li = h(doc, 'li', { class: 'related-page', 'data-question': page.questionId }, link, ' ', body);
  let loading = false;
  const load = () => {
    if (loading) return;
    loading = true;
    body.replaceChildren(h(doc, 'span', { class: 'related-loading' }, ctx.t('relatedLoadingOne')));
    void access.load(page.url).then((reply) => {
      loading = false;
      if (reply.ok) {
        body.replaceChildren(...describe(reply.analysis));
        li.dataset.loaded = 'true';
        onLoaded?.(reply.analysis);
        return;
      }
      const retry = h(doc, 'button', { type: 'button', class: 'link-button related-retry' }, ctx.t('relatedRetry'));
      retry.addEventListener('click', load);
      body.replaceChildren(h(doc, 'span', { class: 'related-failed' }, failureText(ctx, reply)), ' ', retry);
      li.dataset.loaded = 'failed';
      li.dataset.error = reply.error;
    });
  };
  return { li, load };
}

function pendingLine(ctx: PanelContext, access: RelatedAccess): HTMLElement {
  const text = h(ctx.doc, 'span', {});
  const stop = h(ctx.doc, 'button', { type: 'button', class: 'link-button' }, ctx.t('relatedStop'));
  stop.addEventListener('click', () => access.cancel());
  const line = h(ctx.doc, 'p', { class: 'related-pending', role: 'status', hidden: true }, text, ' ', stop);
  access.onPending((n) => {
    line.hidden = n === 0;
    text.textContent = n === 1 ? ctx.t('relatedLoadingCountOne') : ctx.t('relatedLoadingCount', n);
  });
  return line;
}

/** Each sub-question label, this page's minister and each sibling's: status and answer side by side. */
function comparison(ctx: PanelContext, own: Analysis, siblings: readonly Analysis[]): HTMLElement {
  const doc = ctx.doc;
  const ministers = [own, ...siblings];
  const head = h(doc, 'tr', {}, h(doc, 'th', { scope: 'col' }, ctx.t('relatedCompareItem')), ...ministers.map((a) => h(doc, 'th', { scope: 'col' }, a.question.addressee ?? a.question.id ?? '')));
  const labels = own.items.map((i) => i.label);
  for (const a of siblings) for (const i of a.items) if (!labels.includes(i.label)) labels.push(i.label);
  const rows = labels.map((label) =>
    h(
      doc,
      'tr',
      {},
      h(doc, 'th', { scope: 'row' }, label),
      ...ministers.map((a) => {
        const item = a.items.find((i) => i.label === label);
        if (!item) return h(doc, 'td', { class: 'compare-none' }, ctx.t('relatedCompareNoItem'));
        return h(doc, 'td', {}, statusChip(ctx, item.status), h(doc, 'span', { class: 'compare-answer' }, excerpt(item.answer)));
      }),
    ),
  );
  const note = siblings.some((a) => a.items.length !== own.items.length) ? h(doc, 'p', { class: 'compare-note' }, ctx.t('relatedCompareNumbering')) : null;
  return h(doc, 'div', { class: 'compare', role: 'region', 'aria-label': ctx.t('relatedCompare'), tabindex: '0' }, note, h(doc, 'table', {}, h(doc, 'thead', {}, head), h(doc, 'tbody', {}, ...rows)));
}

function siblingsBlock(ctx: PanelContext, access: RelatedAccess, siblings: readonly RelatedPageRef[]): HTMLElement {
  const doc = ctx.doc;
  const loaded = new Map<string, Analysis>();
  const list = h(doc, 'ul', { class: 'related-list' });
  const compareButton = h(doc, 'button', { type: 'button', class: 'related-compare', 'aria-expanded': 'false', disabled: true }, ctx.t('relatedCompare'));
  const copyButton = h(doc, 'button', { type: 'button', class: 'related-copy', disabled: true }, ctx.t('relatedCopySet'));
  const compareHost = h(doc, 'div', { hidden: true });
  const ready = () => {
    compareButton.disabled = loaded.size === 0;
    copyButton.disabled = loaded.size === 0;
  };
  for (const page of siblings) {
    const { li, load } = relatedLine(
      ctx,
      access,
      page,
      (a) => [h(doc, 'span', { class: 'related-minister' }, a.question.addressee ?? ''), ' ', counts(ctx, a), h(doc, 'span', { class: 'related-timeliness' }, verdictText(ctx.t, a.timeliness).text)],
      (a) => {
        loaded.set(page.questionId, a);
        ready();
      },
    );
    list.append(li);
    load();
  }
  compareButton.addEventListener('click', () => {
    const open = compareHost.hidden;
    compareHost.hidden = !open;
    compareButton.setAttribute('aria-expanded', String(open));
    if (open) compareHost.replaceChildren(comparison(ctx, ctx.analysis, siblings.map((p) => loaded.get(p.questionId)).filter((a): a is Analysis => a !== undefined)));
  });
  copyButton.addEventListener('click', () => {
    ctx.confirmCopy(copyButton, access.copySet(siblings.map((p) => loaded.get(p.questionId)).filter((a): a is Analysis => a !== undefined)));
  });
  return h(doc, 'div', { class: 'related-siblings' }, h(doc, 'h3', {}, ctx.t('relatedSiblings')), list, h(doc, 'p', { class: 'related-actions' }, compareButton, ' ', copyButton), compareHost);
}

/** Cited and resubmitted questions: a link each, its status fetched when pointed at or focused. */
function onDemandBlock(ctx: PanelContext, access: RelatedAccess, pages: readonly RelatedPageRef[], title: string): HTMLElement {
  const doc = ctx.doc;
  const list = h(doc, 'ul', { class: 'related-list' });
  for (const page of pages) {
    const { li, load } = relatedLine(ctx, access, page, (a) => [counts(ctx, a), h(doc, 'span', { class: 'related-title' }, excerpt(a.question.title))]);
    if (page.citedBy.length) li.append(h(doc, 'span', { class: 'related-cited-by' }, ctx.t('relatedCitedBy', page.citedBy.join(', '))));
    const link = li.querySelector('a')!;
    link.addEventListener('pointerenter', load, { once: true });
    link.addEventListener('focus', load, { once: true });
    list.append(li);
  }
  return h(doc, 'div', { class: 'related-on-demand' }, h(doc, 'h3', {}, title), list);
}

/** The section itself; sections/related.ts loads this module when the panel has one to show. */
export function renderRelated(ctx: PanelContext): HTMLElement | null {
  {
    const access = ctx.related;
    if (!access) return null;
    const siblings = access.pages.filter((p) => p.kind === 'sibling');
    const cited = access.pages.filter((p) => p.kind === 'cited');
    const resubmitted = access.pages.filter((p) => p.kind === 'resubmitted');
    if (!siblings.length && !cited.length && !resubmitted.length) return null;
    // Folded under one line, so the checklist keeps the panel to itself; what it shows loads anyway.
    const count = siblings.length + cited.length + resubmitted.length;
    return h(
      ctx.doc,
      'details',
      { class: 'related' },
      h(ctx.doc, 'summary', {}, `${ctx.t('relatedSection')} (${count})`),
      pendingLine(ctx, access),
      siblings.length ? siblingsBlock(ctx, access, siblings) : null,
      resubmitted.length ? onDemandBlock(ctx, access, resubmitted, ctx.t('relatedResubmitted')) : null,
      cited.length ? onDemandBlock(ctx, access, cited, ctx.t('relatedCited')) : null,
    );
  }
}
