// A status beside every written-question link of a site's pages (lists per senator or minister,
// search results, another question's page): opt-in. Links are recognised by their address through
// the site's URL parser, never by the page's markup; a link's question is asked for only when the
// link scrolls into view, through the background (two at a time, from its cache). The chip is a
// small element after the link with its own shadow root, so the page's styles neither reach it nor
// are changed by it; stop() removes every chip.

import type { Analysis } from '../core/model';
import type { SiteDescriptor } from '../sites/site';
import type { Translate } from '../panel/i18n';
import type { RelatedClient } from './related-client';

const CHIP_ATTR = 'data-question-lens-chip';

export interface LinkChips {
  /** Links that got a chip. */
  readonly count: number;
  stop(): void;
}

export type ChipVerdict = 'answered' | 'not-answered' | 'awaiting' | 'unanswered' | 'failed';

/** One word for a whole question: all answered, some not, or no answer (yet). */
export function chipVerdict(analysis: Analysis): { verdict: ChipVerdict; open: number; total: number } {
  const total = analysis.items.length;
  const open = analysis.items.filter((i) => i.status !== 'answered').length;
  if (analysis.items.some((i) => i.status === 'unanswered')) return { verdict: 'unanswered', open, total };
  if (!analysis.question.answeredOn) return { verdict: 'awaiting', open, total };
  return { verdict: open === 0 ? 'answered' : 'not-answered', open, total };
}

const CHIP_CSS = `
:host { display: inline-block; margin-inline-start: 0.3em; vertical-align: baseline; }
span { font: 600 11px/1.4 system-ui, sans-serif; padding: 0 0.45em; border-radius: 0.7em; border: 1px solid; white-space: nowrap; }
.loading { color: #555; border-color: #bbb; background: #f4f4f4; }
.answered { color: #14532d; border-color: #15803d; background: #dcfce7; }
.not-answered { color: #7c2d12; border-color: #c2410c; background: #ffedd5; }
.awaiting { color: #1e3a8a; border-color: #1d4ed8; background: #dbeafe; }
.unanswered, .failed { color: #3f3f46; border-color: #71717a; background: #f4f4f5; }
`;

function chipText(t: Translate, state: { verdict: ChipVerdict; open: number; total: number } | 'loading'): string {
  if (state === 'loading') return t('linkChipLoading');
  switch (state.verdict) {
    case 'answered':
      return `✓ ${t('linkChipAnswered')}`;
    case 'not-answered':
      return `! ${t('linkChipNotAnswered', state.open, state.total)}`;
    case 'awaiting':
      return `◷ ${t('statusAwaiting')}`;
    case 'unanswered':
      return `∅ ${t('statusUnanswered')}`;
    default:
      return t('linkChipFailed');
  }
}

export function startLinkChips(doc: Document, site: SiteDescriptor, client: RelatedClient, t: Translate, here: string): LinkChips {
  const win = doc.defaultView;
  const chips: HTMLElement[] = [];
  const byLink = new Map<Element, { url: string; chip: HTMLElement; asked: boolean }>();
  const hereId = site.parseQuestionUrl(here)?.questionId ?? null;

  for (const link of Array.from(doc.links)) {
    const href = (link as HTMLAnchorElement).href;
    const address = href ? site.parseQuestionUrl(href) : null;
    if (!address || address.questionId === hereId || link.nextElementSibling?.hasAttribute(CHIP_ATTR)) continue;
    const url = site.questionUrl(address.questionId, address.language ?? site.languageOfAddress(href) ?? site.languageOfAddress(here) ?? 'fr');
    if (!url) continue;
    const chip = doc.createElement('span');
    chip.setAttribute(CHIP_ATTR, '');
    const root = chip.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CHIP_CSS;
    const label = doc.createElement('span');
    label.className = 'loading';
    label.textContent = chipText(t, 'loading');
    label.setAttribute('role', 'status');
    root.append(style, label);
    link.after(chip);
    chips.push(chip);
    byLink.set(link, { url, chip: label, asked: false });
  }

  const ask = (link: Element) => {
    const entry = byLink.get(link);
    if (!entry || entry.asked) return;
    entry.asked = true;
    void client.load(entry.url).then((reply) => {
      const state = reply.ok ? chipVerdict(reply.analysis) : { verdict: 'failed' as const, open: 0, total: 0 };
      entry.chip.className = state.verdict;
      entry.chip.textContent = chipText(t, state);
      entry.chip.title = reply.ok ? t('linkChipTitle', reply.analysis.question.id ?? '', reply.analysis.question.title ?? '') : t('linkChipFailed');
    });
  };

  let observer: IntersectionObserver | null = null;
  if (win && 'IntersectionObserver' in win) {
    observer = new win.IntersectionObserver((entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        observer?.unobserve(e.target);
        ask(e.target);
      }
    });
    for (const link of byLink.keys()) observer.observe(link);
  }

  return {
    count: chips.length,
    stop() {
      observer?.disconnect();
      for (const c of chips) c.remove();
    },
  };
}
