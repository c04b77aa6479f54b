// The Belgian parliamentary session a date falls in. The chambers meet by right every year on the
// second Tuesday of October (Constitution, art. 44), and a session runs from that day to the day
// before the next one; after a federal election the new chambers sit in an extraordinary session
// until that Tuesday.

import type { Language } from '../model';
import { FEDERAL_ELECTIONS } from './elections';

export type ParliamentarySession =
  | { kind: 'ordinary'; startYear: number; endYear: number }
  | { kind: 'extraordinary'; year: number };

/** The second Tuesday of October of `year`, as "yyyy-mm-dd". */
export function secondTuesdayOfOctober(year: number): string {
  const weekdayOfFirst = new Date(Date.UTC(year, 9, 1)).getUTCDay(); // 0 = Sunday, 2 = Tuesday
  const firstTuesday = 1 + ((2 - weekdayOfFirst + 7) % 7);
  return `${year}-10-${String(firstTuesday + 7).padStart(2, '0')}`;
}

/** The session of an ISO date ("2022-06-02" → 2021-2022), or null when the date is unreadable. */
export function parliamentarySession(iso: string | null): ParliamentarySession | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const year = Number(iso.slice(0, 4));
  const opening = secondTuesdayOfOctober(year);
  // ISO dates compare correctly as strings.
  if (iso >= opening) return { kind: 'ordinary', startYear: year, endYear: year + 1 };
  const election = FEDERAL_ELECTIONS.find((d) => d.startsWith(`${year}-`));
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
