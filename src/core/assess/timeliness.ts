// Whether the minister answered within the deadline the chronology states, from ISO dates only.

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

export function judgeTimeliness(meta: Pick<QuestionMeta, 'deadline' | 'answeredOn' | 'askedOn'>, today: string): Timeliness {
  const { deadline, answeredOn, askedOn } = meta;
  const answeredAfterDays = askedOn && answeredOn ? daysBetween(askedOn, answeredOn) : null;
  const after = answeredAfterDays === null ? '' : ` (${answeredAfterDays} days after it was asked)`;
  if (answeredOn) {
    if (!deadline) return { verdict: 'unknown', days: null, answeredAfterDays, reason: `Answered on ${answeredOn}${after}; no deadline is stated.` };
    const late = daysBetween(deadline, answeredOn);
    if (late === null) return { verdict: 'unknown', days: null, answeredAfterDays, reason: 'The dates could not be read.' };
    if (late <= 0) return { verdict: 'on-time', days: 0, answeredAfterDays, reason: `Answered on ${answeredOn}, within the deadline of ${deadline}${after}.` };
    return { verdict: 'late', days: late, answeredAfterDays, reason: `Answered on ${answeredOn}, ${plural(late)} after the deadline of ${deadline}${after}.` };
  }
  if (!deadline) return { verdict: 'unknown', days: null, answeredAfterDays: null, reason: 'No answer date and no deadline are stated.' };
  const left = daysBetween(today, deadline);
  if (left === null) return { verdict: 'unknown', days: null, answeredAfterDays: null, reason: 'The dates could not be read.' };
  if (left >= 0) return { verdict: 'awaiting', days: left, answeredAfterDays: null, reason: `No answer yet; ${plural(left)} left before the deadline of ${deadline}.` };
  return { verdict: 'overdue', days: -left, answeredAfterDays: null, reason: `No answer yet; ${plural(-left)} past the deadline of ${deadline}.` };
}

function plural(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}
