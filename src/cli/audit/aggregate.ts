// The audit's figures, from the compact records alone: pure, so that every count can be checked on
// hand-made records. Per group (minister, author, party, legislature, year): questions answered on
// time, late (median and worst days late), unanswered; sub-questions by status. Over all: the
// deflections by family, where referrals point, the questions cited most, how late the late ones
// were.

import type { ItemStatus, ReasonCode, ReferenceKind } from '../../core/model';
import { foldText, ministerOffice } from './minister';
import type { AuditFailure, AuditFailureReason, AuditQuestion, QuestionTiming } from './record';

/** The model's statuses in the order a reviewer reads them, from answered to never answered. */
export const ITEM_STATUSES = ['answered', 'partial', 'deflected', 'referred', 'missing', 'awaiting', 'unanswered'] as const satisfies readonly ItemStatus[];
// A status added to the model and not listed here fails to compile.
const everyStatusListed: Exclude<ItemStatus, (typeof ITEM_STATUSES)[number]> extends never ? true : never = true;
void everyStatusListed;

export const QUESTION_TIMINGS = ['on-time', 'late', 'unanswered', 'awaiting', 'unknown'] as const satisfies readonly QuestionTiming[];

export type StatusCounts = Record<ItemStatus, number>;
export type TimingCounts = Record<QuestionTiming, number>;

export interface GroupStats {
  /** What the group is counted by: the office's key, the folded name, the legislature, the year;
   * "" for the questions where it was not read. */
  key: string;
  /** How the pages word it (the most frequent wording; for an office worded in French and in Dutch,
   * the two joined by " / "); null where it was not read. */
  label: string | null;
  questions: number;
  subQuestions: number;
  statuses: StatusCounts;
  /** Sub-questions with any status but answered. */
  notAnswered: number;
  /** Questions by timing (see QuestionTiming in record.ts). */
  timing: TimingCounts;
  /** Days past the deadline of the questions answered late. */
  daysLate: { median: number | null; worst: number | null };
}

export interface AuditTotals extends Omit<GroupStats, 'key' | 'label'> {
  /** Pages found. */
  files: number;
  /** Pages read as questions (duplicates included). */
  read: number;
  failed: number;
  /** Pages of a question already counted from another page (its other language, its print
   * version): read, but counted once. */
  duplicates: number;
}

export interface Duplicate {
  file: string;
  /** The page the question was counted from. */
  sameAs: string;
}

export interface DeflectionCount {
  code: ReasonCode;
  /** Sub-questions with this reason, whatever their status. */
  subQuestions: number;
  /** Of which the status is deflected (the others are mostly partial: part of it declined). */
  deflected: number;
}

export interface CitedQuestion {
  /** As the answers write it: "5-7879", or a bare number. */
  questionId: string;
  citations: number;
  /** Ids (or, without one, files) of the questions whose answers cite it. */
  citedBy: string[];
}

export interface LatenessBin {
  /** Days late, inclusive; `to` null for the last, open bin. */
  from: number;
  to: number | null;
  questions: number;
}

export interface AuditAggregates {
  totals: AuditTotals;
  failuresByReason: { reason: AuditFailureReason; files: number }[];
  byMinister: GroupStats[];
  byAuthor: GroupStats[];
  byParty: GroupStats[];
  byLegislature: GroupStats[];
  byYear: GroupStats[];
  deflectionsByFamily: DeflectionCount[];
  referralsByKind: { kind: ReferenceKind; subQuestions: number }[];
  citedQuestions: CitedQuestion[];
  lateness: LatenessBin[];
}

export const LATENESS_BINS: ReadonlyArray<readonly [number, number | null]> = [
  [1, 7], [8, 14], [15, 30], [31, 60], [61, 90], [91, 180], [181, 365], [366, null],
];

/** One question per id: the first page of each (in the order given), the others set aside as
 * duplicates. Pages without an id are all kept. */
