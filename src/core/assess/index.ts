// Judges each paired sub-question: answered, partial, deflected, referred, missing, awaiting,
// unanswered (no answer, and none will come: closed, or lapsed with its legislature). The
// status comes from the fitted verdict (verdict.ts) over the pair's named signals (signals.ts); the
// reasons quote the words that decided it, in the page's language: the refusal or pointer found, the
// interrogatives with no trace, the figure or date asked and not given.
// CONTRACT (used by core/analyse): keep these signatures.

import type { Interrogative, Item, Language, QuestionMeta, Reason, Reference, ReferenceKind, Span, Timeliness } from '../model';
import { questionNumberIn, type CueMatch } from './cues';
import { findInterrogatives } from './interrogatives';
import { REFUSAL_FAMILIES, type CueFamily } from './lexicon/cues';
import { computeSignals, type SignalReading } from './signals';
import { judgeTimeliness } from './timeliness';
import { judge, VERDICT_STATUSES, type Verdict } from './verdict';
import { textLanguage } from './words';

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
  /** False when the question has no answer yet: every item is then 'awaiting', or 'unanswered'
   * when `ended` says no answer will come. */
  answerExists: boolean;
  /** How the question stopped waiting for an answer (closed, or lapsed at the end of its
   * legislature), when it did; absent or null while an answer can still come. */
  ended?: { kind: 'closed' | 'lapsed'; on: string } | null;
  /** Answer span of the label a referred item points to, to look for evidence there too. */
  answerSpanOf(label: string): Span | null;
  /** The whole answer region, for the signals that look at the answer as a whole. */
  answerRegion?: Span | null;
  /** How many sub-questions are paired with this very span. */
  sharedBy?(span: Span): number;
  onSignals?: (label: string, reading: SignalReading) => void;
  /** How many sub-questions the question has. */
  items?: number;
}

export type Judgement = Pick<Item, 'status' | 'reasons' | 'interrogatives' | 'unaddressed' | 'confidence' | 'refersTo'>;

const REFUSAL_CODE: Record<string, Reason['code']> = {
  'no-data': 'deflection-no-data', burden: 'deflection-burden', 'not-competent': 'deflection-not-competent',
  'ask-elsewhere': 'deflection-ask-elsewhere', secrecy: 'deflection-secrecy', stalling: 'deflection-stalling', 'cannot-answer': 'deflection-cannot-answer',
};
const REFUSAL_TEXT: Record<string, string> = {
  'no-data': 'The answer says the information is not recorded, not available or cannot be extracted.',
  burden: 'The answer says finding the information would take a disproportionate search.',
  'not-competent': 'The answer says the matter belongs to another minister, government or body.',
  'ask-elsewhere': 'The answer sends the question to someone else.',
  secrecy: 'The answer withholds information: inquiry, secrecy, privacy or security.',
  stalling: 'The answer says the matter is under study or premature, and gives nothing of substance.',
  'cannot-answer': 'The answer says it cannot answer or communicate this.',
};
const POINTER_KIND: Partial<Record<CueFamily, ReferenceKind>> = {
  'point-answer': 'question', 'point-question': 'question', 'point-registry': 'registry', 'point-website': 'website', 'point-document': 'document',
};
const POINTER_CODE: Record<ReferenceKind, Reason['code']> = {
  item: 'refers-to', question: 'refers-question', document: 'refers-document', website: 'refers-website', registry: 'refers-registry',
};

