// The Senate as a publisher, and the words of a reference record's note, per language.

import type { Language } from '../../../core/model';
import type { RecordWords } from '../../../core/cite/record-words';

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
