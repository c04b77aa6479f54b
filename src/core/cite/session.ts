// The parliamentary session a date falls in, by the site's session calendar: a session runs from
// its opening day to the day before the next one; after an election the new assembly sits in an
// extraordinary session until that day.

import type { Language } from '../model';
import type { SessionCalendar } from './profile';

export type ParliamentarySession =
  | { kind: 'ordinary'; startYear: number; endYear: number }
  | { kind: 'extraordinary'; year: number };

/** The `nth` `weekday` (0 = Sunday) of `month` (1–12) of `year`, as "yyyy-mm-dd". */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, nth: number): string {
  const weekdayOfFirst = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const first = 1 + ((weekday - weekdayOfFirst + 7) % 7);
  return `${year}-${String(month).padStart(2, '0')}-${String(first + 7 * (nth - 1)).padStart(2, '0')}`;
}

/** The day the ordinary session of `year` opens. */
export function openingDay(year: number, calendar: SessionCalendar): string {
  const { month, weekday, nth } = calendar.opensOn;
  return nthWeekdayOfMonth(year, month, weekday, nth);
}

/** The session of an ISO date ("2022-06-02" → 2021-2022), or null when the date is unreadable. */
export function parliamentarySession(iso: string | null, calendar: SessionCalendar): ParliamentarySession | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const year = Number(iso.slice(0, 4));
  const opening = openingDay(year, calendar);
  // ISO dates compare correctly as strings.
  if (iso >= opening) return { kind: 'ordinary', startYear: year, endYear: year + 1 };
  const election = calendar.elections.find((d) => d.startsWith(`${year}-`));
  if (election && iso >= election) return { kind: 'extraordinary', year };
  return { kind: 'ordinary', startYear: year - 1, endYear: year };
}

/** How legal citation writes a session: French "2021-2022" / "sess. extr. 2019"; Dutch
 * "2021-22" / "BZ 2019" (buitengewone zitting). */
export function formatSession(session: ParliamentarySession | null, language: Language): string | null {
  if (!session) return null;
  if (session.kind === 'extraordinary') {
    if (language === 'nl') return `BZ ${session.year}`;
    if (language === 'fr') return `sess. extr. ${session.year}`;
    return `extraordinary session ${session.year}`;
  }
  const end = language === 'nl' ? String(session.endYear).slice(-2) : String(session.endYear);
  return `${session.startYear}-${end}`;
}
