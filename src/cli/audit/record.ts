// One analysed page → the compact record an audit keeps of it. A worker sends this back instead of
// the whole Analysis (spans, interrogatives, full texts), so that what the main thread holds grows
// with the number of questions by a few hundred bytes each, not by the pages' size. It keeps what
// the report, the CSV and the JSON need, and no more.

import type { Analysis, Item, ItemStatus, Language, ReasonCode, Reference, ReferenceKind, TimelinessVerdict } from '../../core/model';
import type { FailureReason } from '../analyse-file';
import { buildQuestionUrl, parseQuestionUrl } from '../../sites/senate-be/url';

/** Texts are cut to this many characters: enough to recognise a sub-question in a spreadsheet or
 * the report, while 10 000 questions stay a few tens of megabytes. */
export const TEXT_LIMIT = 300;
/** The words a reason relied on, cut to this many characters. */
export const EVIDENCE_LIMIT = 120;

/** What became of a question as a whole: answered on time, late, not answered and past the
 * deadline (overdue, closed or lapsed), still awaiting within the deadline, or not known (its dates
 * were not read). */
export type QuestionTiming = 'on-time' | 'late' | 'unanswered' | 'awaiting' | 'unknown';

export interface AuditReason {
  code: ReasonCode;
  /** The page's own words the reason relied on, short. */
  evidence?: string;
}

export interface AuditReference {
  kind: ReferenceKind;
  /** The sub-question pointed to (kind item). */
  label?: string;
  /** The written question pointed to (kind question), as the answer writes it. */
  questionId?: string;
  /** The words of the pointer, short. */
  text: string;
}

export interface AuditItem {
  label: string;
  status: ItemStatus;
  /** 0..1, two decimals. */
  confidence: number;
  reasons: AuditReason[];
  refersTo: AuditReference | null;
  groupedWith: string[];
  /** The sub-question, cut to TEXT_LIMIT. */
  question: string;
  /** Its answer part, cut to TEXT_LIMIT; null when none was paired with it. */
  answer: string | null;
}

/** One question as the audit keeps it. */
export interface AuditQuestion {
  /** The saved page it was read from. */
  file: string;
  /** Its Senate address: the one the saved page gives, or else the one its id and language make;
   * null when neither is known. Only ever a Senate question address. */
  url: string | null;
  id: string | null;
  legislature: number | null;
  number: number | null;
  /** The page's language, which its texts are in. */
  language: Language | null;
  title: string | null;
  author: string | null;
  party: string | null;
  /** The addressee as the page words it ("la ministre de la Justice"). */
  addressee: string | null;
  askedOn: string | null;
  deadline: string | null;
  answeredOn: string | null;
  closedOn: string | null;
  lapsedOn: string | null;
  /** The engine's verdict, and its days (late, overdue, left, past the deadline when closed or
   * lapsed): see `Timeliness` in core/model.ts. */
  timeliness: { verdict: TimelinessVerdict; days: number | null };
  timing: QuestionTiming;
  items: AuditItem[];
}

/** Why a file was not read, as `analyse` says it ("too-large", "not-a-question", …), or
 * "crashed": the engine failed on it, or its worker did. */
export type AuditFailureReason = FailureReason | 'crashed';

/** A file the audit could not read as a question. */
export interface AuditFailure {
  file: string;
  /** The exit status `analyse` would give it (see EXIT in analyse-file.ts). */
  code: number;
  /** What went wrong, one word for every file it happens to, so failures can be counted by it. */
  reason: AuditFailureReason;
  /** The one line a reviewer reads about this file. */
  message: string;
}

/** What reading one file gives: a question, or a failure. */
export type AuditOutcome = { ok: true; question: AuditQuestion } | { ok: false; failure: AuditFailure };

export function toAuditQuestion(file: string, analysis: Analysis): AuditQuestion {
  const q = analysis.question;
  const items = analysis.items.map(toAuditItem);
  return {
    file,
    url: senateAddress(analysis),
    id: q.id,
    legislature: q.legislature,
    number: q.number,
    language: analysis.page.language,
    title: q.title === null ? null : shortText(q.title),
    author: q.author,
    party: q.party,
    addressee: q.addressee,
    askedOn: q.askedOn,
    deadline: q.deadline,
    answeredOn: q.answeredOn,
    closedOn: q.closedOn,
    lapsedOn: q.lapsedOn,
    timeliness: { verdict: analysis.timeliness.verdict, days: analysis.timeliness.days },
    timing: timingOf(analysis.timeliness.verdict, items.map((i) => i.status)),
    items,
  };
}

function toAuditItem(item: Item): AuditItem {
  return {
    label: item.label,
    status: item.status,
    confidence: Math.round(item.confidence * 100) / 100,
    reasons: item.reasons.map((r) => (r.evidence ? { code: r.code, evidence: shortText(r.evidence, EVIDENCE_LIMIT) } : { code: r.code })),
    refersTo: item.refersTo ? toAuditReference(item.refersTo) : null,
    groupedWith: [...item.groupedWith],
    question: shortText(item.question),
    answer: item.answer === null ? null : shortText(item.answer),
  };
}

function toAuditReference(r: Reference): AuditReference {
  const out: AuditReference = { kind: r.kind, text: shortText(r.text, EVIDENCE_LIMIT) };
  if (r.label !== undefined) out.label = r.label;
  if (r.questionId !== undefined) out.questionId = r.questionId;
  return out;
}

/** A question's timing from the engine's verdict; when the dates were not read, its items still
 * say whether an answer will ever come. */
export function timingOf(verdict: TimelinessVerdict, statuses: readonly ItemStatus[]): QuestionTiming {
  switch (verdict) {
    case 'on-time':
    case 'late':
    case 'awaiting':
      return verdict;
    case 'overdue':
    case 'closed':
    case 'lapsed':
      return 'unanswered';
    case 'unknown':
      return statuses.length > 0 && statuses.every((s) => s === 'unanswered') ? 'unanswered' : 'unknown';
  }
}

/** The address the saved page gives, when it is a Senate question address; else the one its id
 * makes. The saved page is untrusted: nothing but a Senate address ever becomes a link. */
function senateAddress(analysis: Analysis): string | null {
  const given = analysis.page.url;
  if (given && parseQuestionUrl(given)) return given;
  const id = analysis.question.id;
  if (!id) return null;
  return buildQuestionUrl(id, analysis.page.language === 'nl' ? 'nl' : 'fr');
}

/** Whitespace folded, cut at a word boundary near `limit` with an ellipsis. */
export function shortText(text: string, limit = TEXT_LIMIT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
