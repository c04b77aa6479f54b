// Judges each paired sub-question: answered, partial, deflected, referred, missing, awaiting, with
// reasons a reviewer can check, and the question's timeliness.
// CONTRACT (used by core/analyse): keep these signatures.

import type { Item, Language, QuestionMeta, Reason, Span, Timeliness } from '../model';
import { findDeflections } from './deflection';
import { weighInterrogatives, type AssessedInterrogative } from './evidence';
import { findInterrogatives } from './interrogatives';
import { FAMILY_TEXT } from './lexicon/deflection';
import { judgeTimeliness } from './timeliness';
import { topicStems } from './topic';
import { textLanguage } from './words';
import { computeSignals, type SignalReading } from './signals';

export { alignParagraphs } from './align';

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
  /** The whole answer region, for the signals that look at the answer as a whole. */
  answerRegion?: Span | null;
  /** How many sub-questions are paired with this very span. */
  sharedBy?(span: Span): number;
  onSignals?: (label: string, reading: SignalReading) => void;
}

export type Judgement = Pick<Item, 'status' | 'reasons' | 'interrogatives' | 'unaddressed' | 'confidence'>;

export function assessItem(item: PairedItem, ctx: AssessContext): Judgement {
  const { text } = ctx;
  const language = textLanguage(ctx.language, text.slice(item.questionSpan.start, item.questionSpan.end));
  const found = findInterrogatives(text, item.questionSpan, language);

  if (!ctx.answerExists) {
    return {
      status: 'awaiting',
      reasons: [{ code: 'no-answer-yet', text: 'No answer has been published yet.' }],
      interrogatives: found.map((q) => ({ text: q.text, span: q.span, verdict: 'unaddressed', evidence: [], reason: 'No answer yet.' })),
      unaddressed: [],
      confidence: 1,
    };
  }
  const referredSpan = item.refersTo ? ctx.answerSpanOf(item.refersTo) : null;
  if (ctx.onSignals) {
    ctx.onSignals(item.label, computeSignals({
      text, language, questionSpan: item.questionSpan, answerSpan: item.answerSpan, answerRegion: ctx.answerRegion ?? null,
      pairedBy: item.pairedBy, sharedBy: item.answerSpan && ctx.sharedBy ? ctx.sharedBy(item.answerSpan) : 1,
      refersToItem: item.refersTo !== null, interrogatives: found,
      extraAnswerSpans: referredSpan && item.answerSpan && !overlaps(referredSpan, item.answerSpan) ? [referredSpan] : [],
    }));
  }
  if (!item.answerSpan) {
    return {
      status: 'missing',
      reasons: [{ code: 'no-answer-part', text: `No part of the answer is paired with ${item.label}.` }],
      interrogatives: found.map((q) => ({ text: q.text, span: q.span, verdict: 'unaddressed', evidence: [], reason: 'No answer part.' })),
      unaddressed: found.map((q) => q.text),
      confidence: 0.85,
    };
  }

  const referred = item.refersTo ? ctx.answerSpanOf(item.refersTo) : null;
  const answerSpans = referred && !overlaps(referred, item.answerSpan) ? [item.answerSpan, referred] : [item.answerSpan];
  const weighed = weighInterrogatives(found, { text, language, answerSpans, topicStems: topicStems(text, language) });
  const thin = !weighed.some((q) => q.verdict === 'addressed' && q.strength !== 'none');
  // With no interrogative clearly answered there is nothing to contrast the silent ones with: the
  // paired part is taken as the answer to all of them, and the verdict says so with low confidence.
  const interrogatives = weighed.map(({ strength: _s, checkable: _c, ...rest }) =>
    thin && rest.verdict === 'unaddressed' ? { ...rest, verdict: 'addressed' as const, reason: `${rest.reason.replace(/\.$/, '')}; no other interrogative here is clearly answered either, so the paired part is taken as its answer.` } : rest);
  const unaddressed = weighed.filter((q) => q.verdict === 'unaddressed').map((q) => q.text);
  const pairing = pairingReason(item);

  if (item.refersTo) {
    const reasons: Reason[] = [{ code: 'refers-to', text: `The answer points to the answer to ${item.refersTo} instead of answering here.`, evidence: item.reference?.text, span: item.reference?.span }];
    const partial = partialReading(weighed);
    if (partial) {
      reasons.push({ code: 'referred-partial', text: `Even with the answer to ${item.refersTo}, ${partial.text}`, evidence: unaddressed.join(' | ') });
    }
    return { status: 'referred', reasons: [...reasons, pairing], interrogatives, unaddressed: partial ? unaddressed : [], confidence: 0.85 };
  }

  const deflection = findDeflections(text, item.answerSpan, language);
  const shared = item.pairedBy !== 'label';
  if (deflection.matches.length > 0) {
    // Where does the substance stand? Weigh the question against the sentences that refuse nothing.
    const rest = weighInterrogatives(found, { text, language, answerSpans: deflection.rest, topicStems: topicStems(text, language) });
    const restAnswers = rest.some((q) => q.verdict === 'addressed' && q.strength === 'strong');
    const onlyInRefusal = !restAnswers && weighed.some((q) => q.verdict === 'addressed' && q.strength === 'strong');
    // A part shared by several sub-questions declines this one when the refusal is the whole part,
    // or when the only words of this question that recur stand in the refusal.
    if ((deflection.dominant && !(shared && restAnswers)) || (shared && onlyInRefusal)) {
      const first = deflection.matches[0]!;
      const reasons: Reason[] = deflection.matches.map((m) => ({ code: `deflection-${m.entry.family}`, text: FAMILY_TEXT[m.entry.family], evidence: m.evidence, span: m.span }));
      if (!deflection.dominant) reasons.push({ code: 'deflection-takes-up-question', text: 'The only sentences of the shared answer that take up this sub-question are the refusal.' });
      const declined = weighed.map((q) => ({ text: q.text, span: q.span, verdict: 'unaddressed' as const, evidence: [first.evidence], reason: 'The answer declines to answer.' }));
      return { status: 'deflected', reasons: [...reasons, pairing], interrogatives: declined, unaddressed: declined.map((q) => q.text), confidence: deflection.share >= 0.8 ? 0.9 : 0.75 };
    }
  }
  const asides: Reason[] = deflection.matches.map((m) => ({ code: 'deflection-aside', text: `The answer also sends elsewhere, but says more than that: ${FAMILY_TEXT[m.entry.family].toLowerCase()}`, evidence: m.evidence, span: m.span }));

  // A part shared with other sub-questions (a group, or a whole unnumbered answer) may simply not
  // speak of this one: nothing of it recurs although it had words enough to be found by. A refusal
  // in a shared part is taken to cover every sub-question it is shared by (judged above).
  const silent = silentInSharedPart(item, weighed);
  if (silent) {
    return {
      status: 'missing',
      reasons: [{ code: 'not-in-shared-part', text: `The answer part is shared with ${item.groupedWith.length ? item.groupedWith.join(', ') : 'other sub-questions'} and none of this sub-question's own words recur in it.`, evidence: weighed.map((q) => q.text).join(' | ') }, ...asides, pairing],
      interrogatives: weighed.map(({ strength: _s, checkable: _c, ...rest }) => rest),
      unaddressed,
      confidence: item.pairedBy === 'group' || item.pairedBy === 'range' ? 0.55 : 0.6,
    };
  }


  const partial = partialReading(weighed);
  if (partial) {
    return { status: 'partial', reasons: [{ code: 'unaddressed-interrogatives', text: partial.text, evidence: unaddressed.join(' | ') }, ...asides, pairing], interrogatives, unaddressed, confidence: partial.confidence };
  }
  const strong = weighed.filter((q) => q.strength === 'strong' && q.verdict === 'addressed').length;
  const evidenceReason: Reason = strong > 0
    ? { code: 'evidence', text: `The answer part takes up ${strong} of the ${weighed.length} interrogative${weighed.length === 1 ? '' : 's'} in its own words.`, evidence: weighed.flatMap((q) => q.evidence).slice(0, 8).join(', ') }
    : { code: 'thin-evidence', text: 'Little of the question’s wording recurs in the answer part; it is taken as the answer because it is paired with it.' };
  const confidence = strong > 0 ? (asides.length > 0 ? 0.7 : 0.85) : 0.55;
  return { status: 'answered', reasons: [evidenceReason, ...asides, pairing], interrogatives, unaddressed: [], confidence };
}

