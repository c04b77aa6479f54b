// Every word the audit shows a reviewer (the HTML report and the totals printed at the end), in one
// catalog keyed by id, so that a French or a Dutch catalog is one more object of the same shape.
// Page text (titles, questions, answers, the words quoted as evidence) is never translated: it is
// shown in the page's own language. Usage and error lines stay with the rest of the command line's.
//
// `{name}` in a word is filled by `say()`.

import type { ItemStatus, ReasonCode, ReferenceKind } from '../../core/model';
import { MAX_PAGE_SIZE_LABEL } from '../limits';
import type { AuditFailureReason, QuestionTiming } from './record';

export const WORDS_EN = {
  reportTitle: 'Question Lens audit',
  reportSubtitle: 'Written questions of the Belgian Senate: what was answered, late, or left unanswered',
  generatedOn: 'Counted as of {today}, from {files} saved pages.',
  skipToMain: 'Skip to the report',
  contents: 'Contents',
  footer: 'Made by Question Lens from saved pages, without any network access. The statuses are the engine’s reading, each with its reason: check a question on its Senate page before quoting it.',
  printNote: 'Only the questions that are opened are printed: open the ones you want on paper first.',

  summaryHeading: 'Summary',
  summaryQuestions: 'Questions',
  summarySubQuestions: 'Sub-questions',
  summaryNotAnswered: 'Sub-questions not fully answered',
  summaryOnTime: 'Answered on time',
  summaryLate: 'Answered late',
  summaryUnanswered: 'Unanswered past the deadline',
  summaryAwaiting: 'Awaiting, still in time',
  summaryUnknownTiming: 'Timing unknown',
  summaryFailed: 'Files not read',
  summaryDuplicates: 'Same question saved twice (counted once)',
  notAnsweredDefinition: '“Not fully answered” is every status but answered: partial, deflected, referred, missing, awaiting and unanswered.',
  unansweredDefinition: '“Unanswered” counts the questions with no answer whose deadline has passed, that were closed, or that lapsed at the end of their legislature.',

  ministersHeading: 'Ministers',
  ministersCaption: 'Questions and sub-questions by minister (the office, whoever held it); select a column heading to sort',
  authorsHeading: 'Authors',
  authorsCaption: 'Questions and sub-questions by author',
  partiesHeading: 'Parties',
  partiesCaption: 'Questions and sub-questions by the author’s party',
  legislaturesHeading: 'Legislatures',
  legislaturesCaption: 'Questions and sub-questions by legislature',
  yearsHeading: 'Years',
  yearsCaption: 'Questions and sub-questions by the year they were asked',
  legislatureName: 'Legislature {n}',
  colMinister: 'Minister',
  colAuthor: 'Author',
  colParty: 'Party',
  colLegislature: 'Legislature',
  colYear: 'Year',
  colQuestions: 'Questions',
  colSubQuestions: 'Sub-questions',
  colNoAnswer: 'no answer',
  colNotAnsweredShare: 'Not fully answered',
  colMedianLate: 'Median days late',
  colWorstLate: 'Worst days late',
  colUnansweredQuestions: 'Unanswered questions',
  colOnTime: 'On time',
  colLate: 'Late',
  unknownMinister: 'Minister not read',
  unknownAuthor: 'Author not read',
  unknownParty: 'Party not read',
  unknownLegislature: 'Legislature not read',
  unknownYear: 'Year not read',
  none: '—',

  chartsHeading: 'Charts',
  statusChartTitle: 'Sub-questions by status, per minister',
  statusChartDesc: 'One bar per minister, its length the number of sub-questions, split by status in the order of the legend; each part is labelled with its count when it is wide enough. The same numbers are in the Ministers table.',
  legend: 'Legend',
  latenessChartTitle: 'How late the late answers came',
  latenessChartDesc: 'Number of questions answered late, by days past the deadline.',
  latenessNone: 'No question was answered late.',
  latenessAxis: 'days past the deadline',
  questionsAxis: 'questions',
  binRange: '{from}–{to}',
  binOpen: '{from}+',

  deflectionsHeading: 'Deflections by family',
  deflectionsCaption: 'Sub-questions whose answer declines or passes the question on, by the kind of deflection',
  colFamily: 'Family',
  colAmongDeflected: 'Of which deflected',
  deflectionsNone: 'No deflection was found.',
  referralsHeading: 'Where answers point instead of answering',
  referralsCaption: 'Sub-questions referred elsewhere, by where they point',
  colPointsTo: 'Points to',
  citedHeading: 'Questions cited most',
  citedCaption: 'Written questions that answers point to instead of answering, by how often',
  colCitedQuestion: 'Question cited',
  colCitations: 'Citations',
  colCitedBy: 'Cited by',
  citedNone: 'No answer points to another written question.',

  questionsHeading: 'Questions',
  questionsIntro: 'Every question, grouped by minister; open one to see its sub-questions.',
  showQuestions: 'Show the {n} questions',
  openOnSenate: 'Open {id} on the Senate’s site',
  noAddress: 'Its Senate address is not known.',
  askedBy: 'Asked by {author} on {date}',
  answeredOn: 'answered on {date}',
  deadlineOn: 'deadline {date}',
  subQuestionsCaption: 'Sub-questions of {id}',
  colLabel: 'Sub-question',
  colStatus: 'Status',
  colReason: 'Reason',
  colQuestionText: 'Question',
  questionWithoutId: 'Question (number not read)',
  untitled: '(no title)',
  daysLate: '{days} days late',
  daysPastDeadline: '{days} days past the deadline',
  daysLeft: '{days} days left',
  subQuestionCount: '{n} sub-questions',
  notFullyAnsweredShare: '{share} not fully answered',
  barTotal: '{n} · {share} not fully answered',
  refersToItem: 'sub-question {label}',
  refersToQuestion: 'question {id}',

  failuresHeading: 'Files not read',
  failuresCaption: 'Files that could not be analysed, by reason',
  colReasonOfFailure: 'Reason',
  colFiles: 'Files',
  failuresList: 'Show the {n} files',

  // The totals printed at the end of a run.
  totalsFiles: '{files} files: {read} read, {failed} failed{reasons}.',
  totalsDuplicates: '{n} pages were the same question as another page, counted once.',
  totalsQuestions: '{questions} questions, {subQuestions} sub-questions: {statuses}.',
  totalsTiming: 'Questions: {onTime} answered on time, {late} late{lateDays}, {unanswered} unanswered past the deadline, {awaiting} awaiting.',
  totalsLateDays: ' (median {median} days, worst {worst})',
  totalsTopMinisters: 'Ministers with the largest share of sub-questions not fully answered:',
  totalsTopMinister: '  {rank}. {minister}: {n} of {of} ({share})',
  totalsWritten: 'Written: {files}.',
} as const;

