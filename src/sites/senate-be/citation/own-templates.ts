// The Senate's own wording of a written question, as its pages and the bulletin print it, kept as
// data. Placeholders in braces are filled from the question's metadata (core/cite citationFields); a
// bracketed segment "[…]" is dropped whole when a placeholder inside it is empty.

import type { Language } from '../../../core/model';
import type { CitationTemplates } from '../../../core/cite/templates';

export const OWN_TEMPLATES: Record<Language, CitationTemplates> = {
  fr: {
    question: 'Question écrite n° {id}[ de {author}][ ({party})][ du {askedOn}][ à {addressee}][, réponse reçue le {answeredOn}]',
    item: 'Question écrite n° {id}[ de {author}][ ({party})][ du {askedOn}], point {label}[, réponse reçue le {answeredOn}]',
  },
  nl: {
    question: 'Schriftelijke vraag nr. {id}[ van {author}][ ({party})][ d.d. {askedOn}][ aan {addressee}][, antwoord ontvangen op {answeredOn}]',
    item: 'Schriftelijke vraag nr. {id}[ van {author}][ ({party})][ d.d. {askedOn}], punt {label}[, antwoord ontvangen op {answeredOn}]',
  },
  en: {
    question: 'Written question No {id}[ by {author}][ ({party})][ of {askedOn}][ to {addressee}][, answer received on {answeredOn}]',
    item: 'Written question No {id}[ by {author}][ ({party})][ of {askedOn}], point {label}[, answer received on {answeredOn}]',
  },
};