export function distinctQuestions(questions: readonly AuditQuestion[]): { questions: AuditQuestion[]; duplicates: Duplicate[] } {
  const first = new Map<string, AuditQuestion>();
  const kept: AuditQuestion[] = [];
  const duplicates: Duplicate[] = [];
  for (const q of questions) {
    const earlier = q.id === null ? undefined : first.get(q.id);
    if (earlier) {
      duplicates.push({ file: q.file, sameAs: earlier.file });
      continue;
    }
    if (q.id !== null) first.set(q.id, q);
    kept.push(q);
  }
  return { questions: kept, duplicates };
}

export interface AggregateInput {
  /** Distinct questions (see distinctQuestions). */
  questions: readonly AuditQuestion[];
  failures: readonly AuditFailure[];
  duplicates: number;
}

export function aggregate({ questions, failures, duplicates }: AggregateInput): AuditAggregates {
  const all = new GroupTally('');
  const byMinister = new Groups();
  const byAuthor = new Groups();
  const byParty = new Groups();
  const byLegislature = new Groups();
  const byYear = new Groups();
  for (const q of questions) {
    all.add(q);
    const office = ministerOffice(q.addressee);
    byMinister.add(q, office?.key ?? '', office?.label ?? null, q.language ?? '');
    byAuthor.add(q, q.author === null ? '' : foldText(q.author), q.author?.trim() ?? null);
    byParty.add(q, q.party === null ? '' : foldText(q.party), q.party?.trim() ?? null);
    byLegislature.add(q, q.legislature === null ? '' : String(q.legislature), q.legislature === null ? null : String(q.legislature));
    const year = q.askedOn?.slice(0, 4) ?? null;
    byYear.add(q, year ?? '', year);
  }
  const { key: _key, label: _label, ...totals } = all.stats();
  const byNumber = (a: GroupStats, b: GroupStats) => (a.key === '' ? 1 : b.key === '' ? -1 : Number(a.key) - Number(b.key));
  return {
    totals: { files: questions.length + duplicates + failures.length, read: questions.length + duplicates, failed: failures.length, duplicates, ...totals },
    failuresByReason: countBy(failures.map((f) => f.reason)).map(([reason, files]) => ({ reason, files })),
    byMinister: byMinister.stats().sort((a, b) => b.subQuestions - a.subQuestions || b.questions - a.questions || compareLabels(a, b)),
    byAuthor: byAuthor.stats().sort((a, b) => b.questions - a.questions || compareLabels(a, b)),
    byParty: byParty.stats().sort((a, b) => b.questions - a.questions || compareLabels(a, b)),
    byLegislature: byLegislature.stats().sort(byNumber),
    byYear: byYear.stats().sort(byNumber),
    deflectionsByFamily: deflections(questions),
    referralsByKind: countBy(questions.flatMap((q) => q.items.flatMap((i) => (i.refersTo ? [i.refersTo.kind] : [])))).map(([kind, subQuestions]) => ({ kind, subQuestions })),
    citedQuestions: citedQuestions(questions),
    lateness: lateness(questions),
  };
}

/** The groups with the largest share of sub-questions not fully answered, most first. */
export function mostNotAnswered(groups: readonly GroupStats[], count: number): GroupStats[] {
  return groups
    .filter((g) => g.subQuestions > 0)
    .sort((a, b) => b.notAnswered / b.subQuestions - a.notAnswered / a.subQuestions || b.subQuestions - a.subQuestions || compareLabels(a, b))
    .slice(0, count);
}

