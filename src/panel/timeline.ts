// The timeline strip's geometry: where asked, deadline and answered (or closed, or lapsed at the end
// of the legislature, or today) stand on a line, as fractions 0..1 of the span from the first date
// to the last. On an old question (asked and its deadline years before today) or one answered on
// its deadline day, two dates nearly coincide: their dots are then kept MIN_DOT_GAP apart, and the
// label of a point close to its neighbour goes above the line instead of below, so every point
// keeps its dot and its label.

import { daysBetween } from './format';
import { endOf } from '../core/assess/timeliness';

export type TimelinePointKind = 'asked' | 'deadline' | 'answered' | 'closed' | 'lapsed' | 'today';

export type TimelineLane = 'below' | 'above';

export interface TimelinePoint {
  kind: TimelinePointKind;
  date: string;
  /** Where the dot stands, 0..1: the date's place on the span, moved by at most MIN_DOT_GAP so that
   * no two dots overlap. */
  position: number;
  /** Where its label stands: below the line, or above it when a neighbour's label would cover it. */
  lane: TimelineLane;
}

/** Dots are 12 px wide on a strip of 250 px or more. */
export const MIN_DOT_GAP = 0.06;
/** A label and its short date take up to about 45 px, anchored inwards at the ends. */
export const MIN_LABEL_GAP = 0.28;

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
  const placed = raw.map((p, i) => ({ ...p, offset: offsets[i]!, position: (offsets[i]! - min) / length })).sort((a, b) => a.position - b.position);
  const positions = spread(placed.map((p) => p.position));
  const lanes = laneOf(positions);
  const points: TimelinePoint[] = placed.map((p, i) => ({ kind: p.kind, date: p.date, position: positions[i]!, lane: lanes[i]! }));
  const deadlineAt = placed.findIndex((p) => p.kind === 'deadline');
  const last = placed.find((p) => p.kind === endKind)!;
  // Late when the end comes after the deadline's day (not when the dots were only moved apart).
  const lateFrom = deadlineAt >= 0 && last.offset > placed[deadlineAt]!.offset ? positions[deadlineAt]! : null;
  return { points, lateFrom };
}

/** Positions in order, each at least MIN_DOT_GAP from the next, the first and last kept where they
 * are (0 and 1) when the strip has room. */
function spread(positions: number[]): number[] {
  const out = [...positions];
  const n = out.length;
  if (n < 2 || (n - 1) * MIN_DOT_GAP > 1) return out;
  for (let i = 1; i < n; i++) out[i] = Math.max(out[i]!, out[i - 1]! + MIN_DOT_GAP);
  out[n - 1] = Math.min(out[n - 1]!, 1);
  for (let i = n - 2; i >= 0; i--) out[i] = Math.min(out[i]!, out[i + 1]! - MIN_DOT_GAP);
  return out.map((p) => Math.max(0, Math.min(1, p)));
}

/** Below unless the last label below is too close; then above, unless that one is closer still. */
function laneOf(positions: number[]): TimelineLane[] {
  const lastIn: Record<TimelineLane, number> = { below: -Infinity, above: -Infinity };
  return positions.map((p) => {
    const below = p - lastIn.below;
    const above = p - lastIn.above;
    const lane: TimelineLane = below >= MIN_LABEL_GAP || below >= above ? 'below' : 'above';
    lastIn[lane] = p;
    return lane;
  });
}
