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
  ],
  nl: [
    'welk', 'welke', 'hoeveel', 'hoe', 'waarom', 'wanneer', 'waar', 'wie', 'wat', 'kan', 'kunt', 'kunnen',
    'u', 'uw', 'meedelen', 'mededelen', 'vernomen', 'vernemen', 'graag', 'had', 'preciseren',
    'toelichten', 'bevestigen', 'aangeven', 'geven', 'overzicht', 'opgesplitst', 'opsplitsing', 'minister',
    'mevrouw', 'heer', 'vraag', 'vragen', 'antwoord', 'zo', 'ja', 'neen', 'nee', 'indien', 'voorkomend',
    'geval', 'gevallen', 'respectievelijk', 'onderstaande', 'volgende', 'bent', 'meent', 'denkt', 'plant',
    'overweegt', 'gaat', 'zal', 'zult', 'weten', 'laten', 'weet', 'gelieve', 'welgeteld', 'eventueel', 'eventuele',
  ],
};

/** Words for "doing something" that answers describe rather than repeat: "Quelles mesures allez-vous
 * prendre ?" is answered by what is done, seldom by the word "mesures". They are not evidence and do
 * not make an interrogative checkable. */
export const GENERIC_ACTION_WORDS: Record<'fr' | 'nl', readonly string[]> = {
  fr: ['mesure', 'mesures', 'prendre', 'prises', 'pris', 'entreprendre', 'entreprises', 'initiative', 'initiatives', 'démarche', 'démarches', 'action', 'actions', 'faire', 'allez', 'comptez', 'envisagez', 'présent'],
  nl: ['maatregel', 'maatregelen', 'nemen', 'genomen', 'ondernemen', 'ondernomen', 'initiatief', 'initiatieven', 'stappen', 'stap', 'actie', 'acties', 'doen', 'gedaan', 'zetten', 'gezet'],
};