function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(ITEM_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

function compareLabels(a: GroupStats, b: GroupStats): number {
  return (a.label ?? '\uffff').localeCompare(b.label ?? '\uffff');
}

/** The figures of one group, as its questions come. */
class GroupTally {
  private questions = 0;
  private subQuestions = 0;
  private readonly statuses = emptyStatusCounts();
  private readonly timing = Object.fromEntries(QUESTION_TIMINGS.map((t) => [t, 0])) as TimingCounts;
  private readonly daysLate: number[] = [];
  /** Wordings seen, by language, with how often. */
  private readonly wordings = new Map<string, Map<string, number>>();

  constructor(private readonly key: string) {}

  add(q: AuditQuestion, label: string | null = null, language = ''): void {
    this.questions++;
    this.timing[q.timing]++;
    if (q.timing === 'late' && q.timeliness.days !== null) this.daysLate.push(q.timeliness.days);
    for (const item of q.items) {
      this.subQuestions++;
      this.statuses[item.status]++;
    }
    if (label !== null) {
      const byWording = this.wordings.get(language) ?? new Map<string, number>();
      byWording.set(label, (byWording.get(label) ?? 0) + 1);
      this.wordings.set(language, byWording);
    }
  }

  stats(): GroupStats {
    const days = [...this.daysLate].sort((a, b) => a - b);
    return {
      key: this.key,
      label: this.label(),
      questions: this.questions,
      subQuestions: this.subQuestions,
      statuses: { ...this.statuses },
      notAnswered: this.subQuestions - this.statuses.answered,
      timing: { ...this.timing },
      daysLate: { median: median(days), worst: days.length > 0 ? days[days.length - 1]! : null },
    };
  }

  /** The most frequent wording of each language, French before Dutch. */
  private label(): string | null {
    const languages = [...this.wordings.keys()].sort();
    const best = languages.map((lang) => [...this.wordings.get(lang)!].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]);
    const distinct = [...new Set(best)];
    return distinct.length > 0 ? distinct.join(' / ') : null;
  }
}

class Groups {
  private readonly tallies = new Map<string, GroupTally>();

  add(q: AuditQuestion, key: string, label: string | null, language = ''): void {
    let tally = this.tallies.get(key);
    if (!tally) {
      tally = new GroupTally(key);
      this.tallies.set(key, tally);
    }
    tally.add(q, key === '' ? null : label, language);
  }

  stats(): GroupStats[] {
    return [...this.tallies.values()].map((t) => t.stats());
  }
}

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Values with how often each comes, most first (ties in first-seen order). */
function countBy<T>(values: readonly T[]): Array<[T, number]> {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

function deflections(questions: readonly AuditQuestion[]): DeflectionCount[] {
  const counts = new Map<ReasonCode, DeflectionCount>();
  for (const q of questions) {
    for (const item of q.items) {
      // An item counts once per family, however many of its reasons name it.
      for (const code of new Set(item.reasons.map((r) => r.code))) {
        if (!code.startsWith('deflection-')) continue;
        const count = counts.get(code) ?? { code, subQuestions: 0, deflected: 0 };
        count.subQuestions++;
        if (item.status === 'deflected') count.deflected++;
        counts.set(code, count);
      }
    }
  }
  return [...counts.values()].sort((a, b) => b.subQuestions - a.subQuestions || a.code.localeCompare(b.code));
}

function citedQuestions(questions: readonly AuditQuestion[]): CitedQuestion[] {
  const cited = new Map<string, CitedQuestion>();
  for (const q of questions) {
    for (const item of q.items) {
      const id = item.refersTo?.kind === 'question' ? item.refersTo.questionId : undefined;
      if (!id) continue;
      const entry = cited.get(id) ?? { questionId: id, citations: 0, citedBy: [] };
      entry.citations++;
      const by = q.id ?? q.file;
      if (!entry.citedBy.includes(by)) entry.citedBy.push(by);
      cited.set(id, entry);
    }
  }
  return [...cited.values()].sort((a, b) => b.citations - a.citations || a.questionId.localeCompare(b.questionId, 'en', { numeric: true }));
}

function lateness(questions: readonly AuditQuestion[]): LatenessBin[] {
  const bins = LATENESS_BINS.map(([from, to]) => ({ from, to, questions: 0 }));
  for (const q of questions) {
    const days = q.timing === 'late' ? q.timeliness.days : null;
    if (days === null || days < 1) continue;
    const bin = bins.find((b) => days >= b.from && (b.to === null || days <= b.to));
    if (bin) bin.questions++;
  }
  return bins;
}
