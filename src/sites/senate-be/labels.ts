// Every word the Senate prints around a written question, in French and Dutch. The parser anchors
// on these texts only (never on markup), so a new spelling on the site is a change to this table.

export type PageLanguage = 'fr' | 'nl';

/** Number signs the site has used between the label and the number ("n°", "nº", "no", "nr.", "n."). */
export const NUMBER_SIGN = String.raw`(?:n\s?°|nº|n\s?o\.?|nr\.?|n\.)`;

/** A question id as printed: legislature, hyphen, number ("7-1649"). */
export const QUESTION_ID = String.raw`(\d{1,2})\s*-\s*(\d{1,5})`;

export interface LanguageLabels {
  /** Heading words before the number sign. */
  heading: string;
  /** Prefix of the print version's heading ("SÉNAT Question écrite …"). */
  printHeadingPrefix: string;
  /** Word before the author(s) and before the date on the author line, as regular expressions
   * (either language's word: the Dutch print version may say "de Cécile Thibaut"). */
  authorPrefix: string;
  datePrefix: string;
  /** Words that open the addressee line; the value maps the opening word to what is kept. */
  addresseePrefixes: ReadonlyArray<readonly [string, string]>;
  /** Joins several authors ("Els Ampe et Karin Brouwers"). */
  authorJoin: string;
  chronology: string;
  sent: string;
  answered: string;
  closed: string[];
  /** The end of the legislature, when the question lapsed unanswered. */
  lapsed: string[];
  resubmitted: string[];
  deadline: string;
  alsoAskedTo: string;
  /** "question écrite" as it stands before a cross-referenced id. */
  questionWord: string;
  /** Label before the question text: "Question n° 7-1649 du …". */
  questionLabel: string;
  /** Label before the answer: "Réponse reçue le …". */
  answerLabel: string;
  /** The answer label's words, as a regular expression tolerating the site's variants
   * ("Réponse reçue le", "Réponse du", "Antwoord ontvangen op", "Antwoord d.d."). */
  answerLabelPattern: string;
  /** "(Question posée en néerlandais)" → language the question was put in. */
  originalLanguage: ReadonlyArray<readonly [string, PageLanguage]>;
  months: readonly string[][];
  printLinks: string[];
}

export const LABELS: Record<PageLanguage, LanguageLabels> = {
  fr: {
    heading: 'Question écrite',
    printHeadingPrefix: '(?:SÉNAT|SENAT)',
    authorPrefix: '(?:de|van)',
    datePrefix: String.raw`(?:du|d\.d\.)`,
    addresseePrefixes: [
      ['à', ''],
      ['au', 'le '],
      ['aux', 'les '],
    ],
    authorJoin: 'et',
    chronology: 'Chronologie',
    sent: 'Envoi question',
    answered: 'Réponse',
    closed: ['Dossier clôturé', 'Dossier cloturé', 'Dossier clos'],
    lapsed: ['Fin de la législature', 'Fin de législature'],
    resubmitted: ['Redéposée comme', 'Redéposé comme', 'Réintroduite en tant que', 'Réintroduit en tant que'],
    deadline: 'Fin du délai de réponse',
    alsoAskedTo: 'Aussi posée à',
    questionWord: 'question écrite',
    questionLabel: 'Question',
    answerLabel: 'Réponse reçue le',
    answerLabelPattern: String.raw`R[ée]ponse(?:[^\S\n]+re[çc]ue)?(?:[^\S\n]+(?:le|du|d\.d\.|op))?`,
    originalLanguage: [
      ['Question posée en néerlandais', 'nl'],
      ['Question posée en français', 'fr'],
    ],
    months: [
      ['janvier'], ['février', 'fevrier'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'],
      ['août', 'aout'], ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre'],
    ],
    printLinks: ['Version à imprimer bilingue', 'Version à imprimer unilingue'],
  },
  nl: {
    heading: 'Schriftelijke vraag',
    printHeadingPrefix: 'SENAAT',
    authorPrefix: '(?:van|de)',
    datePrefix: String.raw`(?:d\.d\.|du)`,
    addresseePrefixes: [['aan', '']],
    authorJoin: 'en',
    chronology: 'Chronologie',
    sent: 'Verzending vraag',
    answered: 'Antwoord',
    closed: ['Dossier gesloten'],
    lapsed: ['Einde van de zittingsperiode', 'Einde van de legislatuur', 'Einde zittingsperiode'],
    resubmitted: ['Heringediend als', 'Opnieuw ingediend als'],
    deadline: 'Einde van de antwoordtermijn',
    alsoAskedTo: 'Ook gesteld aan',
    questionWord: 'schriftelijke vraag',
    questionLabel: 'Vraag',
    answerLabel: 'Antwoord ontvangen op',
    answerLabelPattern: String.raw`Antwoord(?:[^\S\n]+ontvangen)?(?:[^\S\n]+(?:op|d\.d\.|le|du))?`,
    originalLanguage: [
      ['Vraag gesteld in het Frans', 'fr'],
      ['Vraag gesteld in het Nederlands', 'nl'],
    ],
    months: [
      ['januari'], ['februari'], ['maart'], ['april'], ['mei'], ['juni'], ['juli'], ['augustus'],
      ['september'], ['oktober'], ['november'], ['december'],
    ],
    printLinks: ['Tweetalige printerversie', 'Eentalige printerversie'],
  },
};

export const LANGUAGES: readonly PageLanguage[] = ['fr', 'nl'];

/** Whole lines that belong to the site's frame (menus, footer), never to a question or answer. */
export const SITE_CHROME_LINES: readonly string[] = [
  'Contact', 'Accueil', 'Home', 'Sénat de Belgique', 'Belgische Senaat', 'Senat de Belgique',
  'Plan du site', 'Sitemap', 'Haut de page', 'Naar boven', 'Retour', 'Terug', 'Disclaimer',
  'Vie privée', 'Privacy', 'Imprimer', 'Afdrukken', 'Nederlands', 'Français', 'English', 'Deutsch',
];

export type EventLabelKind = 'sent' | 'answered' | 'closed' | 'lapsed' | 'resubmitted';

/** Chronology kinds by label, checked in this order: "Réponse" last, since other rows may name it
 * ("Fin du délai de réponse"). */
export const EVENT_KIND_LABELS: ReadonlyArray<readonly [EventLabelKind, string]> = [
  ...LANGUAGES.flatMap((lang): (readonly [EventLabelKind, string])[] => {
    const l = LABELS[lang];
    return [
      ['sent', l.sent],
      ...l.closed.map((x) => ['closed', x] as const),
      ...l.lapsed.map((x) => ['lapsed', x] as const),
      ...l.resubmitted.map((x) => ['resubmitted', x] as const),
    ];
  }),
  ...LANGUAGES.map((lang) => ['answered', LABELS[lang].answered] as const),
];
