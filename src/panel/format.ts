// Dates and the timeliness verdict in the panel's language.

import type { Language, Timeliness } from '../core/model';
import { localeTag, type Translate } from './i18n';

/** "2 juin 2022" / "2 juni 2022" / "2 June 2022" from an ISO date; the input when unreadable. */
export function formatDate(iso: string | null, language: Language): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(localeTag(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

export type VerdictTone = 'good' | 'bad' | 'waiting' | 'unknown';

export function verdictText(t: Translate, timeliness: Timeliness): { text: string; tone: VerdictTone } {
  const days = timeliness.days;
  switch (timeliness.verdict) {
    case 'on-time':
      return {
        text: timeliness.answeredAfterDays !== null ? t('verdictOnTime', timeliness.answeredAfterDays) : t('verdictOnTimeNoDays'),
        tone: 'good',
      };
    case 'late':
      return { text: days !== null ? t('verdictLate', days) : t('verdictLate', '?'), tone: 'bad' };
    case 'overdue':
      return { text: days !== null ? t('verdictOverdue', days) : t('verdictOverdue', '?'), tone: 'bad' };
    case 'awaiting':
      return { text: days !== null ? t('verdictAwaiting', days) : t('verdictAwaitingNoDays'), tone: 'waiting' };
    case 'closed':
      return {
        text: timeliness.unansweredAfterDays !== null ? t('verdictClosed', timeliness.unansweredAfterDays) : t('verdictClosedNoDays'),
        tone: 'bad',
      };
    case 'lapsed':
      return {
        text: timeliness.unansweredAfterDays !== null ? t('verdictLapsed', timeliness.unansweredAfterDays) : t('verdictLapsedNoDays'),
        tone: 'bad',
      };
    default:
      return { text: t('verdictUnknown'), tone: 'unknown' };
  }
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number | null {
  const a = Date.parse(from + 'T00:00:00Z');
  const b = Date.parse(to + 'T00:00:00Z');
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return Math.round((b - a) / 86_400_000);
}

/** The first lines of a text for a collapsed card: up to `limit` characters, cut at a word. */
export function firstLines(text: string, limit = 180): { head: string; truncated: boolean } {
  const clean = text.trim();
  if (clean.length <= limit) return { head: clean, truncated: false };
  const cut = clean.lastIndexOf(' ', limit);
  return { head: clean.slice(0, cut > limit * 0.6 ? cut : limit).trimEnd() + '…', truncated: true };
}
