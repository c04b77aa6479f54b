// The panel's head, kept short so the checklist starts high: one line of metadata (the question's
// number, its author), the timeliness verdict, the status bar; the subject, the addressee, the dates
// and the timeline strip fold away in a <details>.

import type { Analysis, Language } from '../core/model';
import { h } from '../ui/dom';
import { formatDate, verdictText, verdictTitle } from './format';
import type { Translate, MessageKey } from './i18n';
import { countByStatus } from './status';
import { renderCounts } from './summary';
import { timelineShape, type TimelinePointKind } from './timeline';

const POINT_MESSAGE: Record<TimelinePointKind, MessageKey> = {
  asked: 'timelineAsked',
  deadline: 'timelineDeadline',
  answered: 'timelineAnswered',
  closed: 'timelineClosed',
  lapsed: 'timelineLapsed',
  today: 'timelineToday',
};

export interface HeadOptions {
  /** The address of another written question by its id, to link the one this was resubmitted as. */
  questionLink?(questionId: string): string | null;
}

export function renderHead(doc: Document, analysis: Analysis, t: Translate, language: Language, today: string, options: HeadOptions = {}): HTMLElement {
  const q = analysis.question;
  const date = (iso: string | null) => formatDate(iso, language);
  const author = q.author ? (q.party ? `${q.author} (${q.party})` : q.author) : null;

  const fields = h(doc, 'dl', { class: 'fields' });
  const field = (label: string, value: string | null) => {
    if (!value) return;
    fields.append(h(doc, 'dt', {}, label), h(doc, 'dd', {}, value));
  };
  field(t('fieldAuthor'), author);
  field(t('fieldAddressee'), q.addressee);
  field(t('fieldAskedOn'), date(q.askedOn));
  field(t('fieldDeadline'), date(q.deadline));
  field(t('fieldAnsweredOn'), date(q.answeredOn));
  if (!q.answeredOn && q.closedOn) field(t('fieldClosedOn'), date(q.closedOn));
  if (!q.answeredOn && q.lapsedOn && (!q.closedOn || q.lapsedOn < q.closedOn)) field(t('fieldLapsedOn'), date(q.lapsedOn));
  if (q.resubmittedAs) {
    const href = options.questionLink?.(q.resubmittedAs) ?? null;
    const value = href
      ? h(doc, 'a', { href, target: '_blank', rel: 'noopener noreferrer' }, q.resubmittedAs)
      : doc.createTextNode(q.resubmittedAs);
    fields.append(h(doc, 'dt', {}, t('fieldResubmittedAs')), h(doc, 'dd', { class: 'resubmitted' }, value));
  }

  const verdict = verdictText(t, analysis.timeliness);
  const { bar, legend } = renderCounts(doc, countByStatus(analysis.items), t);
  return h(
    doc,
    'header',
    { class: 'head' },
    h(
      doc,
      'div',
      { class: 'meta-line' },
      h(doc, 'h2', { class: 'title', id: 'ql-title' }, q.id ? t('questionHeading', q.id) : t('questionHeadingNoId')),
      author ? h(doc, 'span', { class: 'meta-author', title: author }, author) : null,
    ),
    h(doc, 'p', { class: `verdict tone-${verdict.tone}`, title: verdictTitle(t, analysis.timeliness, q, language) }, verdict.text),
    analysis.items.length ? h(doc, 'div', { class: 'summary' }, bar, legend) : null,
    h(
      doc,
      'details',
      { class: 'more' },
      h(doc, 'summary', {}, t('headDetails')),
      q.title ? h(doc, 'p', { class: 'subject' }, q.title) : null,
      fields,
      renderTimeline(doc, analysis, t, language, today),
    ),
  );
}

function renderTimeline(doc: Document, analysis: Analysis, t: Translate, language: Language, today: string): HTMLElement | null {
  const q = analysis.question;
  const shape = timelineShape(q, today);
  if (!shape) return null;
  const strip = h(doc, 'div', { class: 'timeline', role: 'img', 'aria-label': t('timelineLabel') });
  const line = h(doc, 'div', { class: 'timeline-line' });
  if (shape.lateFrom !== null) {
    line.append(h(doc, 'div', { class: 'timeline-late', style: `left:${(shape.lateFrom * 100).toFixed(2)}%` }));
  }
  strip.append(line);
  const descriptions: string[] = [];
  shape.points.forEach((p) => {
    const label = t(POINT_MESSAGE[p.kind]);
    const when = formatDate(p.date, language) ?? p.date;
    descriptions.push(`${label} ${when}`);
    // Labels at the ends are anchored inwards so they stay inside the strip.
    const anchor = p.position < 0.15 ? 'start' : p.position > 0.85 ? 'end' : 'middle';
    // A point close to its neighbour has its label above the line (timeline.ts), not hidden.
    const crowded = p.lane === 'above' ? ' lane-above' : '';
    strip.append(
      h(
        doc,
        'div',
        { class: `timeline-point point-${p.kind} anchor-${anchor}${crowded}`, style: `left:${(p.position * 100).toFixed(2)}%` },
        h(doc, 'span', { class: 'dot' }),
        h(doc, 'span', { class: 'point-label' }, label),
        h(doc, 'span', { class: 'point-date' }, shortDate(p.date)),
      ),
    );
  });
  strip.setAttribute('aria-label', `${t('labelColon', t('timelineLabel'))} ${descriptions.join(' → ')}`);
  return strip;
}

/** "2/6/22": the strip is narrow; the full dates stand in the fields above. */
function shortDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])}/${Number(m[2])}/${m[1]!.slice(2)}` : iso;
}
