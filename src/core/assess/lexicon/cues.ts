// Refusal and pointer cues, as data. A cue family is met in a clause when every one of its concept
// groups has a word in that clause, in any order: "ik beschik niet over die cijfers", "die cijfers
// worden door mijn diensten niet bijgehouden" and "waarover wij geen gegevens hebben" all meet
// no-data (a negation + a data word + a holding word), whatever the person, tense or word order.
// A concept is a list of word prefixes on folded text ("bevoegd" covers bevoegd, bevoegdheid,
// bevoegdheden); "…$" asks for the whole word, a space joins words that must follow each other.
// The examples each family must and must not meet live in cue-examples.ts (tested, not shipped).

export type CueFamily =
  | 'no-data' // not recorded, not available, cannot be extracted
  | 'burden' // would need a manual search, disproportionate work
  | 'not-competent' // another minister's, government's or body's matter
  | 'ask-elsewhere' // put the question to someone else
  | 'secrecy' // inquiry, privacy, security, confidentiality
  | 'stalling' // under study, being discussed, premature
  | 'cannot-answer' // a plain "cannot answer / communicate"
  | 'point-answer' // "I refer to the answer given by …"
  | 'point-question' // another written or oral question, with its number
  | 'point-registry' // lodged at the registry, not published
  | 'point-website' // a website
  | 'point-document'; // a report, an annex, a circular in place of the answer

export const REFUSAL_FAMILIES: readonly CueFamily[] = ['no-data', 'burden', 'not-competent', 'ask-elsewhere', 'secrecy', 'stalling', 'cannot-answer'];
export const POINTER_FAMILIES: readonly CueFamily[] = ['point-answer', 'point-question', 'point-registry', 'point-website', 'point-document'];
export const CUE_FAMILIES: readonly CueFamily[] = [...REFUSAL_FAMILIES, ...POINTER_FAMILIES];

type Concepts = Record<string, readonly string[]>;

const NL: Concepts = {
  neg: ['niet$', 'geen$', 'niets$', 'nooit$', 'onmogelijk', 'onvoldoende', 'noch$'],
  data: ['cijfer', 'gegeven', 'statistiek', 'data$', 'informatie', 'telling', 'registratie', 'details$', 'opsplitsing', 'uitsplitsing', 'opdeling'],
  hold: ['beschik', 'voorhanden', 'bekend$', 'bijgehouden', 'bijhoud', 'geregistreerd', 'registreert', 'registreren', 'geteld', 'opgevolgd', 'opgeslagen', 'geïnventariseerd', 'geinventariseerd', 'verzameld', 'ingezameld', 'extraheren', 'geëxtraheerd', 'achterhalen', 'opgesplitst', 'uitgesplitst', 'onderscheid', 'apart$', 'afzonderlijk', 'hebben$', 'heb$', 'hebt$', 'heeft$', 'zijn$', 'is$', 'gekend'],
  cannot: ['kan niet', 'kunnen niet', 'kan ik niet', 'kunnen wij niet', 'kan geen', 'kunnen geen', 'niet mogelijk', 'onmogelijk', 'niet in staat', 'mag niet', 'mogen niet', 'is uitgesloten'],
  give: ['meedelen', 'mededelen', 'meegedeeld', 'medegedeeld', 'verstrekken', 'verstrekt', 'bezorgen', 'leveren', 'geven$', 'antwoorden', 'beantwoorden', 'bekendmaken', 'vrijgeven', 'uitspraak', 'uitspraken', 'commentaar', 'communiceren', 'openbaar'],
  competence: ['bevoegd', 'competentie', 'ressorteert', 'ressorteren', 'behoort tot', 'behoren tot', 'valt onder', 'vallen onder', 'valt buiten', 'vallen buiten', 'toebehoort', 'voogdijminister', 'onder de bevoegdheid'],
  other: ['collega', 'minister', 'staatssecretaris', 'gewest', 'gemeenschap', 'deelstat', 'regio', 'vlaamse', 'waalse', 'brusselse', 'federale overheidsdienst', 'fod$', 'parket', 'rechterlijke', 'onafhankelijk', 'college$', 'procureur'],
  askImperative: ['gelieve contact', 'gelieve zich', 'gelieve u', 'kan u zich wenden', 'kunt u zich wenden', 'u kan zich wenden', 'u kunt zich wenden', 'neem contact op', 'contact opnemen met', 'contact op te nemen', 'raad ik u aan', 'nodig ik u uit', 'wend u'],
  ask: ['stellen aan', 'richten aan', 'gericht aan', 'wenden tot', 'voorleggen aan', 'gesteld aan', 'verwijs u door', 'doorgestuurd', 'doorverwezen', 'contact op', 'contacteren'],
  secret: ['geheim', 'vertrouwelijk', 'privacy', 'persoonlijke levenssfeer', 'lopend onderzoek', 'lopende onderzoek', 'gerechtelijk onderzoek', 'gerechtelijke onderzoek', 'onderzoeksrechter', 'strafonderzoek', 'beroepsgeheim', 'staatsveiligheid', 'veiligheidsredenen', 'veiligheidsoverwegingen', 'classificatie', 'geclassificeerd', 'individuele dossiers', 'individuele gevallen'],
  study: ['onderzocht', 'bestudeerd', 'onderzoeken', 'bestuderen', 'geëvalueerd', 'geevalueerd', 'evalueren', 'evaluatie', 'overleg', 'analyse', 'geanalyseerd', 'bekeken', 'bekijken', 'nagegaan', 'nagaan', 'besproken', 'bespreking', 'denkoefening', 'reflectie', 'werkgroep', 'onderzoek$'],
  pending: ['momenteel', 'thans', 'nog niet', 'nog steeds', 'op dit ogenblik', 'op dit moment', 'voorlopig', 'lopende', 'binnenkort', 'later$', 'te gelegener tijd', 'in de toekomst', 'nog$'],
  premature: ['voorbarig', 'te vroeg', 'vooruit te lopen', 'vooruitlopen', 'nog geen beslissing', 'niet vooruit'],
  burden: ['manueel', 'manuele', 'handmatig', 'opzoekingswerk', 'opzoekingen', 'tijdrovend', 'onevenredig', 'disproportioneel', 'werklast', 'dossier per dossier', 'elk dossier', 'alle dossiers', 'één voor één', 'een voor een', 'niet automatisch'],
  refer: ['verwijs', 'verwijzen', 'verwezen', 'refereer', 'zie$', 'raadplegen', 'raadpleegbaar', 'terugvinden', 'terug te vinden', 'te vinden', 'vindt u', 'vindt het geachte lid', 'cf$', 'cfr$'],
  answer: ['antwoord'],
  question: ['vraag nr', 'vraag nummer', 'vragen nr', 'schriftelijke vraag', 'schriftelijke vragen', 'mondelinge vraag', 'mondelinge vragen', 'interpellatie', 'parlementaire vraag', 'vraag van', 'vragen van', 'zelfde vraag', 'dezelfde vraag', 'gelijkaardige vraag', 'identieke vraag', 'eerdere vraag', 'vorige vraag van'],
  registry: ['griffie', 'ter inzage', 'documentaire karakter', 'niet in het bulletin', 'niet opgenomen in het bulletin', 'rechtstreeks bezorgd', 'rechtstreeks overgemaakt', 'rechtstreeks toegestuurd'],
  website: ['www', 'http', 'website', 'webstek', 'webpagina', 'webpagina’s', 'internetsite', 'site$', 'portaal', 'online$', 'beschikbaar op'],
  // Reports and annexes pointed to; a table "hieronder" is the answer itself, not a pointer.
  document: ['verslag', 'rapport', 'jaarverslag', 'activiteitenverslag', 'publicatie', 'brochure', 'omzendbrief', 'circulaire', 'bijlage', 'bijgevoegd', 'studie', 'nota$', 'beleidsnota', 'algemene beleidsnota'],
};

