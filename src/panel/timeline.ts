// The timeline strip's geometry: where asked, deadline and answered (or closed, or lapsed at the end
// of the legislature, or today) stand on a line, as fractions 0..1 of the span from the first date
// to the last.

import { daysBetween } from './format';
import { endOf } from '../core/assess/timeliness';

export type TimelinePointKind = 'asked' | 'deadline' | 'answered' | 'closed' | 'lapsed' | 'today';

export interface TimelinePoint {
  kind: TimelinePointKind;
  date: string;
  position: number;
}

export interface TimelineShape {
  points: TimelinePoint[];
  /** Fraction of the line past the deadline (late or overdue part), or null when none. */
  lateFrom: number | null;
}

export interface TimelineDates {
  askedOn: string | null;
  deadline: string | null;
  answeredOn: string | null;
  closedOn?: string | null;
  lapsedOn?: string | null;
}

export function timelineShape(dates: TimelineDates, today: string): TimelineShape | null {
  if (!dates.askedOn) return null;
  const ended = dates.answeredOn ? null : endOf(dates);
  const endKind: TimelinePointKind = dates.answeredOn ? 'answered' : ended ? ended.kind : 'today';
  const end = dates.answeredOn ?? ended?.on ?? today;
  const raw: { kind: TimelinePointKind; date: string }[] = [{ kind: 'asked', date: dates.askedOn }];
  if (dates.deadline) raw.push({ kind: 'deadline', date: dates.deadline });
  raw.push({ kind: endKind, date: end });

  const offsets = raw.map((p) => daysBetween(dates.askedOn!, p.date) ?? 0);
  const min = Math.min(...offsets);
  const max = Math.max(...offsets);
  const length = max - min || 1;
  // In date order, so that neighbours on the strip are neighbours in the list.
  const points = raw.map((p, i) => ({ ...p, position: (offsets[i]! - min) / length })).sort((a, b) => a.position - b.position);
  const deadline = points.find((p) => p.kind === 'deadline');
  const last = points.find((p) => p.kind === endKind)!;
  const lateFrom = deadline && last.position > deadline.position ? deadline.position : null;
  return { points, lateFrom };
}
