// The engine's one entry point: a page reading (what a site found on the page) in, one Analysis out.

import {
  PAGE_INCOMPLETE,
  SCHEMA_VERSION,
  emptyMeta,
  type Analysis,
  type Item,
  type Language,
  type PageReading,
  type QuestionMeta,
  type Span,
} from './model';
import { assessItem, assessTimeliness, type AssessContext } from './assess';
import { endOf } from './assess/timeliness';
import { pair } from './pairing';
import type { SignalReading } from './assess/signals';

export interface AnalyseOptions {
  /** ISO date used for "overdue by N days" and "awaiting"; defaults to the current date. */
  today?: string;
  /** Called with each sub-question's signals, for the eval and the training (scripts/train.ts). */
  onSignals?: (label: string, reading: SignalReading) => void;
}

export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function analyse(text: string, reading: PageReading, options: AnalyseOptions = {}): Analysis {
  const today = options.today ?? todayIso();
  const warnings = [...reading.warnings];
  const isQuestion = reading.page.kind === 'written-question';
  // A page cut short: its sub-questions are not judged (none would be missing, only unseen).
  const incomplete = reading.warnings.includes(PAGE_INCOMPLETE);

  const pairing = isQuestion && !incomplete
    ? pair(text, reading.questionRegion, reading.answerRegion, reading.language)
    : { items: [], extraAnswerParts: [], numbering: { question: 'none', answer: 'none' } as const, warnings: [] };
  warnings.push(...pairing.warnings);

  const answerSpans = new Map(pairing.items.map((item) => [item.label, item.answerSpan]));
  const context: AssessContext = {
    text,
    language: reading.language,
    answerExists: reading.answerRegion !== null && reading.answerRegion.end > reading.answerRegion.start,
    ended: endOf(reading.meta),
    answerSpanOf: (label) => answerSpans.get(label) ?? null,
    answerRegion: reading.answerRegion,
    sharedBy: (span) => pairing.items.filter((i) => i.answerSpan && i.answerSpan.start === span.start && i.answerSpan.end === span.end).length,
    onSignals: options.onSignals,
    items: pairing.items.length,
  };

  const items: Item[] = pairing.items.map((paired) => {
    const judgement = assessItem(paired, context);
    return {
      label: paired.label,
      question: slice(text, paired.questionSpan),
      questionSpan: paired.questionSpan,
      answer: paired.answerSpan ? slice(text, paired.answerSpan) : null,
      answerSpan: paired.answerSpan,
      status: judgement.status,
      groupedWith: paired.groupedWith,
      refersTo: judgement.refersTo,
      reasons: judgement.reasons,
      interrogatives: judgement.interrogatives,
      unaddressed: judgement.unaddressed,
      confidence: judgement.confidence,
    };
  });

  if (isQuestion && !incomplete && items.length === 0 && reading.questionRegion) {
    warnings.push('No sub-question could be found in the question text.');
  }

  return {
    schemaVersion: SCHEMA_VERSION,
    page: reading.page,
    question: reading.meta,
    regions: { question: reading.questionRegion, answer: reading.answerRegion },
    numbering: pairing.numbering,
    items,
    extraAnswerParts: pairing.extraAnswerParts,
    timeliness: incomplete
      ? { verdict: 'unknown', days: null, answeredAfterDays: null, unansweredAfterDays: null, reason: 'The page seems cut short: no verdict is given.' }
      : isQuestion
      ? assessTimeliness(reading.meta, today)
      : { verdict: 'unknown', days: null, answeredAfterDays: null, unansweredAfterDays: null, reason: 'Not a written question.' },
    warnings,
  };
}

/** The engine on bare texts (a question and its answer), for evaluation sets and tests that need no
 * page around them. The flat text is the question, a blank line, then the answer. */
export function analyseText(
  questionText: string,
  answerText: string | null,
  options: AnalyseOptions & { language?: Language | null; meta?: Partial<QuestionMeta> } = {},
): Analysis {
  const question = questionText.trim();
  const answer = answerText?.trim() ?? '';
  const text = answer ? `${question}\n\n${answer}` : question;
  const questionRegion: Span = { start: 0, end: question.length };
  const answerRegion: Span | null = answer ? { start: question.length + 2, end: text.length } : null;
  const reading: PageReading = {
    page: { site: 'text', kind: 'written-question', language: options.language ?? null, url: null, variant: null },
    meta: { ...emptyMeta(), ...options.meta },
    questionRegion,
    answerRegion,
    language: options.language ?? null,
    warnings: [],
  };
  return analyse(text, reading, options);
}

function slice(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}
