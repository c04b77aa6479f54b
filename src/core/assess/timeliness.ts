// What happened to the question, from ISO dates only: answered on time or N days late, awaiting
// (N days left) or overdue by N days, or closed / lapsed at the end of the legislature without an
// answer. The lateness of a closed or lapsed question is counted to the day it was closed or
// lapsed, not to today: nothing more could come after it.

import type { QuestionMeta, Timeliness } from '../model';

const DAY = 86_400_000;

export function daysBetween(from: string, to: string): number | null {
  const a = parseIso(from);
  const b = parseIso(to);
  if (a === null || b === null) return null;
  return Math.round((b - a) / DAY);
}

function parseIso(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : t;
}

export type TimelinessFacts = Pick<QuestionMeta, 'deadline' | 'answeredOn' | 'askedOn'> &
  Partial<Pick<QuestionMeta, 'closedOn' | 'lapsedOn' | 'resubmittedAs' | 'legislature'>>;

export function judgeTimeliness(meta: TimelinessFacts, today: string): Timeliness {
  const { deadline, answeredOn, askedOn } = meta;
  const answeredAfterDays = askedOn && answeredOn ? daysBetween(askedOn, answeredOn) : null;
  const after = answeredAfterDays === null ? '' : ` (${answeredAfterDays} days after it was asked)`;
  if (answeredOn) {
    const base = { answeredAfterDays, unansweredAfterDays: null };
    if (!deadline) return { verdict: 'unknown', days: null, ...base, reason: `Answered on ${answeredOn}${after}; no deadline is stated.` };
    const late = daysBetween(deadline, answeredOn);
    if (late === null) return { verdict: 'unknown', days: null, ...base, reason: 'The dates could not be read.' };
    if (late <= 0) return { verdict: 'on-time', days: 0, ...base, reason: `Answered on time, on ${answeredOn}, within the deadline of ${deadline}${after}.` };
    return { verdict: 'late', days: late, ...base, reason: `Answered ${plural(late)} late, on ${answeredOn}, after the deadline of ${deadline}${after}.` };
  }

  const ended = endOf(meta);
  if (ended) {
    const unansweredAfterDays = askedOn ? daysBetween(askedOn, ended.on) : null;
    const pastDeadline = deadline ? daysBetween(deadline, ended.on) : null;
    const days = pastDeadline === null ? null : Math.max(0, pastDeadline);
    const lateness =
      pastDeadline === null ? (deadline ? '' : '; no deadline is stated') : pastDeadline > 0 ? `, ${plural(pastDeadline)} past the deadline of ${deadline}` : `, before the deadline of ${deadline}`;
    const resubmitted = meta.resubmittedAs ? `; resubmitted as ${meta.resubmittedAs}` : '';
    const reason =
      ended.kind === 'closed'
        ? `Closed on ${ended.on} without an answer${unansweredAfterDays === null ? '' : `, ${plural(unansweredAfterDays)} after it was sent`}${lateness}${resubmitted}.`
        : `Lapsed at the end of the ${meta.legislature ? `${ordinal(meta.legislature)} legislature` : 'legislature'} (${ended.on}), unanswered${unansweredAfterDays === null ? '' : ` after ${plural(unansweredAfterDays)}`}${lateness}${resubmitted}.`;
    return { verdict: ended.kind, days, answeredAfterDays: null, unansweredAfterDays, reason };
  }

  const none = { answeredAfterDays: null, unansweredAfterDays: null };
  if (!deadline) return { verdict: 'unknown', days: null, ...none, reason: 'No answer date and no deadline are stated.' };
  const left = daysBetween(today, deadline);
  if (left === null) return { verdict: 'unknown', days: null, ...none, reason: 'The dates could not be read.' };
  if (left >= 0) return { verdict: 'awaiting', days: left, ...none, reason: `Awaiting an answer, ${plural(left)} left before the deadline of ${deadline}.` };
  return { verdict: 'overdue', days: -left, ...none, reason: `Overdue by ${plural(-left)}: no answer yet, and the deadline of ${deadline} has passed.` };
}

/** The day the question stopped waiting for an answer, and how: the earlier of a closing and a lapse. */
export function endOf(meta: Partial<Pick<QuestionMeta, 'closedOn' | 'lapsedOn' | 'answeredOn'>>): { kind: 'closed' | 'lapsed'; on: string } | null {
  if (meta.answeredOn) return null;
  const { closedOn, lapsedOn } = meta;
  if (closedOn && (!lapsedOn || closedOn <= lapsedOn)) return { kind: 'closed', on: closedOn };
  if (lapsedOn) return { kind: 'lapsed', on: lapsedOn };
  return null;
}

function plural(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

/** "1st", "2nd", "3rd", "5th", "11th". */
function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
