// Words that make a sentence a question or a request but say nothing about its subject: they must not
// count as evidence that an answer addresses a question ("pouvez-vous préciser" is in no answer).

export const QUESTION_WORDS: Record<'fr' | 'nl', readonly string[]> = {
  fr: [
    'quel', 'quelle', 'quels', 'quelles', 'combien', 'comment', 'pourquoi', 'quand', 'où', 'lequel', 'laquelle',
    'lesquels', 'lesquelles', 'pouvez', 'pourriez', 'pouvez-vous', 'pourriez-vous', 'vous', 'votre', 'vos',
    'préciser', 'indiquer', 'communiquer', 'confirmer', 'souhaite', 'souhaiterais', 'voudrais', 'connaître',
    'savoir', 'estimez', 'estimez-vous', 'comptez', 'comptez-vous', 'envisagez', 'envisagez-vous', 'selon',
    'honorable', 'membre', 'ministre', 'madame', 'monsieur', 'échéant', 'affirmative', 'négative', 'oui',
    'non', 'détail', 'aperçu', 'ventilé', 'ventilés', 'ventilation', 'question', 'questions', 'réponse',
    'cas', 'également', 'encore', 'dès', 'lors', 'état', 'suivantes',
    // Participles of "donner" stem like "données" (data) but say nothing: "étant donné", "a donné".
    'donné', 'donnés', 'donnant', 'déjà', 'égard', 'actuellement', 'toujours',
    // Intensifiers ask for precision, not for a subject: "la situation précise", "exactement".
    // "ce type de rencontres" is about the meetings, not about a type.
    'type', 'types', 'genre', 'sorte',
    'précis', 'précise', 'précises', 'précisément', 'exact', 'exacte', 'exactement', 'concrètement', 'concret', 'concrète',
  ],
  nl: [
    'welk', 'welke', 'hoeveel', 'hoe', 'waarom', 'wanneer', 'waar', 'wie', 'wat', 'kan', 'kunt', 'kunnen',
    'u', 'uw', 'meedelen', 'mededelen', 'vernomen', 'vernemen', 'graag', 'had', 'preciseren',
    'toelichten', 'bevestigen', 'aangeven', 'geven', 'overzicht', 'opgesplitst', 'opsplitsing', 'minister',
    'mevrouw', 'heer', 'vraag', 'vragen', 'antwoord', 'zo', 'ja', 'neen', 'nee', 'indien', 'voorkomend',
    'geval', 'gevallen', 'respectievelijk', 'onderstaande', 'volgende', 'bent', 'meent', 'denkt', 'plant',
    'overweegt', 'gaat', 'zal', 'zult', 'weten', 'laten', 'weet', 'gelieve', 'welgeteld', 'eventueel', 'eventuele',
    'soort', 'soorten', 'dergelijk', 'dergelijke',
    'precies', 'precieze', 'exact', 'exacte', 'concreet', 'concrete',
  ],
};

/** Words for "doing something" that answers describe rather than repeat: "Quelles mesures allez-vous
 * prendre ?" is answered by what is done, seldom by the word "mesures". They are not evidence and do
 * not make an interrogative checkable. */
export const GENERIC_ACTION_WORDS: Record<'fr' | 'nl', readonly string[]> = {
  fr: ['mesure', 'mesures', 'prendre', 'prises', 'pris', 'entreprendre', 'entreprises', 'initiative', 'initiatives', 'démarche', 'démarches', 'action', 'actions', 'faire', 'allez', 'comptez', 'envisagez', 'présent'],
  nl: ['maatregel', 'maatregelen', 'nemen', 'genomen', 'ondernemen', 'ondernomen', 'initiatief', 'initiatieven', 'stappen', 'stap', 'actie', 'acties', 'doen', 'gedaan', 'zetten', 'gezet'],
};

/** Words that name the same thing in a question and its answer ("l'objectif de cette visite" —
 * "n'avait pas pour objet"). Only close, general equivalents; each group is stemmed as a whole. */
export const EQUIVALENTS: Record<'fr' | 'nl', readonly (readonly string[])[]> = {
  fr: [
    ['objectif', 'objet', 'but', 'finalité', 'visée'],
    ['raison', 'raisons', 'motif', 'motifs', 'motivation', 'cause', 'causes'],
    ['coût', 'coûts', 'prix', 'montant', 'frais', 'dépense', 'dépenses'],
    ['calendrier', 'délai', 'échéance', 'date', 'planning'],
    ['résultat', 'résultats', 'conclusion', 'conclusions', 'bilan'],
  ],
  nl: [
    ['doel', 'doelstelling', 'bedoeling', 'oogmerk'],
    ['reden', 'redenen', 'oorzaak', 'oorzaken', 'motivering', 'motief'],
    ['kost', 'kosten', 'kostprijs', 'prijs', 'bedrag', 'uitgave', 'uitgaven'],
    ['timing', 'termijn', 'tijdpad', 'datum', 'planning', 'kalender'],
    ['resultaat', 'resultaten', 'conclusie', 'conclusies', 'bevindingen'],
  ],
};
