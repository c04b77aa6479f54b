// Citation wording per language, kept as data. Placeholders in braces are filled from the
// question's metadata (see fields.ts); a bracketed segment "[…]" is dropped whole when any
// placeholder inside it is empty, so that a question without a party or an answer still reads well.

import type { Language } from '../model';

export interface CitationTemplates {
  /** The whole question. */
  question: string;
  /** The same, for one sub-question. */
  item: string;
}

/** Words around the quoted texts of a sub-question citation. */
export const ITEM_WORDS: Record<Language, { question: string; answer: string; noAnswer: string }> = {
  fr: { question: 'Question', answer: 'Réponse', noAnswer: 'pas de réponse' },
  nl: { question: 'Vraag', answer: 'Antwoord', noAnswer: 'geen antwoord' },
  en: { question: 'Question', answer: 'Answer', noAnswer: 'no answer' },
};

export const MONTHS: Record<Language, readonly string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
