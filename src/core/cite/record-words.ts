// What a reference record says of its publisher, and the words of its note, per language: what a
// reference manager shows as the institution, the place, the kind of document, and the lines that
// say to whom the question was put and when it was answered. Each site fills them in its profile.

import type { Language } from '../model';

export interface RecordWords {
  /** The issuing body (CSL authority, RIS legislative body and publisher, BibTeX organization). */
  institution: string;
  place: string;
  /** The kind of document, as the site names it. */
  genre: string;
  /** The question's designation; also its title when the page gives no subject title. */
  designation: string;
  addressedTo: string;
  answeredOn: string;
  noAnswer: string;
  item: string;
  /** The session as a phrase. */
  session: string;
}

/** Language codes as reference managers store them (ISO 639-1) and as biblatex names them. */
export const LANGUAGE_CODES: Record<Language, { iso: string; babel: string }> = {
  fr: { iso: 'fr', babel: 'french' },
  nl: { iso: 'nl', babel: 'dutch' },
  en: { iso: 'en', babel: 'english' },
};
