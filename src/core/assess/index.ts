// Judges each paired sub-question: answered, partial, deflected, referred, missing, awaiting, with
// reasons a reviewer can check, and the question's timeliness.
// CONTRACT (used by core/analyse): keep these signatures; the bodies are being built.

import type { Item, Language, QuestionMeta, Span, Timeliness } from '../model';

/** A sub-question after pairing, before judging. */
export interface PairedItem {
  label: string;
  questionSpan: Span;
  /** The answer part that addresses it (for a grouped answer, the group's part); null if none. */
  answerSpan: Span | null;
  groupedWith: string[];
  /** Set by pairing when the answer part points to another label's answer ("voir point 1"). */
  refersTo: string | null;
  /** The words of the cross-reference, when refersTo is set. */
  reference: { text: string; span: Span } | null;
  /** How the pair was made, for the reasons: 'label' | 'group' | 'range' | 'whole-answer' | 'alignment'. */
  pairedBy: string;
}

export interface AssessContext {
  /** The whole flat text; spans index it. */
  text: string;
  language: Language | null;
  /** False when the question has no answer yet: every item is then 'awaiting'. */
  answerExists: boolean;
  /** Answer span of the label a referred item points to, to look for evidence there too. */
  answerSpanOf(label: string): Span | null;
}

export type Judgement = Pick<Item, 'status' | 'reasons' | 'interrogatives' | 'unaddressed' | 'confidence'>;

export function assessItem(item: PairedItem, ctx: AssessContext): Judgement {
  if (!ctx.answerExists) {
    return { status: 'awaiting', reasons: [{ code: 'no-answer-yet', text: 'No answer has been published yet.' }], interrogatives: [], unaddressed: [], confidence: 1 };
  }
  if (!item.answerSpan) {
    return { status: 'missing', reasons: [{ code: 'no-answer-part', text: `No part of the answer addresses ${item.label}.` }], interrogatives: [], unaddressed: [], confidence: 0.8 };
  }
  if (item.refersTo) {
    return { status: 'referred', reasons: [{ code: 'refers-to', text: `The answer refers to the answer to ${item.refersTo}.`, evidence: item.reference?.text, span: item.reference?.span }], interrogatives: [], unaddressed: [], confidence: 0.9 };
  }
  return { status: 'answered', reasons: [{ code: 'answer-part', text: `Answer part ${item.label} addresses it.` }], interrogatives: [], unaddressed: [], confidence: 0.7 };
}

export function assessTimeliness(meta: QuestionMeta, today: string): Timeliness {
  void meta;
  void today;
  return { verdict: 'unknown', days: null, answeredAfterDays: null, reason: 'Not judged yet.' };
}