export function assessItem(item: PairedItem, ctx: AssessContext): Judgement {
  const { text } = ctx;
  const language = textLanguage(ctx.language, text.slice(item.questionSpan.start, item.questionSpan.end));
  const found = findInterrogatives(text, item.questionSpan, language);

  if (!ctx.answerExists && ctx.ended) {
    const closed = ctx.ended.kind === 'closed';
    return {
      status: 'unanswered',
      reasons: [
        closed
          ? { code: 'no-answer-closed', text: `The question was closed on ${ctx.ended.on} without an answer.` }
          : { code: 'no-answer-lapsed', text: `The question lapsed unanswered at the end of the legislature (${ctx.ended.on}).` },
      ],
      interrogatives: found.map((q) => ({ text: q.text, span: q.span, verdict: 'unaddressed', evidence: [], reason: 'Never answered.' })),
      unaddressed: [],
      confidence: 1,
      refersTo: null,
    };
  }
  if (!ctx.answerExists) {
    return {
      status: 'awaiting',
      reasons: [{ code: 'no-answer-yet', text: 'No answer has been published yet.' }],
      interrogatives: found.map((q) => ({ text: q.text, span: q.span, verdict: 'unaddressed', evidence: [], reason: 'No answer yet.' })),
      unaddressed: [],
      confidence: 1,
      refersTo: null,
    };
  }

  const referredSpan = item.refersTo ? ctx.answerSpanOf(item.refersTo) : null;
  const reading = computeSignals({
    text, language, questionSpan: item.questionSpan, answerSpan: item.answerSpan, answerRegion: ctx.answerRegion ?? null,
    pairedBy: item.pairedBy, sharedBy: item.answerSpan && ctx.sharedBy ? ctx.sharedBy(item.answerSpan) : 1,
    refersToItem: item.refersTo !== null, interrogatives: found, items: ctx.items,
    extraAnswerSpans: referredSpan && item.answerSpan && !overlaps(referredSpan, item.answerSpan) ? [referredSpan] : [],
  });
  ctx.onSignals?.(item.label, reading);
  const modelled = judge(reading.signals);
  const verdict = !item.answerSpan ? noPartVerdict(modelled) : leansOnCrossReference(item, reading) ? crossReferenceVerdict(modelled) : modelled;
  const confidence = Math.round(verdict.confidence * 100) / 100;
  const pairing = item.answerSpan ? [pairingReason(item)] : [];

  const weighed: Interrogative[] = reading.weighed.length
    ? reading.weighed.map(({ strength: _s, checkable: _c, ...rest }) => rest)
    : found.map((q) => ({ text: q.text, span: q.span, verdict: 'unaddressed' as const, evidence: [], reason: 'No answer part.' }));
  const untouched = weighed.filter((q) => q.verdict === 'unaddressed').map((q) => q.text);

  switch (verdict.status) {
    case 'missing': {
      const reason: Reason = item.answerSpan
        ? { code: 'not-in-shared-part', text: 'Nothing in the answer part takes up this sub-question.', evidence: untouched.map(clip).join(' | ') || undefined }
        : { code: 'no-answer-part', text: `No part of the answer is paired with ${item.label}.` };
      const none = weighed.map((q) => ({ ...q, verdict: 'unaddressed' as const }));
      return { status: 'missing', reasons: [reason, ...pairing], interrogatives: none, unaddressed: none.map((q) => q.text), confidence, refersTo: null };
    }
    case 'deflected': {
      const refusals = refusalReasons(reading.cues.length ? [...reading.focusCues, ...reading.cues] : reading.answerCues);
      const reasons: Reason[] = refusals.length ? refusals : [{ code: 'deflection-talks-around', text: 'The answer speaks around the question without giving what was asked.', evidence: untouched.map(clip).join(' | ') || undefined }];
      const first = reasons[0]!;
      const declined = weighed.map((q) => ({ ...q, verdict: 'unaddressed' as const, evidence: first.evidence ? [first.evidence] : [], reason: 'The answer declines or passes it on.' }));
      return { status: 'deflected', reasons: [...reasons, ...pairing], interrogatives: declined, unaddressed: declined.map((q) => q.text), confidence, refersTo: null };
    }
    case 'referred': {
      const reference = referenceOf(item, reading, text);
      const reasons: Reason[] = [reference
        ? { code: POINTER_CODE[reference.kind], text: pointerText(reference), evidence: reference.text, span: reference.span }
        : { code: 'refers-elsewhere', text: 'The answer points elsewhere instead of answering here.' }];
      // Pointed to another sub-question's answer: what that answer leaves untouched too is named.
      const leftOut = reference?.kind === 'item' ? untouched : [];
      if (leftOut.length) reasons.push({ code: 'referred-partial', text: `Even with the answer to ${reference!.label}, ${leftOut.length} of ${weighed.length} interrogatives have no trace: ${leftOut.map((u) => `"${clip(u)}"`).join('; ')}.`, evidence: leftOut.join(' | ') });
      return { status: 'referred', reasons: [...reasons, ...pairing], interrogatives: weighed, unaddressed: leftOut, confidence, refersTo: reference };
    }
    case 'partial': {
      const gaps = gapReasons(reading);
      const reasons: Reason[] = [];
      if (untouched.length) reasons.push({ code: 'unaddressed-interrogatives', text: `${untouched.length} of ${weighed.length} interrogatives have no trace in the answer: ${untouched.map((u) => `"${clip(u)}"`).join('; ')}.`, evidence: untouched.join(' | ') });
      reasons.push(...gaps);
      if (!reasons.length) reasons.push({ code: 'thin-evidence', text: 'Little of what was asked recurs in the answer part: some of it seems left out.' });
      const asides = refusalReasons(reading.cues).map((r) => ({ ...r, code: 'deflection-aside' as const, text: `Part of it is declined: ${r.text.charAt(0).toLowerCase()}${r.text.slice(1)}` }));
      const unaddressed = untouched.length ? untouched : gaps.map((g) => g.evidence ?? g.text);
      return { status: 'partial', reasons: [...reasons, ...asides, ...pairing], interrogatives: weighed, unaddressed, confidence, refersTo: null };
    }
    default: {
      const words = reading.weighed.filter((q) => q.verdict === 'addressed').flatMap((q) => q.evidence);
      const strong = reading.weighed.filter((q) => q.verdict === 'addressed' && q.strength === 'strong').length;
      const reason: Reason = strong > 0
        ? { code: 'evidence', text: `The answer part takes up ${strong} of the ${reading.weighed.length} interrogative${reading.weighed.length === 1 ? '' : 's'} in its own words.`, evidence: [...new Set(words)].slice(0, 8).join(', ') }
        : { code: 'thin-evidence', text: 'Little of the question’s wording recurs in the answer part; it is taken as the answer it is paired with.' };
      // The verdict weighs the part as a whole: an interrogative none of whose own words recur is
      // taken as answered by it, and says so.
      const taken = weighed.map((q) => (q.verdict === 'unaddressed' ? { ...q, verdict: 'addressed' as const, reason: `${q.reason.replace(/\.$/, '')}; the part as a whole is judged to answer it.` } : q));
      return { status: 'answered', reasons: [reason, ...pairing], interrogatives: taken, unaddressed: [], confidence, refersTo: null };
    }
  }
}

