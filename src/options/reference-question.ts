// The question the options page previews templates on: 7-1649, the project's reference, bundled as
// data (reference-question.json, written by scripts/make-reference-question.ts from its fixture) so
// the preview needs no page. Only what a citation reads is kept: the page, the metadata and one
// sub-question.

import type { Analysis, Item } from '../core/model';
import data from './reference-question.json';

export const REFERENCE_ITEM_LABEL = '4';

export interface ReferenceQuestion {
  page: Analysis['page'];
  question: Analysis['question'];
  item: Pick<Item, 'label' | 'question' | 'answer' | 'status'>;
}

export function referenceQuestionFromAnalysis(analysis: Analysis, label: string): ReferenceQuestion {
  const item = analysis.items.find((it) => it.label === label);
  if (!item) throw new Error(`no sub-question ${label}`);
  return { page: analysis.page, question: analysis.question, item: { label: item.label, question: item.question, answer: item.answer, status: item.status } };
}

/** A whole Analysis around the bundled data, as the citation code expects one. */
export function referenceAnalysis(ref: ReferenceQuestion = data as ReferenceQuestion): { analysis: Analysis; item: Item } {
  const item: Item = {
    ...ref.item,
    questionSpan: { start: 0, end: 0 },
    answerSpan: null,
    groupedWith: [],
    refersTo: null,
    reasons: [],
    interrogatives: [],
    unaddressed: [],
    confidence: 1,
  };
  const analysis: Analysis = {
    schemaVersion: 3,
    page: ref.page,
    question: ref.question,
    regions: { question: null, answer: null },
    numbering: { question: 'numbered', answer: 'numbered' },
    items: [item],
    extraAnswerParts: [],
    timeliness: { verdict: 'unknown', days: null, answeredAfterDays: null, unansweredAfterDays: null, reason: '' },
    warnings: [],
  };
  return { analysis, item };
}