export type WordId = keyof typeof WORDS_EN;
export type Words = Readonly<Record<WordId, string>>;

/** A word with its `{name}` placeholders filled. */
export function say(words: Words, id: WordId, values: Readonly<Record<string, string | number>> = {}): string {
  return words[id].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The statuses as a reviewer reads them. */
export const STATUS_WORDS_EN: Readonly<Record<ItemStatus, string>> = {
  answered: 'answered',
  partial: 'partial',
  deflected: 'deflected',
  referred: 'referred',
  missing: 'missing',
  awaiting: 'awaiting',
  unanswered: 'unanswered',
};

/** A question's timing (see record.ts). */
export const TIMING_WORDS_EN: Readonly<Record<QuestionTiming, string>> = {
  'on-time': 'answered on time',
  late: 'answered late',
  unanswered: 'unanswered',
  awaiting: 'awaiting',
  unknown: 'timing unknown',
};

/** Every reason code in a reviewer's words (the evidence, in the page's language, goes beside it). */
export const REASON_WORDS_EN: Readonly<Record<ReasonCode, string>> = {
  'no-answer-yet': 'no answer yet',
  'no-answer-closed': 'closed without an answer',
  'no-answer-lapsed': 'lapsed at the end of the legislature',
  'no-answer-part': 'no part of the answer addresses it',
  'not-in-shared-part': 'not taken up in the part it shares',
  evidence: 'the answer takes it up',
  'thin-evidence': 'little of its wording recurs in the answer',
  'unaddressed-interrogatives': 'some of what it asks has no trace in the answer',
  'gap-number': 'asks for a number the answer does not give',
  'gap-date': 'asks for a date the answer does not give',
  'gap-breakdown': 'asks for a breakdown the answer does not give',
  'deflection-no-data': 'no data, not recorded',
  'deflection-burden': 'too much work to find out',
  'deflection-not-competent': 'not the minister’s competence',
  'deflection-ask-elsewhere': 'sent to someone else',
  'deflection-secrecy': 'cannot be disclosed',
  'deflection-stalling': 'under study, premature',
  'deflection-cannot-answer': 'cannot answer',
  'deflection-talks-around': 'talks around the question',
  'deflection-aside': 'part of it declined',
  'refers-to': 'points to another sub-question’s answer',
  'referred-partial': 'the answer pointed to leaves part of it',
  'refers-question': 'points to another written question',
  'refers-document': 'points to a report or document',
  'refers-website': 'points to a website',
  'refers-registry': 'points to an answer lodged at the registry',
  'refers-elsewhere': 'points elsewhere',
  'paired-by-label': 'paired by its number',
  'paired-by-group': 'answered in a group',
  'paired-by-range': 'answered in a range',
  'paired-by-whole-answer': 'the whole answer is taken as its answer',
  'paired-by-alignment': 'paired by the order of the paragraphs',
};

/** Where a referral points. */
export const REFERENCE_WORDS_EN: Readonly<Record<ReferenceKind, string>> = {
  item: 'another sub-question',
  question: 'another written question',
  document: 'a report or document',
  website: 'a website',
  registry: 'the registry',
};

/** Why a file was not read. */
export const FAILURE_WORDS_EN: Readonly<Record<AuditFailureReason, string>> = {
  missing: 'no such file',
  unreadable: 'cannot be read',
  empty: 'empty page',
  truncated: 'truncated page',
  'not-a-question': 'not a written-question page',
  'too-large': `larger than ${MAX_PAGE_SIZE_LABEL}`,
  'too-deep': 'elements nested too deep to read',
  'no-pages': 'no pages',
  crashed: 'the analysis failed',
};

/** One language's whole catalog, as the report and the totals take it. */
export interface Catalog {
  lang: string;
  words: Words;
  statuses: Readonly<Record<ItemStatus, string>>;
  timings: Readonly<Record<QuestionTiming, string>>;
  reasons: Readonly<Record<ReasonCode, string>>;
  references: Readonly<Record<ReferenceKind, string>>;
  failures: Readonly<Record<AuditFailureReason, string>>;
  /** Numbers and dates as the language writes them. */
  locale: string;
}

export const CATALOG_EN: Catalog = {
  lang: 'en',
  words: WORDS_EN,
  statuses: STATUS_WORDS_EN,
  timings: TIMING_WORDS_EN,
  reasons: REASON_WORDS_EN,
  references: REFERENCE_WORDS_EN,
  failures: FAILURE_WORDS_EN,
  locale: 'en-GB',
};
