// The ways a minister declines to answer, in French and Dutch, by family. Kept as data: each entry
// carries a real-sounding example that its test matches. Patterns run on folded text (lower case,
// apostrophes unified, see words.fold) and must stay linear: no nested quantifiers.
//
// `needs` marks phrases that are only a refusal beside a first-person refusal in the same sentence:
// "étant donné les enquêtes en cours" alone is an explanation, "je ne puis, vu l'enquête en cours,
// communiquer" is a refusal.

export type DeflectionFamily = 'no-data' | 'not-competent' | 'ask-elsewhere' | 'inquiry' | 'refer-elsewhere';

export interface DeflectionEntry {
  id: string;
  family: DeflectionFamily;
  language: 'fr' | 'nl';
  pattern: RegExp;
  needs?: 'first-person-refusal';
  example: string;
}

export const FAMILY_TEXT: Record<DeflectionFamily, string> = {
  'no-data': 'The answer says the information is not available.',
  'not-competent': 'The answer says the matter is outside the minister’s competence.',
  'ask-elsewhere': 'The answer sends the reader to ask someone else.',
  inquiry: 'The answer withholds information because of an ongoing inquiry or secrecy.',
  'refer-elsewhere': 'The answer refers to another answer or debate instead of answering.',
};

// A first-person refusal, for the entries that need one.
export const FIRST_PERSON_REFUSAL: Record<'fr' | 'nl', RegExp> = {
  fr: /\b(?:je ne (?:peux|puis|suis pas en mesure|saurais)|il (?:ne m'est|n'est) pas possible|je m'abstiens|ne (?:peut|peuvent) (?:pas )?être (?:communiqu|divulgu|rendu)|aucun commentaire)/u,
  nl: /\b(?:(?:kan|mag) ik (?:hierover |daarover |op dit ogenblik |momenteel )?(?:geen|niet|niets)|ik kan (?:hierover |daarover )?(?:geen|niet|niets)|kunnen (?:hierover )?geen (?:uitspraken|mededelingen|informatie)|(?:kan|mag) (?:hierover )?geen (?:informatie|commentaar|uitspraak)|niet (?:worden )?(?:meegedeeld|vrijgegeven|bekendgemaakt))/u,
};

export const DEFLECTIONS: readonly DeflectionEntry[] = [
  // — no data —
  { id: 'fr-aucune-information', family: 'no-data', language: 'fr', pattern: /\baucune (?:information|donnée|statistique)s? (?:n'est |ne sont )?(?:disponible|connue|n'est disponible)/u, example: 'Aucune information disponible.' },
  { id: 'fr-pas-de-chiffres', family: 'no-data', language: 'fr', pattern: /\bne (?:dispose|disposons|disposent) pas (?:de|des|d')\s?(?:chiffres|données|statistiques|informations)/u, example: 'Je ne dispose pas de chiffres à ce sujet.' },
  { id: 'fr-pas-disponible', family: 'no-data', language: 'fr', pattern: /\b(?:chiffres|données|statistiques|informations) (?:demandées? |demandés |précises )?ne sont pas (?:disponibles|connu|tenu|enregistr)/u, example: 'Les données demandées ne sont pas disponibles.' },
  { id: 'fr-pas-enregistre', family: 'no-data', language: 'fr', pattern: /\bne (?:fait|font) pas l'objet d'(?:un enregistrement|une comptabilisation|un relevé|un suivi statistique)/u, example: 'Ce type de faits ne fait pas l\'objet d\'un enregistrement spécifique.' },
  { id: 'fr-ne-peux-pas-repondre', family: 'no-data', language: 'fr', pattern: /\bje ne (?:peux|puis) (?:donc |dès lors |par conséquent )?(?:pas )?répondre (?:à|aux)/u, example: 'Je ne peux donc pas répondre à vos questions sur l\'évaluation.' },
  { id: 'fr-pas-possible-extraire', family: 'no-data', language: 'fr', pattern: /\b(?:il n'est pas possible|il est impossible) d'(?:extraire|obtenir|fournir|isoler) (?:ces|les|de tels) (?:chiffres|données|statistiques)/u, example: 'Il n\'est pas possible d\'extraire ces données de nos systèmes.' },
  { id: 'nl-geen-gegevens', family: 'no-data', language: 'nl', pattern: /\b(?:er zijn |ik beschik over |wij beschikken over |beschik ik over )?geen (?:cijfer|gegeven|statistiek)(?:s|en)? (?:beschikbaar|voorhanden|bekend)/u, example: 'Er zijn geen gegevens beschikbaar.' },
  { id: 'nl-niet-beschikbaar', family: 'no-data', language: 'nl', pattern: /\b(?:cijfers|gegevens|statistieken|informatie|data)(?: \p{L}+){0,3} (?:is|zijn) niet (?:beschikbaar|voorhanden|bekend)/u, example: 'Deze cijfers zijn niet beschikbaar.' },
  { id: 'nl-beschik-niet-over', family: 'no-data', language: 'nl', pattern: /\b(?:beschik|beschikt|beschikken) (?:ik |wij |we |de diensten |mijn diensten )?niet over (?:de |deze |die |dergelijke )?(?:\p{L}+ )?(?:cijfers|gegevens|statistieken|informatie)/u, example: 'Mijn administratie beschikt niet over deze gegevens.' },
  { id: 'nl-beschik-niet-over-nodige', family: 'no-data', language: 'nl', pattern: /\bniet over (?:de |deze )?(?:nodige|afzonderlijke|gevraagde|precieze) (?:cijfers|gegevens|statistieken)/u, example: 'Ik beschik niet over de nodige cijfers om op deze vraag te kunnen antwoorden.' },
  { id: 'nl-geen-statistieken-aan', family: 'no-data', language: 'nl', pattern: /\b(?:leggen|houden|legt|houdt) geen (?:statistieken|cijfers|gegevens) (?:aan|bij)\b/u, example: 'Mijn diensten leggen geen statistieken aan van het aantal elektronische facturen.' },
  { id: 'nl-kan-niet-antwoorden', family: 'no-data', language: 'nl', pattern: /\bkan (?:ik )?(?:derhalve |dus |daarom |bijgevolg )?(?:ik )?niet antwoorden op/u, example: 'Ik kan derhalve niet antwoorden op uw vragen betreffende de evaluatie.' },
  { id: 'nl-niet-bijgehouden', family: 'no-data', language: 'nl', pattern: /\bworden niet (?:apart |afzonderlijk |specifiek |centraal )?(?:bijgehouden|geregistreerd|geïnventariseerd)/u, example: 'Deze gegevens worden niet bijgehouden.' },
  { id: 'nl-niet-mogelijk-cijfers', family: 'no-data', language: 'nl', pattern: /\bhet is (?:technisch )?niet mogelijk (?:om )?(?:deze |die |dergelijke )?(?:cijfers|gegevens|statistieken)/u, example: 'Het is niet mogelijk om deze cijfers te bezorgen.' },

  // — not my competence —
  { id: 'fr-ne-releve-pas', family: 'not-competent', language: 'fr', pattern: /\bne (?:relève|relèvent) pas (?:de mes compétences|de ma compétence|de mes attributions|de la compétence)/u, example: 'Cette question ne relève pas de mes compétences.' },
  { id: 'fr-competence-collegue', family: 'not-competent', language: 'fr', pattern: /\b(?:relève|relèvent) (?:de la compétence|des compétences|des attributions) (?:de mon collègue|de ma collègue|du (?:vice-premier )?ministre|de la (?:vice-première )?ministre|des communautés|des régions|du secrétaire|de la secrétaire)/u, example: 'Cette matière relève de la compétence de mon collègue, le ministre de la Justice.' },
  { id: 'fr-releve-de-sa-competence', family: 'not-competent', language: 'fr', pattern: /\b(?:relève|relèvent|relevant) (?:en effet )?de (?:sa|leur) compétence|\brelevant de la compétence de ce(?:tte)? dernière?/u, example: 'La délivrance du permis de conduire relève en effet de sa compétence.' },
  { id: 'fr-pas-competent', family: 'not-competent', language: 'fr', pattern: /\bje ne suis pas compétente?\b/u, example: 'Je ne suis pas compétent pour cette matière.' },
  { id: 'nl-niet-bevoegd', family: 'not-competent', language: 'nl', pattern: /\b(?:behoort|behoren|valt|vallen) niet (?:tot|onder) (?:mijn|de) (?:bevoegdheid|bevoegdheden)/u, example: 'Deze aangelegenheid behoort niet tot mijn bevoegdheid.' },
  { id: 'nl-bevoegdheid-van', family: 'not-competent', language: 'nl', pattern: /\b(?:behoort|behoren|valt|vallen) (?:tot|onder) de (?:bevoegdheid|bevoegdheden) van (?:mijn collega|de minister|de staatssecretaris|de gemeenschappen|de gewesten)/u, example: 'Deze materie behoort tot de bevoegdheid van mijn collega, de minister van Justitie.' },
  { id: 'nl-onder-zijn-bevoegdheid', family: 'not-competent', language: 'nl', pattern: /\b(?:valt|vallen|behoort|behoren) (?:immers |namelijk )?(?:onder|tot) (?:zijn|haar|hun) bevoegdhe(?:id|den)/u, example: 'De wetgeving over het rijbewijs valt immers onder zijn bevoegdheid.' },
  { id: 'nl-ben-niet-bevoegd', family: 'not-competent', language: 'nl', pattern: /\bben ik niet bevoegd|\bik ben niet bevoegd/u, example: 'Voor deze vraag ben ik niet bevoegd.' },

  // — go ask elsewhere —
  { id: 'fr-veuillez-contacter', family: 'ask-elsewhere', language: 'fr', pattern: /\bveuillez (?:contacter|vous adresser|vous renseigner)/u, example: 'Veuillez contacter Child Focus.' },
  { id: 'fr-invite-interroger', family: 'ask-elsewhere', language: 'fr', pattern: /\bje vous invite (?:donc |dès lors )?à (?:interroger|contacter|vous adresser|adresser (?:cette|votre) question|poser (?:cette|votre) question)/u, example: 'Je vous invite à interroger mon collègue de la Justice.' },
  { id: 'fr-question-transmise', family: 'ask-elsewhere', language: 'fr', pattern: /\bquestion (?:de l'honorable membre )?(?:a été|est) (?:transmise|transférée) (?:à|au)/u, example: 'La question de l\'honorable membre a été transmise au ministre de l\'Intérieur.' },
  { id: 'nl-vraag-toegezonden', family: 'ask-elsewhere', language: 'nl', pattern: /\bvraag (?:van het geachte lid )?(?:wordt|werd|is) (?:toegezonden|doorgestuurd|overgemaakt) (?:aan|naar)/u, example: 'De vraag van het geachte lid wordt toegezonden aan de minister van Binnenlandse Zaken.' },
  { id: 'nl-vraag-tot-hem-richten', family: 'ask-elsewhere', language: 'nl', pattern: /\bdat u uw vraag (?:\p{L}+ ){0,3}richt\b/u, example: 'Aangezien die dienst onder zijn bevoegdheid valt, stel ik voor dat u uw vraag tot hem richt.' },
  { id: 'fr-question-a-poser', family: 'ask-elsewhere', language: 'fr', pattern: /\b(?:cette|la) question (?:doit|devrait) être (?:posée|adressée) (?:à|au)/u, example: 'Cette question doit être posée au ministre de la Justice.' },
  { id: 'nl-contact-opnemen', family: 'ask-elsewhere', language: 'nl', pattern: /\bgelieve (?:contact op te nemen met|zich te wenden tot|u te wenden tot|de vraag te stellen aan)/u, example: 'Gelieve contact op te nemen met Child Focus.' },
  { id: 'nl-vraag-stellen-aan', family: 'ask-elsewhere', language: 'nl', pattern: /\b(?:het geachte lid|u) (?:wordt verzocht|kan|wordt uitgenodigd) (?:zich|de vraag|deze vraag|uw vraag)? ?(?:te )?(?:richten|stellen|wenden) (?:tot|aan)/u, example: 'Het geachte lid kan deze vraag stellen aan de minister van Justitie.' },
  { id: 'nl-vraag-richten-aan', family: 'ask-elsewhere', language: 'nl', pattern: /\b(?:deze|de|uw) vraag (?:dient|moet|kan best) (?:te worden |worden )?(?:gericht|gesteld) (?:aan|tot)/u, example: 'Deze vraag dient te worden gericht aan mijn collega van Justitie.' },

  // — ongoing inquiry, secrecy —
  { id: 'fr-secret-instruction', family: 'inquiry', language: 'fr', pattern: /\bsecret (?:de l'instruction|de l'enquête|professionnel)/u, example: 'Ces éléments sont couverts par le secret de l\'instruction.' },
  { id: 'fr-enquete-en-cours', family: 'inquiry', language: 'fr', pattern: /\b(?:enquête|instruction|information judiciaire|procédure judiciaire)s?\b[^.?!]{0,40}?\b(?:en cours|pendantes?)\b/u, needs: 'first-person-refusal', example: 'Vu l\'enquête en cours, je ne peux pas communiquer de détails.' },
  { id: 'nl-geheim-onderzoek', family: 'inquiry', language: 'nl', pattern: /\bgeheim van het (?:onderzoek|gerechtelijk onderzoek|strafonderzoek)/u, example: 'Deze gegevens vallen onder het geheim van het onderzoek.' },
  { id: 'nl-lopend-onderzoek', family: 'inquiry', language: 'nl', pattern: /\b(?:lopend|lopende|hangend|hangende) (?:gerechtelijk |gerechtelijke |strafrechtelijk )?(?:onderzoek|procedure|dossier)/u, needs: 'first-person-refusal', example: 'Gelet op het lopend onderzoek kan ik hierover geen informatie geven.' },

  // — refer to a debate or another answer —
  { id: 'fr-renvoie-honorable-membre', family: 'refer-elsewhere', language: 'fr', pattern: /\bje (?:renvoie|me permets de renvoyer) l'honorable (?:membre|sénat(?:eur|rice)) (?:à|au|aux|vers)/u, example: 'Je renvoie l\'honorable membre à ma réponse à la question écrite n° 7-123.' },
  { id: 'fr-je-vous-renvoie', family: 'refer-elsewhere', language: 'fr', pattern: /\bje vous (?:renvoie|réfère) (?:à|au|aux|vers)/u, example: 'Je vous renvoie à ma réponse à la question orale du 12 mai.' },
  { id: 'fr-me-refere', family: 'refer-elsewhere', language: 'fr', pattern: /\bje me (?:réfère|permets de me référer) (?:à|au|aux) (?:ma|la) réponse (?:à|donnée)/u, example: 'Je me réfère à ma réponse donnée à la question n° 55-321.' },
  { id: 'nl-verwijs-antwoord', family: 'refer-elsewhere', language: 'nl', pattern: /\b(?:ik )?verwijs (?:u |het geachte lid )?(?:graag )?naar (?:mijn|het) antwoord op (?:de )?(?:schriftelijke |mondelinge )?vraag (?:nr|nummer)/u, example: 'Ik verwijs naar mijn antwoord op vraag nr. 7-1234.' },
  { id: 'nl-verwijs-u-naar', family: 'refer-elsewhere', language: 'nl', pattern: /\b(?:ik verwijs|verwijs ik|kan ik|wens ik) (?:u|het geachte lid|het geachte senaatslid) (?:graag )?(?:naar|te verwijzen naar|verwijzen naar)/u, example: 'Ik verwijs u naar het antwoord van de minister van Justitie.' },
  { id: 'nl-verwijs-ik-u-collega', family: 'refer-elsewhere', language: 'nl', pattern: /\bverwijs ik u (?:graag )?naar mijn collega/u, example: 'Voor meer informatie over de timing verwijs ik u naar mijn collega van Justitie.' },
  { id: 'nl-verwijs-naar-antwoord', family: 'refer-elsewhere', language: 'nl', pattern: /\b(?:verwijs (?:ik )?(?:daarom |dan ook |hiervoor |dus |derhalve |bijgevolg |daarvoor )?|wens ik te verwijzen |wordt (?:er )?verwezen |er wordt verwezen )naar (?:mijn|het|de) antwoord(?:en)?\b/u, example: 'Ik verwijs daarom naar het antwoord dat wordt gegeven door de bevoegde ministers.' },
  { id: 'nl-verwijs-debat', family: 'refer-elsewhere', language: 'nl', pattern: /\bverwijs (?:u |het geachte lid )?(?:graag )?naar (?:het debat|de bespreking|de besprekingen|het verslag|de commissie|de voorstelling)/u, example: 'Ik verwijs naar het debat in de commissie voor de Binnenlandse Zaken.' },
  // — formulas found in the Chamber answers and the dev set (never the check set) —
  { id: 'nl-wordt-verwezen-naar-antwoord', family: 'refer-elsewhere', language: 'nl', pattern: /\b(?:wordt|werd) (?:er )?(?:dan ook |hiervoor |daarvoor |hierbij )?verwezen naar (?:het |mijn )?(?:reeds (?:gegeven |verstrekte )?)?antwoord/u, example: 'Er wordt verwezen naar het reeds gegeven antwoord op de vragen vanwege de heren De Roover en Dewinter.' },
  { id: 'nl-wordt-verwezen-naar-deelstaten', family: 'not-competent', language: 'nl', pattern: /\b(?:wordt|werd) (?:er )?(?:dan ook |hiervoor |daarvoor )?verwezen naar de (?:gemeenschappen|gewesten|deelstaten|bevoegde (?:minister|gewestminister|gemeenschapsminister))/u, example: 'Voor deze vraag wordt verwezen naar de Gemeenschappen, gelet op hun bevoegdheid.' },
  { id: 'nl-bevoegdheid-deelstaten', family: 'not-competent', language: 'nl', pattern: /\b(?:behoort|behoren|valt|vallen|ligt|liggen) (?:tot|onder|bij) de (?:exclusieve )?bevoegdhe(?:id|den) van de (?:gemeenschappen|gewesten|deelstaten)/u, example: 'Preventie, met inbegrip van screeningsprogramma\'s, behoort tot de bevoegdheden van de Gemeenschappen/Gewesten.' },
  { id: 'nl-gewestelijke-bevoegdheid', family: 'not-competent', language: 'nl', pattern: /\b(?:een|de) (?:gewestelijke|regionale) bevoegdheid\b|\been gemeenschapsbevoegdheid\b/u, example: 'Zoals u weet is de distributie van elektriciteit en aardgas een gewestelijke bevoegdheid, geen federale.' },
  { id: 'nl-kan-hierop-niet-antwoorden', family: 'no-data', language: 'nl', pattern: /\b(?:ik kan|kan ik) (?:hier|daar)op (?:niet|geen antwoord)/u, example: 'Ik kan hierop niet antwoorden.' },
  { id: 'nl-geen-uitspraak-doen', family: 'no-data', language: 'nl', pattern: /\b(?:(?:kan|mag|wens) ik|ik (?:kan|mag|wens)) (?:\p{L}+ ){0,4}?geen uitspraak (?:te )?doen/u, example: 'Daarover kan ik geen uitspraak doen.' },
  { id: 'nl-niet-mogelijk-cijfers-geven', family: 'no-data', language: 'nl', pattern: /\bis (?:het )?(?:dan ook |bijgevolg |helaas |technisch )?niet mogelijk (?:om )?(?:\p{L}+ ){0,4}?(?:cijfers|gegevens|statistieken) (?:te )?(?:geven|leveren|aan te leveren|bezorgen|verstrekken|mee te delen)/u, example: 'Het is dan ook niet mogelijk om de door u gevraagde cijfers aan te leveren.' },
  { id: 'nl-privacy-laat-niet-toe', family: 'inquiry', language: 'nl', pattern: /\b(?:privacywetgeving|privacyregelgeving|privacywet|wet op de (?:bescherming van de )?persoonlijke levenssfeer)\b[^.?!]{0,80}?\bniet toe\b/u, example: 'De privacywetgeving laat niet toe de combinaties van de gepersonaliseerde kentekens mee te delen.' },
  { id: 'nl-website-raadplegen', family: 'ask-elsewhere', language: 'nl', pattern: /\b(?:verwijs (?:ik )?(?:u )?(?:graag )?naar de (?:website|site|jaarverslagen)|(?:kan u|kunt u|kan men) (?:\p{L}+ ){0,6}?(?:terugvinden|raadplegen) (?:in|op) de (?:jaarverslagen|website|site))/u, example: 'De cijfergegevens kan u terugvinden in de jaarverslagen van de federale Ombudsman.' },
  { id: 'fr-releve-des-entites', family: 'not-competent', language: 'fr', pattern: /\b(?:relève|relèvent|relèverait|relèveraient) (?:de la compétence |des compétences |exclusivement )?(?:des|de la compétence des) (?:communautés|régions|entités fédérées)/u, example: 'Une éventuelle campagne de sensibilisation relèverait de la compétence des entités fédérées.' },
  { id: 'fr-je-ne-puis-vous-repondre', family: 'no-data', language: 'fr', pattern: /\bje ne (?:puis|peux|saurais) (?:donc |dès lors )?vous répondre\b/u, example: 'Je ne puis vous répondre sur ce point.' },
  { id: 'fr-ne-m-appartient-pas', family: 'not-competent', language: 'fr', pattern: /\bil ne m'appartient pas de\b/u, example: 'Il ne m\'appartient pas de me prononcer sur une décision du pouvoir judiciaire.' },
  { id: 'fr-je-renvoie-a-la-reponse', family: 'refer-elsewhere', language: 'fr', pattern: /\bje renvoie (?:également |donc |dès lors )?(?:à|au|aux) (?:ma |la |une )?réponse/u, example: 'Pour les frais de la mission, je renvoie également à la réponse à la question parlementaire n° 1054.' },
  { id: 'fr-renvoie-au-site', family: 'ask-elsewhere', language: 'fr', pattern: /\bje renvoie (?:également )?(?:au site|aux sites|aux rapports|au rapport)|\b(?:peut|peuvent|pouvez) (?:\p{L}+ ){0,2}?(?:consulter|retrouver) (?:\p{L}+ ){0,3}?(?:sur le site|dans les rapports|dans le rapport)/u, example: 'Les chiffres figurent dans les rapports annuels du Médiateur fédéral, que chacun peut consulter sur le site internet du Médiateur.' },
  { id: 'nl-antwoord-gegeven-door', family: 'refer-elsewhere', language: 'nl', pattern: /\bantwoord (?:op (?:deze|uw|die) vra(?:ag|gen) )?(?:zal (?:worden gegeven|gegeven worden)|wordt gegeven) door\b/u, example: 'Ik deel het geachte lid mee dat het antwoord op deze vraag zal worden gegeven door de eerste minister (vraag nr. 205 van 30 januari 2017).' },
  { id: 'nl-antwoord-geformuleerd-door', family: 'refer-elsewhere', language: 'nl', pattern: /\b(?:een |het )?antwoord (?:werd|is|wordt) (?:reeds |al )?(?:geformuleerd|verstrekt|gegeven) door (?:de eerste minister|mijn collega|de minister|de staatssecretaris|de vice-eersteminister)/u, example: 'Een antwoord werd geformuleerd door de eerste minister op 23 februari 2017 (Vragen en Antwoorden, Kamer, 2016-2017, nr. 107).' },
  { id: 'nl-vraag-identiek', family: 'refer-elsewhere', language: 'nl', pattern: /\b(?:deze|uw) vraag is (?:identiek aan|dezelfde als|gelijkaardig aan) (?:uw|de|mijn) (?:schriftelijke |mondelinge )?vraag/u, example: 'Deze vraag is identiek aan uw schriftelijke vraag nr. 1342 van 9 maart 2017.' },
  { id: 'nl-informatie-terugvinden', family: 'ask-elsewhere', language: 'nl', pattern: /\bu vindt (?:alle |de )?(?:beschikbare |gevraagde )?(?:informatie|gegevens|cijfers) (?:\p{L}+ ){0,6}?terug (?:in|op)\b/u, example: 'U vindt alle beschikbare informatie over het stelsel van de flexijobs terug in de studie die werd gepubliceerd op de website van de FOD Werkgelegenheid.' },
  { id: 'fr-question-identique', family: 'refer-elsewhere', language: 'fr', pattern: /\b(?:cette|votre) question est (?:identique|semblable) à (?:votre|la|ma) question/u, example: 'Cette question est identique à votre question écrite n° 1342 du 9 mars 2017.' },
  { id: 'fr-reponse-donnee-par', family: 'refer-elsewhere', language: 'fr', pattern: /\bréponse (?:à (?:cette|votre|ces|vos) questions? )?(?:sera|est|vous sera) (?:donnée|fournie|apportée) par\b/u, example: 'La réponse à cette question sera donnée par le premier ministre (question n° 7-205).' },
  { id: 'fr-vie-privee-ne-permet-pas', family: 'inquiry', language: 'fr', pattern: /\b(?:législation|loi|réglementation) (?:sur|relative à) la (?:protection de la )?vie privée\b[^.?!]{0,80}?\bne (?:permet|permettent) pas\b/u, example: 'La législation sur la protection de la vie privée ne permet pas de communiquer ces combinaisons.' },
];
