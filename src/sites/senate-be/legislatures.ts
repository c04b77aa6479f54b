// The Senate's legislatures since the 1995 reform, as data: a question of a legislature that has
// ended, with no answer and not closed, has lapsed with it, whether or not its page says so.
// Start: the day of the elections; end: the day the Chambers were dissolved (the chronology's "Fin
// de la législature").

export interface Legislature {
  number: number;
  /** ISO. */
  start: string;
  /** ISO; null for the current legislature. */
  end: string | null;
}

export const LEGISLATURES: readonly Legislature[] = [
  { number: 1, start: '1995-06-13', end: '1999-05-13' },
  { number: 2, start: '1999-06-13', end: '2003-04-10' },
  { number: 3, start: '2003-05-18', end: '2007-05-02' },
  { number: 4, start: '2007-06-10', end: '2010-05-07' },
  { number: 5, start: '2010-06-13', end: '2014-04-28' },
  { number: 6, start: '2014-05-25', end: '2019-04-25' },
  { number: 7, start: '2019-05-26', end: '2024-05-09' },
  { number: 8, start: '2024-06-09', end: null },
];

export function legislature(number: number | null): Legislature | null {
  return LEGISLATURES.find((l) => l.number === number) ?? null;
}

/** The day a legislature ended, when it has ended by `today` (ISO); null otherwise. */
export function endedBy(number: number | null, today: string): string | null {
  const end = legislature(number)?.end ?? null;
  return end !== null && end <= today ? end : null;
}
