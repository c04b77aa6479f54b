// The card of one sub-question, shown when its row in the checklist is opened (the row already
// says its label, status and short reason): the sub-question and its answer part (first lines,
// expandable), why the status was given and the words it relied on, the labels it is grouped with
// or refers to, and the controls to jump into the page or copy its citation. Loaded with import()
// on the first row opened, so a page's first paint does not carry it.

import type { Interrogative, Item } from '../core/model';
import { h } from '../ui/dom';
import { evidenceSpan, firstLines, quoteOnce, reasonEvidence } from './format';
import type { MessageKey, Translate } from './i18n';
import { interrogativeTitle, reasonText, reasonTitle } from './reasons';
import css from './card.css?inline';

/** The card's styles, for the panel to adopt when the first card is built. */
export const CARD_CSS = css;

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

export function renderCard(doc: Document, item: Item, t: Translate, actions: CardActions): HTMLDivElement {
  const card = h(doc, 'div', { class: `card status-${item.status}`, 'data-label': item.label, 'data-status': item.status });
  card.append(expandable(doc, 'question-text', item.question, t));

  const answer = h(doc, 'div', { class: 'answer' }, h(doc, 'span', { class: 'answer-head' }, t('answerLabel')));
  if (item.answer) answer.append(expandable(doc, 'answer-text', item.answer, t));
  else answer.append(h(doc, 'p', { class: 'answer-none' }, item.status === 'awaiting' ? t('noAnswerYet') : item.status === 'unanswered' ? t('noAnswerEver') : t('noAnswerPart')));
  card.append(answer);

  const why = h(doc, 'div', { class: 'why' });
  // One quotation per piece of evidence, a sentence quoted once on the card.
  const quoted = quoteOnce();
  for (const reason of item.reasons) {
    why.append(
      h(
        doc,
        'p',
        { class: 'reason', 'data-code': reason.code, title: reasonTitle(reason, item, t) },
        reasonText(reason, item, t),
        // The interrogatives left open are listed below, each with its verdict: not twice.
        !LISTED_BELOW.has(reason.code) ? evidenceSpan(doc, t, quoted(reasonEvidence(reason, item))) : null,
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
          { class: `interrogative verdict-${q.verdict}`, title: interrogativeTitle(q, t) },
          h(doc, 'span', { class: 'verdict-mark', 'aria-hidden': 'true' }, VERDICT_MARK[q.verdict]),
          h(doc, 'span', { class: 'verdict-name' }, `${t('labelColon', t(VERDICT_MESSAGE[q.verdict]))} `),
          q.text,
          q.verdict !== 'unaddressed' ? evidenceSpan(doc, t, quoted(q.evidence.slice(0, 4)), ' — ') : null,
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