/** Partial when at least one interrogative is answered with words of its own and another, checkable
 * one has no trace. Thin evidence is not enough to cry partial. */
function partialReading(weighed: AssessedInterrogative[]): { text: string; confidence: number } | null {
  const addressed = weighed.filter((q) => q.verdict === 'addressed' && q.strength !== 'none');
  const missing = weighed.filter((q) => q.verdict === 'unaddressed');
  if (addressed.length === 0 || missing.length === 0) return null;
  const names = missing.map((q) => `"${clip(q.text)}"`).join('; ');
  const confidence = Math.min(0.85, 0.55 + 0.05 * Math.min(...missing.map((q) => q.checkable)));
  return { text: `${missing.length} of ${weighed.length} interrogatives have no trace in the answer: ${names}.`, confidence };
}

/** Only where the minister did not mark what answers what (a whole unnumbered answer, an aligned
 * paragraph) can a silent sub-question be called missing: an explicit group ("1 et 2.") claims its
 * members, and on the dev set a silent group member was as often answered in other words. */
function silentInSharedPart(item: PairedItem, weighed: AssessedInterrogative[]): boolean {
  // A whole answer paired with a single sub-question is that question's answer, not a shared part.
  const unmarked = (item.pairedBy === 'whole-answer' && item.groupedWith.length > 0) || item.pairedBy === 'alignment';
  return unmarked && weighed.length > 0 && weighed.every((q) => q.verdict === 'unaddressed' && q.evidence.length === 0);
}

function pairingReason(item: PairedItem): Reason {
  const how: Record<string, string> = {
    label: `The answer part numbered ${item.label} is paired with it.`,
    group: `It is answered together with ${item.groupedWith.join(', ')} in one answer part.`,
    range: `It is answered in a range of answer parts with ${item.groupedWith.join(', ')}.`,
    'whole-answer': 'The answer is not numbered: the whole answer is paired with it.',
    alignment: 'Neither side is numbered: the answer paragraphs are aligned to it by their content.',
  };
  return { code: `paired-by-${item.pairedBy}`, text: how[item.pairedBy] ?? `Paired by ${item.pairedBy}.` };
}

export function assessTimeliness(meta: QuestionMeta, today: string): Timeliness {
  return judgeTimeliness(meta, today);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function clip(s: string): string {
  return s.length > 100 ? `${s.slice(0, 97)}…` : s;
}
