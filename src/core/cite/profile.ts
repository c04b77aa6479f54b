// What a site tells the citation forms about itself. core/cite renders every form from a profile
// and knows no assembly: the Senate's (or any other site's) wording, legal style, publisher words,
// session calendar and record keys are the site's data, in its folder under src/sites/.

import type { Language } from '../model';
import type { RecordWords } from './record-words';
import type { CitationTemplates } from './templates';

/** When the assembly's sessions open, for the legal style's session ("2021-2022"). */
export interface SessionCalendar {
  /** Each ordinary session opens on the nth weekday of a month (0 = Sunday; month 1–12). */
  opensOn: { month: number; weekday: number; nth: number };
  /** Election days (ISO) after which a new assembly sits in an extraordinary session until the
   * next opening day. */
  elections: readonly string[];
}

export interface CitationProfile {
  /** The site's own wording of a question and of a sub-question (the "senate" form). */
  own: Record<Language, CitationTemplates>;
  /** The legal citation style of the site's country. */
  legal: Record<Language, CitationTemplates>;
  /** The publisher and the note's words for reference records. */
  record: Record<Language, RecordWords>;
  sessions: SessionCalendar;
  /** The start of a reference record's key: "senate" → "senate7-1649". */
  recordKeyPrefix: string;
}
