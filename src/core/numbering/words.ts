// Word lists the numbering scanner relies on, kept as data so a new phrasing is one line here and
// not a change in the scanner.

/** Ordinal words (and the short written forms) → the number they stand for. Lower case. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  // French
  premier: 1, première: 1, premiere: 1, '1er': 1, '1re': 1, '1ère': 1,
  deuxième: 2, deuxieme: 2, second: 2, seconde: 2, '2e': 2, '2ème': 2, '2de': 2,
  troisième: 3, troisieme: 3, '3e': 3, '3ème': 3,
  quatrième: 4, quatrieme: 4, '4e': 4, '4ème': 4,
  cinquième: 5, cinquieme: 5, '5e': 5, '5ème': 5,
  sixième: 6, sixieme: 6, '6e': 6, '6ème': 6,
  septième: 7, septieme: 7, '7e': 7, '7ème': 7,
  huitième: 8, huitieme: 8, '8e': 8, '8ème': 8,
  neuvième: 9, neuvieme: 9, '9e': 9, '9ème': 9,
  dixième: 10, dixieme: 10, '10e': 10, '10ème': 10,
  onzième: 11, onzieme: 11,
  douzième: 12, douzieme: 12,
  treizième: 13, treizieme: 13,
  quatorzième: 14, quatorzieme: 14,
  quinzième: 15, quinzieme: 15,
  seizième: 16, seizieme: 16,
  'dix-septième': 17, 'dix-septieme': 17,
  'dix-huitième': 18, 'dix-huitieme': 18,
  'dix-neuvième': 19, 'dix-neuvieme': 19,
  vingtième: 20, vingtieme: 20,
  // Dutch
  eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6, zevende: 7, achtste: 8,
  negende: 9, tiende: 10, elfde: 11, twaalfde: 12, dertiende: 13, veertiende: 14,
  vijftiende: 15, zestiende: 16, zeventiende: 17, achttiende: 18, negentiende: 19,
  twintigste: 20,
  '1ste': 1, '3de': 3, '4de': 4, '5de': 5, '6de': 6, '7de': 7, '8ste': 8, '9de': 9,
};

/** Ordinal adverbs that open a point on their own ("Premièrement, …", "Ten tweede …"). */
export const ORDINAL_ADVERBS: Readonly<Record<string, number>> = {
  premièrement: 1, premierement: 1, deuxièmement: 2, deuxiemement: 2, secundo: 2, primo: 1,
  troisièmement: 3, troisiemement: 3, tertio: 3, quatrièmement: 4, quatriemement: 4,
  cinquièmement: 5, cinquiemement: 5, sixièmement: 6, sixiemement: 6,
  septièmement: 7, septiemement: 7, huitièmement: 8, huitiemement: 8,
  neuvièmement: 9, neuviemement: 9, dixièmement: 10, dixiemement: 10,
};

/** Words that end with a full stop without ending a sentence, so a number after them is not a
 * marker ("art. 3.", "p. 12.", "nr. 5"). Lower case, without the stop. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'art', 'arts', 'p', 'pp', 'blz', 'nr', 'nrs', 'no', 'nos', 'cf', 'vol', 'par', 'réf',
  'ref', 'ibid', 'cit', 'bijv', 'bv', 'vb', 'o.a', 'm.b.t', 'i.v.m', 'ca', 'resp',
  'vgl', 'zgn', 'dhr', 'mevr', 'mr', 'mme', 'mlle', 'dr', 'prof', 'st', 'ste', 'min', 'max',
  'chap', 'hfdst', 'hoofdst', 'fig', 'tab', 'tabl', 'ann', 'b.s', 'm.b', 'j.o', 'pb', 'doc',
  'parl', 'sess', 'env', 'approx', 'c.-à-d', 'cass', 'vs', 'juncto', 'jo', 'éd', 'rn',
  'k.b', 'a.r', 'sw', 'sv', 'pt', 'pts',
]);

/** Month names: "1er janvier" or "1° juillet" opens a date, not a list. */
export const MONTHS: ReadonlySet<string> = new Set([
  'janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout',
  'septembre', 'octobre', 'novembre', 'décembre', 'decembre',
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
  'oktober', 'november', 'december',
]);

