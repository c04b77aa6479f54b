// Dates as the Senate prints them ("2 juin 2022", "1er juin 2022", "d.d. 2 juni 2022", "2/6/2022",
// "02-06-2022") turned into ISO yyyy-mm-dd.

import { LABELS, LANGUAGES } from './labels';

const MONTH_NUMBER = new Map<string, number>();
for (const lang of LANGUAGES) {
  LABELS[lang].months.forEach((names, i) => {
    for (const name of names) MONTH_NUMBER.set(name, i + 1);
  });
}
const MONTH_ALTERNATION = [...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join('|');

const NUMERIC = String.raw`(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})`;
const WORDED = String.raw`(\d{1,2})(?:er|re|e)?\s+(${MONTH_ALTERNATION})\s+(\d{4})`;
const DATE_SOURCE = `(?:${NUMERIC})|(?:${WORDED})`;

/** A fresh global regex for dates inside a longer text (callers own its lastIndex). */
export function dateRegex(flags = 'giu'): RegExp {
  return new RegExp(`(?<![\\d/.\\-])(?:${DATE_SOURCE})(?![\\d])`, flags);
}

/** The regex source of one date, for embedding in label patterns. */
export const DATE_PATTERN = `(?:${NUMERIC.replace(/\(/g, '(?:')})|(?:${WORDED.replace(/\((?!\?)/g, '(?:')})`;

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

function toIso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null; // 31/2 and the like
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first date in a text, with where it stands. */
export function findDate(text: string): FoundDate | null {
  const re = dateRegex();
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let iso: string | null;
    if (m[1] !== undefined) iso = toIso(Number(m[3]), Number(m[2]), Number(m[1]));
    else iso = toIso(Number(m[6]), MONTH_NUMBER.get(m[5]!.toLowerCase()) ?? 0, Number(m[4]));
    if (iso) return { iso, index: m.index, length: m[0].length };
  }
  return null;
}

/** ISO date of a text that is (mostly) a date: "du 2 juin 2022", "d.d. 2 juni 2022", "2/6/2022". */
export function parseDate(text: string): string | null {
  return findDate(text.normalize('NFC'))?.iso ?? null;
}