// The one pairing fact the model does not overrule: a short part, with no figure of its own, that
// points to another sub-question's answer ("Seules les utilisations décrites au point 1) me sont
// connues") is a referral to it. Such parts are too rare in the corpus (a handful in the train split)
// for the model to learn them, and pairing has already read where they point.
const CROSS_REFERENCE_MAX_WORDS = 20;

function leansOnCrossReference(item: PairedItem, reading: SignalReading): boolean {
  const s = reading.signals;
  return item.refersTo !== null && Math.expm1(s['length.part']) <= CROSS_REFERENCE_MAX_WORDS && s['give.numbers'] === 0;
}

function crossReferenceVerdict(v: Verdict): Verdict {
  // Its confidence is the model's weight on "not answered here" by a refusal or a pointer.
  const notHere = (v.probabilities[VERDICT_STATUSES.indexOf('referred')] ?? 0) + (v.probabilities[VERDICT_STATUSES.indexOf('deflected')] ?? 0);
  return { ...v, status: 'referred', confidence: Math.max(0.5, notHere) };
}

// A sub-question no part of the answer is paired with is missing: there is no answer text to call
// it anything else by. Its confidence is the model's weight on "not answered", since a reader may yet
// find it answered in a part pairing could not tie to it.
function noPartVerdict(v: Verdict): Verdict {
  const answered = v.probabilities[VERDICT_STATUSES.indexOf('answered')] ?? 0;
  return { ...v, status: 'missing', confidence: Math.max(0.5, 1 - answered) };
}