/** Words joining numbers into a group ("1 et 2", "1, 2 en 3") or a range ("1 à 3", "1 tot 3"). */
export const GROUP_WORDS: ReadonlySet<string> = new Set(['et', 'en', 'and', '&', '+']);
export const RANGE_WORDS: ReadonlySet<string> = new Set(['à', 'a', 'tot', 't/m', 'au']);

/**
 * Phrases that name a sub-question by words. Each is a case-insensitive regular expression that
 * must match right at a block or sentence start; the slot after it holds the label:
 * - `list`: a number list follows ("Vraag 1", "Questions 1 à 3", "Ad 1 en 2"),
 * - `ordinal`: an ordinal word follows ("votre troisième", "uw eerste"),
 * and `after` is what may close the phrase behind the slot ("question", "vraag betreft").
 * Patterns are plain alternations without nested repetition, so they run in bounded time.
 */
export interface LabelPhrase {
  before: string;
  slot: 'list' | 'ordinal';
  after?: string;
}

const FR_LEAD = "(?:en réponse à|en reponse à|en réponse aux|réponse à|pour ce qui est de|pour ce qui concerne|en ce qui concerne|quant à|quant aux|concernant|s'agissant de|s’agissant de|au sujet de|à propos de)";
const NL_LEAD = '(?:in antwoord op|als antwoord op|antwoord op|met betrekking tot|wat betreft|inzake|betreffende|op)';

export const LABEL_PHRASES: readonly LabelPhrase[] = [
  // French, by number: "En réponse à la question 3", "Quant aux questions 1 et 2", "Question n° 1"
  { before: `${FR_LEAD} (?:la |votre |vos |les )?questions? (?:n[°º]|no\\.?|nr\\.?)? ?`, slot: 'list' },
  { before: '(?:la )?questions? (?:n[°º]|no\\.?|nr\\.?)? ?', slot: 'list' },
  { before: '(?:le )?points? ', slot: 'list' },
  // French, by ordinal: "En réponse à votre troisième question", "Pour ce qui est de la deuxième question"
  { before: `${FR_LEAD} (?:la |votre |vos |l[’'])?`, slot: 'ordinal', after: ' questions?' },
  { before: '(?:la |votre )?', slot: 'ordinal', after: ' question' },
  // Dutch, by number: "Vraag 1", "Vraag nr. 1", "Antwoord op vraag 1", "Wat vraag 2 betreft"
  { before: `${NL_LEAD} (?:de |uw )?(?:vraag|vragen|deelvraag|deelvragen) (?:nr\\.? ?)?`, slot: 'list' },
  { before: '(?:wat )?(?:de |uw )?(?:vraag|vragen|deelvraag|deelvragen) (?:nr\\.? ?)?', slot: 'list', after: '(?: betreft)?' },
  // Dutch, by ordinal: "Wat uw eerste vraag betreft", "Op uw derde vraag", "In antwoord op de tweede vraag"
  { before: `(?:wat |${NL_LEAD} )(?:de |uw )`, slot: 'ordinal', after: ' (?:deel)?vra(?:ag|gen)(?: betreft)?' },
  { before: '(?:de |uw )', slot: 'ordinal', after: ' (?:deel)?vraag(?: betreft)?' },
  // Both: "Ad 1", "Ad vraag 1", "Sub 1"
  { before: 'ad (?:vraag |vragen |question |questions |la question |punt |point )?', slot: 'list' },
  { before: 'sub ', slot: 'list' },
  { before: 'punt(?:en)? ', slot: 'list' },
  { before: 'ten ', slot: 'ordinal' },
];