const FR: Concepts = {
  neg: ['pas$', 'aucun', 'aucune', 'nullement', 'jamais', 'ni$', 'impossible', 'plus$', 'rien$', 'non$'],
  data: ['chiffre', 'donnée', 'donnee', 'statistique', 'information', 'relevé', 'releve', 'comptage', 'enregistrement', 'ventilation', 'répartition', 'détail'],
  hold: ['dispos', 'disponible', 'enregistr', 'recens', 'comptabilis', 'connu', 'tenu', 'tenue', 'conserv', 'collect', 'extraire', 'extraction', 'isoler', 'ventil', 'distingu', 'suivi', 'avons', 'ai$', 'a$', 'existe', 'existent'],
  cannot: ['ne peux', 'ne puis', 'ne peut', 'ne peuvent', 'ne pouvons', 'pas possible', 'impossible', 'pas en mesure', 'ne suis pas en mesure', 'ne saurais', 'ne m\'est pas possible', 'ne permet pas', 'ne permettent pas', 'exclu'],
  give: ['communiquer', 'communiqué', 'communique', 'fournir', 'transmettre', 'divulguer', 'divulgu', 'répondre', 'repondre', 'donner', 'préciser', 'commentaire', 'prononcer', 'rendre public', 'publier'],
  // "relever de" alone is "to come under" ("deux relèvent de l'Administration"): only with
  // compétence / attributions is it about who is competent.
  competence: ['compétence', 'competence', 'compétent', 'competent', 'attributions', 'ressortit', 'tutelle', 'ne relève pas', 'ne relèvent pas'],
  other: ['collègue', 'collegue', 'ministre', 'secrétaire', 'région', 'region', 'communauté', 'communaute', 'entités fédérées', 'entites federees', 'fédérées', 'flamande', 'wallonne', 'bruxelloise', 'service public fédéral', 'spf$', 'parquet', 'judiciaire', 'indépendant', 'collège', 'procureur'],
  askImperative: ['veuillez contacter', 'veuillez vous adresser', 'veuillez prendre contact', 'je vous invite à', 'je vous invite a', 'je vous suggère', 'je vous suggere', 'il convient de s\'adresser', 'vous pouvez vous adresser', 'vous pouvez contacter', 'adressez-vous'],
  ask: ['poser à', 'poser la question', 'adresser à', 'adresser la question', 's\'adresser', 'adressée à', 'adressee a', 'soumettre à', 'interroger', 'contacter', 'transmis', 'transmise'],
  secret: ['secret', 'confidenti', 'vie privée', 'vie privee', 'protection des données', 'enquête en cours', 'enquete en cours', 'enquête judiciaire', 'instruction', 'juge d\'instruction', 'information judiciaire', 'sûreté', 'surete', 'raisons de sécurité', 'classifi', 'dossiers individuels', 'cas individuels', 'cas particuliers'],
  study: ['examin', 'étudi', 'etudi', 'étude', 'etude', 'évalu', 'evalu', 'concertation', 'analys', 'réfléchi', 'reflechi', 'réflexion', 'reflexion', 'discussion', 'discut', 'groupe de travail', 'envisag'],
  pending: ['actuellement', 'en cours', 'pas encore', 'encore$', 'à l\'heure actuelle', 'a l\'heure actuelle', 'pour l\'instant', 'pour le moment', 'à ce stade', 'a ce stade', 'prochainement', 'ultérieurement', 'ulterieurement', 'le moment venu', 'à l\'avenir'],
  premature: ['prématuré', 'premature', 'trop tôt', 'trop tot', 'préjuger', 'prejuger', 'anticiper', 'pas encore été pris', 'aucune décision'],
  burden: ['manuel', 'manuelle', 'manuellement', 'longues recherches', 'recherches approfondies', 'recherches manuelles', 'fastidieu', 'disproportionn', 'charge de travail', 'dossier par dossier', 'chaque dossier', 'tous les dossiers', 'un par un', 'pas automatis'],
  refer: ['renvoie', 'renvoyer', 'renvoyons', 'réfère', 'refere', 'référer', 'referer', 'voir$', 'cf$', 'consulter', 'consultable', 'trouvera', 'trouverez', 'se trouve', 'se trouvent', 'disponible sur', 'disponibles sur'],
  answer: ['réponse', 'reponse'],
  question: ['question n', 'questions n', 'question écrite', 'question ecrite', 'questions écrites', 'question orale', 'questions orales', 'interpellation', 'question parlementaire', 'même question', 'meme question', 'question identique', 'question similaire', 'question analogue', 'question de'],
  registry: ['greffe', 'consulté au', 'consultee au', 'caractère documentaire', 'caractere documentaire', 'pas repris dans le bulletin', 'pas publié', 'pas publie', 'directement transmis', 'directement communiqué', 'directement envoyé'],
  website: ['www', 'http', 'site internet', 'site web', 'site$', 'page web', 'portail', 'en ligne', 'disponible sur'],
  document: ['rapport', 'publication', 'brochure', 'circulaire', 'annexe', 'ci-joint', 'ci-annexé', 'étude', 'note de politique', 'note$'],
};