function refusalReasons(cues: CueMatch[]): Reason[] {
  const seen = new Set<string>();
  const out: Reason[] = [];
  for (const c of cues) {
    if (!REFUSAL_FAMILIES.includes(c.family) || seen.has(c.family)) continue;
    seen.add(c.family);
    out.push({ code: REFUSAL_CODE[c.family]!, text: REFUSAL_TEXT[c.family]!, evidence: c.evidence, span: c.span });
  }
  // In reading order, as the reviewer meets them in the answer.
  return out.sort((a, b) => a.span!.start - b.span!.start);
}

/** Where a referred item points: another sub-question (read by pairing), else the strongest pointer
 * cue of its part, else of the whole answer. */
function referenceOf(item: PairedItem, reading: SignalReading, text: string): Reference | null {
  if (item.refersTo) return { kind: 'item', label: item.refersTo, text: item.reference?.text ?? item.refersTo, span: item.reference?.span };
  const order: CueFamily[] = ['point-question', 'point-answer', 'point-registry', 'point-website', 'point-document'];
  for (const cues of [reading.focusCues, reading.cues, reading.answerCues]) {
    for (const family of order) {
      const c = cues.find((x) => x.family === family);
      if (!c) continue;
      const sentence = text.slice(c.sentence.start, c.sentence.end);
      const questionId = family === 'point-question' || family === 'point-answer' ? questionNumberIn(sentence) ?? undefined : undefined;
      return { kind: POINTER_KIND[family]!, ...(questionId ? { questionId } : {}), text: clip(sentence.trim()), span: c.sentence };
    }
  }
  return null;
}

function pointerText(r: Reference): string {
  switch (r.kind) {
    case 'item': return `The answer points to the answer to ${r.label} instead of answering here.`;
    case 'question': return r.questionId ? `The answer points to another question (${r.questionId}) instead of answering here.` : 'The answer points to the answer to another question instead of answering here.';
    case 'registry': return 'The answer is lodged at the registry, not published.';
    case 'website': return 'The answer points to a website instead of answering here.';
    default: return 'The answer points to a report or document instead of answering here.';
  }
}

function gapReasons(reading: SignalReading): Reason[] {
  const s = reading.signals;
  const out: Reason[] = [];
  if (s['gap.breakdown']) out.push({ code: 'gap-breakdown', text: 'A breakdown was asked for and no breakdown is given.' });
  if (s['gap.number']) out.push({ code: 'gap-number', text: 'A figure was asked for and the answer part gives none.' });
  if (s['gap.date']) out.push({ code: 'gap-date', text: 'A date or term was asked for and the answer part gives none.' });
  return out;
}

function pairingReason(item: PairedItem): Reason {
  switch (item.pairedBy) {
    case 'group': return { code: 'paired-by-group', text: `It is answered together with ${item.groupedWith.join(', ')} in one answer part.` };
    case 'range': return { code: 'paired-by-range', text: `It is answered in a range of answer parts with ${item.groupedWith.join(', ')}.` };
    case 'whole-answer': return { code: 'paired-by-whole-answer', text: 'The answer is not numbered: the whole answer is paired with it.' };
    case 'alignment': return { code: 'paired-by-alignment', text: 'Neither side is numbered: the answer paragraphs are aligned to it by their content.' };
    default: return { code: 'paired-by-label', text: `The answer part numbered ${item.label} is paired with it.` };
  }
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
