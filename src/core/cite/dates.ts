import type { Language } from '../model';
import { MONTHS } from './templates';

/** "2022-06-02" → "2 juin 2022" / "2 juni 2022" / "2 June 2022"; "1er" for the first in French. */
export function formatLongDate(iso: string | null, language: Language): string | null {
  if (!iso) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const day = Number(match[3]);
  const month = MONTHS[language][Number(match[2]) - 1];
  if (!month) return iso;
  const dayText = language === 'fr' && day === 1 ? '1er' : String(day);
  return `${dayText} ${month} ${match[1]}`;
}
