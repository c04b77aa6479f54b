// The Belgian legal citation of a written question and its answer, kept as data.
//
// The interuniversity "Guide des citations, références et abréviations juridiques" (Kluwer) and
// its Dutch counterpart "Juridische verwijzingen en afkortingen" cite parliamentary questions and
// answers by the Questions and Answers abbreviation, the assembly, the session and the number:
//   fr  Q.R., Sénat, 2021-2022, n° 7-1649 (…)
//   nl  Vr. en Antw. Senaat 2021-22, nr. 7-1649 (…)
// French separates every element with a comma and writes the session in full; Dutch puts the
// assembly and the session together without a comma and shortens the second year. The Senate no
// longer prints a bulletin whose issue and page could be cited, so the question's own number
// (legislature-number) identifies it, and the parenthesis says what the question has: its
// author and date, its addressee and the date of the answer. A sub-question is pinpointed after
// the parenthesis, where a page number would stand. The English form is our rendering of the same
// elements for an English-language reader; there is no Belgian English standard.

import type { Language } from '../../../core/model';
import type { CitationTemplates } from '../../../core/cite/templates';

export const LEGAL_TEMPLATES: Record<Language, CitationTemplates> = {
  fr: {
    question: 'Q.R., Sénat,[ {session},] n° {id} (question[ de {author}][ du {askedOn}][ à {addressee}][, réponse du {answeredOn}])',
    item: 'Q.R., Sénat,[ {session},] n° {id} (question[ de {author}][ du {askedOn}][ à {addressee}][, réponse du {answeredOn}]), point {label}',
  },
  nl: {
    question: 'Vr. en Antw. Senaat[ {session}], nr. {id} (vraag[ van {author}][ d.d. {askedOn}][ aan {addressee}][, antwoord d.d. {answeredOn}])',
    item: 'Vr. en Antw. Senaat[ {session}], nr. {id} (vraag[ van {author}][ d.d. {askedOn}][ aan {addressee}][, antwoord d.d. {answeredOn}]), punt {label}',
  },
  en: {
    question: 'Q. & A., Belgian Senate,[ {session},] No {id} (question[ by {author}][ of {askedOn}][ to {addressee}][, answer of {answeredOn}])',
    item: 'Q. & A., Belgian Senate,[ {session},] No {id} (question[ by {author}][ of {askedOn}][ to {addressee}][, answer of {answeredOn}]), point {label}',
  },
};