/** A family is met when each group of concepts has one of its concepts in the clause (an "or"
 * inside a group, an "and" across groups). */
export interface CueRule {
  family: CueFamily;
  all: readonly (readonly string[])[];
  /** A concept that, present in the clause, vetoes the rule. */
  none?: readonly string[];
}

export const CUE_RULES: readonly CueRule[] = [
  { family: 'no-data', all: [['neg'], ['data'], ['hold']] },
  { family: 'no-data', all: [['cannot'], ['data']] },
  { family: 'burden', all: [['burden']] },
  { family: 'not-competent', all: [['competence'], ['other', 'neg']] },
  { family: 'ask-elsewhere', all: [['ask'], ['other']] },
  { family: 'ask-elsewhere', all: [['askImperative']] },
  { family: 'secrecy', all: [['secret']] },
  { family: 'stalling', all: [['study'], ['pending']] },
  { family: 'stalling', all: [['premature']] },
  { family: 'cannot-answer', all: [['cannot'], ['give']] },
  { family: 'point-answer', all: [['refer'], ['answer'], ['other', 'question']] },
  { family: 'point-question', all: [['question'], ['refer', 'answer']] },
  { family: 'point-registry', all: [['registry']] },
  { family: 'point-website', all: [['website']] },
  { family: 'point-document', all: [['refer'], ['document']] },
];

export const CONCEPTS: Record<'fr' | 'nl', Concepts> = { fr: FR, nl: NL };

/** The concepts both languages know, in a fixed order (the model's signals follow it). */
export const CONCEPT_NAMES = ['neg', 'data', 'hold', 'cannot', 'give', 'competence', 'other', 'ask', 'askImperative', 'secret', 'study', 'pending', 'premature', 'burden', 'refer', 'answer', 'question', 'registry', 'website', 'document'] as const;

/** A written question's number in a pointer: "vraag nr. 54-1234", "question n° 5-7879", "SV 5-6742",
 * "vraag nr. 242". */
export const QUESTION_NUMBER = /\b(?:vraag|vragen|question|questions|sv|qe|mv|qo)\s*(?:écrite\s+|ecrite\s+|orale\s+)?(?:nr\.?|n[°ºo]\.?|nummer)?\s*(\d{1,2}-\d{1,6}|\d{2,6})\b/iu;
