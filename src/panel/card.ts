// One card per sub-question: label and status, the sub-question and its answer part (first lines,
// expandable), why the status was given and the words it relied on, the labels it is grouped with
// or refers to, and the controls to jump into the page or copy its citation.

import type { Interrogative, Item } from '../core/model';
import { h } from './dom';
import { firstLines } from './format';
import type { MessageKey, Translate } from './i18n';
import { STATUS_MESSAGE } from './status';
import { reasonText } from './reasons';

const VERDICT_MARK: Record<Interrogative['verdict'], string> = { addressed: '✓', unaddressed: '✗', 'not-applicable': '–' };
const VERDICT_MESSAGE: Record<Interrogative['verdict'], MessageKey> = {
  addressed: 'verdictAddressed',
  unaddressed: 'verdictUnaddressed',
  'not-applicable': 'verdictNotApplicable',
};

const LISTED_BELOW = new Set(['unaddressed-interrogatives', 'referred-partial']);

export interface CardActions {
  show(item: Item, target: 'question' | 'answer' | 'both'): void;
  copy(item: Item, button: HTMLButtonElement): void;
  /** The address of a written question the answer points to, when the site can build one. */
  questionLink?(questionId: string): string | null;
}

export function renderCard(doc: Document, item: Item, t: Translate, actions: CardActions): HTMLLIElement {
  const id = `ql-card-${cssIdent(item.label)}`;
  const card = h(doc, 'li', {
    class: `card status-${item.status}`,
    tabindex: 0,
    'data-label': item.label,
    'data-status': item.status,
    'aria-labelledby': `${id}-label ${id}-status`,
  });

  card.append(
    h(
      doc,
      'div',
      { class: 'card-head' },
      h(doc, 'span', { class: 'card-label', id: `${id}-label` }, t('itemLabel', item.label)),
      h(doc, 'span', { class: `badge status-${item.status}`, id: `${id}-status` }, t(STATUS_MESSAGE[item.status])),
    ),
    expandable(doc, 'question-text', item.question, t),
  );

  const answer = h(doc, 'div', { class: 'answer' }, h(doc, 'span', { class: 'answer-head' }, t('answerLabel')));
  if (item.answer) answer.append(expandable(doc, 'answer-text', item.answer, t));
  else answer.append(h(doc, 'p', { class: 'answer-none' }, item.status === 'awaiting' ? t('noAnswerYet') : item.status === 'unanswered' ? t('noAnswerEver') : t('noAnswerPart')));
  card.append(answer);

  const why = h(doc, 'div', { class: 'why' });
  for (const reason of item.reasons) {
    why.append(
      h(
        doc,
        'p',
        { class: 'reason', 'data-code': reason.code, title: reason.text },
        reasonText(reason, item, t),
        // The interrogatives left open are listed below, each with its verdict: not twice.
        reason.evidence && !LISTED_BELOW.has(reason.code) ? h(doc, 'span', { class: 'evidence' }, ` ${t('evidence')}: `, h(doc, 'q', {}, reason.evidence)) : null,
      ),
    );
  }
  // Every interrogative weighed, with its verdict and the words that decided it: what a reviewer
  // checks to agree or disagree with the status.
  if (item.interrogatives.length && item.status !== 'awaiting' && item.status !== 'unanswered') {
    const list = h(doc, 'ul', { class: 'interrogatives', 'aria-label': t('interrogativesLabel') });
    for (const q of item.interrogatives) {
      list.append(
        h(
          doc,
          'li',
          { class: `interrogative verdict-${q.verdict}`, title: q.reason },
          h(doc, 'span', { class: 'verdict-mark', 'aria-hidden': 'true' }, VERDICT_MARK[q.verdict]),
          h(doc, 'span', { class: 'verdict-name' }, `${t(VERDICT_MESSAGE[q.verdict])}: `),
          q.text,
          q.evidence.length && q.verdict !== 'unaddressed'
            ? h(doc, 'span', { class: 'evidence' }, ` — ${t('evidence')}: `, h(doc, 'q', {}, q.evidence.slice(0, 4).join(', ')))
            : null,
        ),
      );
    }
    why.append(list);
  }
  if (item.status !== 'awaiting' && item.status !== 'unanswered') why.append(h(doc, 'p', { class: 'confidence' }, t('confidence', Math.round(item.confidence * 100))));
  if (item.groupedWith.length) why.append(h(doc, 'p', { class: 'link grouped' }, t('groupedWith', item.groupedWith.join(', '))));
  if (item.refersTo) why.append(referenceLine(doc, item, t, actions));
  if (why.childNodes.length) card.append(why);

  const toQuestion = h(doc, 'button', { type: 'button', class: 'go go-question' }, t('goToQuestion'));
  toQuestion.addEventListener('click', () => actions.show(item, 'question'));
  const toAnswer = h(doc, 'button', { type: 'button', class: 'go go-answer', disabled: item.answerSpan === null }, t('goToAnswer'));
  toAnswer.addEventListener('click', () => actions.show(item, 'answer'));
  const copy = h(doc, 'button', { type: 'button', class: 'copy copy-item', 'aria-label': t('copyItem', item.label) }, t('copyItemShort'));
  copy.addEventListener('click', () => actions.copy(item, copy));
  card.append(h(doc, 'div', { class: 'actions' }, toQuestion, toAnswer, copy));

  card.addEventListener('click', (event) => {
    // Buttons and the expanders do their own thing; a click anywhere else shows the pair.
    if ((event.target as Element | null)?.closest('button, a, input, select')) return;
    actions.show(item, 'both');
  });
  card.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.target === card) {
      event.preventDefault();
      actions.show(item, 'both');
    }
  });
  return card;
}

function expandable(doc: Document, cls: string, text: string, t: Translate): HTMLElement {
  const { head, truncated } = firstLines(text);
  const body = h(doc, 'p', { class: `${cls} text` }, head);
  const box = h(doc, 'div', { class: `expandable ${cls}-box` }, body);
  if (!truncated) return box;
  const toggle = h(doc, 'button', { type: 'button', class: 'more', 'aria-expanded': 'false' }, t('showMore'));
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    body.textContent = open ? text : head;
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? t('showLess') : t('showMore');
  });
  box.append(toggle);
  return box;
}

function cssIdent(label: string): string {
  return label.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** "Refers to the answer to 1", "Refers to question 5-7879" (a link when the site can build its
 * address), or the pointer's own words for a report, a website or the registry. */
function referenceLine(doc: Document, item: Item, t: Translate, actions: CardActions): HTMLElement {
  const r = item.refersTo!;
  if (r.kind === 'item') return h(doc, 'p', { class: 'link refers' }, t('refersTo', r.label ?? '?'));
  if (r.kind === 'question' && r.questionId) {
    const href = actions.questionLink?.(r.questionId) ?? null;
    const id = href ? h(doc, 'a', { href, target: '_blank', rel: 'noopener noreferrer' }, r.questionId) : r.questionId;
    const [before, after] = t('refersToQuestion', '\u0000').split('\u0000');
    return h(doc, 'p', { class: 'link refers' }, before ?? '', id, after ?? '');
  }
  return h(doc, 'p', { class: 'link refers' }, t('refersToOther', r.text));
}
