// The Senate as a publisher, and the words of a reference record's note, per language: what a
// reference manager shows as the institution, the place, the kind of document, and the lines
// that say to whom the question was put and when it was answered.

import type { Language } from '../model';

export interface RecordWords {
  /** The issuing body (CSL authority, RIS legislative body and publisher, BibTeX organization). */
  institution: string;
  place: string;
  /** The kind of document, as the Senate names it. */
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

export const RECORD_WORDS: Record<Language, RecordWords> = {
  fr: {
    institution: 'Sénat de Belgique',
    place: 'Bruxelles',
    genre: 'Question écrite',
    designation: 'Question écrite n° {id}',
    addressedTo: 'Question adressée à {addressee}',
    answeredOn: 'Réponse reçue le {answeredOn}',
    noAnswer: 'Pas de réponse publiée',
    item: 'Point {label}',
    session: 'session {session}',
  },
  nl: {
    institution: 'Belgische Senaat',
    place: 'Brussel',
    genre: 'Schriftelijke vraag',
    designation: 'Schriftelijke vraag nr. {id}',
    addressedTo: 'Vraag gericht aan {addressee}',
    answeredOn: 'Antwoord ontvangen op {answeredOn}',
    noAnswer: 'Geen antwoord gepubliceerd',
    item: 'Punt {label}',
    session: 'zitting {session}',
  },
  en: {
    institution: 'Belgian Senate',
    place: 'Brussels',
    genre: 'Written question',
    designation: 'Written question No {id}',
    addressedTo: 'Question addressed to {addressee}',
    answeredOn: 'Answer received on {answeredOn}',
    noAnswer: 'No answer published',
    item: 'Point {label}',
    session: 'session {session}',
  },
};

/** Language codes as reference managers store them (ISO 639-1) and as biblatex names them. */
export const LANGUAGE_CODES: Record<Language, { iso: string; babel: string }> = {
  fr: { iso: 'fr', babel: 'french' },
  nl: { iso: 'nl', babel: 'dutch' },
  en: { iso: 'en', babel: 'english' },
};
