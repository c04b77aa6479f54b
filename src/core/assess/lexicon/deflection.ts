// The ways a minister declines to answer, in French and Dutch, by family. Kept as data: each entry
// has a real-sounding example, which its test matches, in deflection-examples.ts (beside it, but
// not shipped: the engine never reads them). Patterns run on folded text (lower case,
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
  { id: 'fr-aucune-information', family: 'no-data', language: 'fr', pattern: /\baucune (?:information|donnée|statistique)s? (?:n'est |ne sont )?(?:disponible|connue|n'est disponible)/u },
  { id: 'fr-pas-de-chiffres', family: 'no-data', language: 'fr', pattern: /\bne (?:dispose|disposons|disposent) pas (?:de|des|d')\s?(?:chiffres|données|statistiques|informations)/u },
  { id: 'fr-pas-disponible', family: 'no-data', language: 'fr', pattern: /\b(?:chiffres|données|statistiques|informations) (?:demandées? |demandés |précises )?ne sont pas (?:disponibles|connu|tenu|enregistr)/u },
  { id: 'fr-pas-enregistre', family: 'no-data', language: 'fr', pattern: /\bne (?:fait|font) pas l'objet d'(?:un enregistrement|une comptabilisation|un relevé|un suivi statistique)/u },
  { id: 'fr-ne-peux-pas-repondre', family: 'no-data', language: 'fr', pattern: /\bje ne (?:peux|puis) (?:donc |dès lors |par conséquent )?(?:pas )?répondre (?:à|aux)/u },
  { id: 'fr-pas-possible-extraire', family: 'no-data', language: 'fr', pattern: /\b(?:il n'est pas possible|il est impossible) d'(?:extraire|obtenir|fournir|isoler) (?:ces|les|de tels) (?:chiffres|données|statistiques)/u },
  { id: 'nl-geen-gegevens', family: 'no-data', language: 'nl', pattern: /\b(?:er zijn |ik beschik over |wij beschikken over |beschik ik over )?geen (?:cijfer|gegeven|statistiek)(?:s|en)? (?:beschikbaar|voorhanden|bekend)/u },
  { id: 'nl-niet-beschikbaar', family: 'no-data', language: 'nl', pattern: /\b(?:cijfers|gegevens|statistieken|informatie|data)(?: \p{L}+){0,3} (?:is|zijn) niet (?:beschikbaar|voorhanden|bekend)/u },
  { id: 'nl-beschik-niet-over', family: 'no-data', language: 'nl', pattern: /\b(?:beschik|beschikt|beschikken) (?:ik |wij |we |de diensten |mijn diensten )?niet over (?:de |deze |die |dergelijke )?(?:\p{L}+ )?(?:cijfers|gegevens|statistieken|informatie)/u },
  { id: 'nl-beschik-niet-over-nodige', family: 'no-data', language: 'nl', pattern: /\bniet over (?:de |deze )?(?:nodige|afzonderlijke|gevraagde|precieze) (?:cijfers|gegevens|statistieken)/u },
  { id: 'nl-geen-statistieken-aan', family: 'no-data', language: 'nl', pattern: /\b(?:leggen|houden|legt|houdt) geen (?:statistieken|cijfers|gegevens) (?:aan|bij)\b/u },
  { id: 'nl-kan-niet-antwoorden', family: 'no-data', language: 'nl', pattern: /\bkan (?:ik )?(?:derhalve |dus |daarom |bijgevolg )?(?:ik )?niet antwoorden op/u },
  { id: 'nl-niet-bijgehouden', family: 'no-data', language: 'nl', pattern: /\bworden niet (?:apart |afzonderlijk |specifiek |centraal )?(?:bijgehouden|geregistreerd|geïnventariseerd)/u },
  { id: 'nl-niet-mogelijk-cijfers', family: 'no-data', language: 'nl', pattern: /\bhet is (?:technisch )?niet mogelijk (?:om )?(?:deze |die |dergelijke )?(?:cijfers|gegevens|statistieken)/u },

  // — not my competence —
  { id: 'fr-ne-releve-pas', family: 'not-competent', language: 'fr', pattern: /\bne (?:relève|relèvent) pas (?:de mes compétences|de ma compétence|de mes attributions|de la compétence)/u },
  { id: 'fr-competence-collegue', family: 'not-competent', language: 'fr', pattern: /\b(?:relève|relèvent) (?:de la compétence|des compétences|des attributions) (?:de mon collègue|de ma collègue|du (?:vice-premier )?ministre|de la (?:vice-première )?ministre|des communautés|des régions|du secrétaire|de la secrétaire)/u },
  { id: 'fr-releve-de-sa-competence', family: 'not-competent', language: 'fr', pattern: /\b(?:relève|relèvent|relevant) (?:en effet )?de (?:sa|leur) compétence|\brelevant de la compétence de ce(?:tte)? dernière?/u },
  { id: 'fr-pas-competent', family: 'not-competent', language: 'fr', pattern: /\bje ne suis pas compétente?\b/u },
  { id: 'nl-niet-bevoegd', family: 'not-competent', language: 'nl', pattern: /\b(?:behoort|behoren|valt|vallen) niet (?:tot|onder) (?:mijn|de) (?:bevoegdheid|bevoegdheden)/u },
  { id: 'nl-bevoegdheid-van', family: 'not-competent', language: 'nl', pattern: /\b(?:behoort|behoren|valt|vallen) (?:tot|onder) de (?:bevoegdheid|bevoegdheden) van (?:mijn collega|de minister|de staatssecretaris|de gemeenschappen|de gewesten)/u },
  { id: 'nl-onder-zijn-bevoegdheid', family: 'not-competent', language: 'nl', pattern: /\b(?:valt|vallen|behoort|behoren) (?:immers |namelijk )?(?:onder|tot) (?:zijn|haar|hun) bevoegdhe(?:id|den)/u },
  { id: 'nl-ben-niet-bevoegd', family: 'not-competent', language: 'nl', pattern: /\bben ik niet bevoegd|\bik ben niet bevoegd/u },

  // — go ask elsewhere —
  { id: 'fr-veuillez-contacter', family: 'ask-elsewhere', language: 'fr', pattern: /\bveuillez (?:contacter|vous adresser|vous renseigner)/u },
  { id: 'fr-invite-interroger', family: 'ask-elsewhere', language: 'fr', pattern: /\bje vous invite (?:donc |dès lors )?à (?:interroger|contacter|vous adresser|adresser (?:cette|votre) question|poser (?:cette|votre) question)/u },
  { id: 'fr-question-transmise', family: 'ask-elsewhere', language: 'fr', pattern: /\bquestion (?:de l'honorable membre )?(?:a été|est) (?:transmise|transférée) (?:à|au)/u },
  { id: 'nl-vraag-toegezonden', family: 'ask-elsewhere', language: 'nl', pattern: /\bvraag (?:van het geachte lid )?(?:wordt|werd|is) (?:toegezonden|doorgestuurd|overgemaakt) (?:aan|naar)/u },
  { id: 'nl-vraag-tot-hem-richten', family: 'ask-elsewhere', language: 'nl', pattern: /\bdat u uw vraag (?:\p{L}+ ){0,3}richt\b/u },
  { id: 'fr-question-a-poser', family: 'ask-elsewhere', language: 'fr', pattern: /\b(?:cette|la) question (?:doit|devrait) être (?:posée|adressée) (?:à|au)/u },
  { id: 'nl-contact-opnemen', family: 'ask-elsewhere', language: 'nl', pattern: /\bgelieve (?:contact op te nemen met|zich te wenden tot|u te wenden tot|de vraag te stellen aan)/u },
  { id: 'nl-vraag-stellen-aan', family: 'ask-elsewhere', language: 'nl', pattern: /\b(?:het geachte lid|u) (?:wordt verzocht|kan|wordt uitgenodigd) (?:zich|de vraag|deze vraag|uw vraag)? ?(?:te )?(?:richten|stellen|wenden) (?:tot|aan)/u },
  { id: 'nl-vraag-richten-aan', family: 'ask-elsewhere', language: 'nl', pattern: /\b(?:deze|de|uw) vraag (?:dient|moet|kan best) (?:te worden |worden )?(?:gericht|gesteld) (?:aan|tot)/u },

  // — ongoing inquiry, secrecy —
  { id: 'fr-secret-instruction', family: 'inquiry', language: 'fr', pattern: /\bsecret (?:de l'instruction|de l'enquête|professionnel)/u },
  { id: 'fr-enquete-en-cours', family: 'inquiry', language: 'fr', pattern: /\b(?:enquête|instruction|information judiciaire|procédure judiciaire)s?\b[^.?!]{0,40}?\b(?:en cours|pendantes?)\b/u, needs: 'first-person-refusal' },
  { id: 'nl-geheim-onderzoek', family: 'inquiry', language: 'nl', pattern: /\bgeheim van het (?:onderzoek|gerechtelijk onderzoek|strafonderzoek)/u },
  { id: 'nl-lopend-onderzoek', family: 'inquiry', language: 'nl', pattern: /\b(?:lopend|lopende|hangend|hangende) (?:gerechtelijk |gerechtelijke |strafrechtelijk )?(?:onderzoek|procedure|dossier)/u, needs: 'first-person-refusal' },

  // — refer to a debate or another answer —
  { id: 'fr-renvoie-honorable-membre', family: 'refer-elsewhere', language: 'fr', pattern: /\bje (?:renvoie|me permets de renvoyer) l'honorable (?:membre|sénat(?:eur|rice)) (?:à|au|aux|vers)/u },
  { id: 'fr-je-vous-renvoie', family: 'refer-elsewhere', language: 'fr', pattern: /\bje vous (?:renvoie|réfère) (?:à|au|aux|vers)/u },
  { id: 'fr-me-refere', family: 'refer-elsewhere', language: 'fr', pattern: /\bje me (?:réfère|permets de me référer) (?:à|au|aux) (?:ma|la) réponse (?:à|donnée)/u },
  { id: 'nl-verwijs-antwoord', family: 'refer-elsewhere', language: 'nl', pattern: /\b(?:ik )?verwijs (?:u |het geachte lid )?(?:graag )?naar (?:mijn|het) antwoord op (?:de )?(?:schriftelijke |mondelinge )?vraag (?:nr|nummer)/u },
  { id: 'nl-verwijs-u-naar', family: 'refer-elsewhere', language: 'nl', pattern: /\b(?:ik verwijs|verwijs ik|kan ik|wens ik) (?:u|het geachte lid|het geachte senaatslid) (?:graag )?(?:naar|te verwijzen naar|verwijzen naar)/u },
  { id: 'nl-verwijs-ik-u-collega', family: 'refer-elsewhere', language: 'nl', pattern: /\bverwijs ik u (?:graag )?naar mijn collega/u },
  { id: 'nl-verwijs-naar-antwoord', family: 'refer-elsewhere', language: 'nl', pattern: /\b(?:verwijs (?:ik )?(?:daarom |dan ook |hiervoor |dus |derhalve |bijgevolg |daarvoor )?|wens ik te verwijzen |wordt (?:er )?verwezen |er wordt verwezen )naar (?:mijn|het|de) antwoord(?:en)?\b/u },
  { id: 'nl-verwijs-debat', family: 'refer-elsewhere', language: 'nl', pattern: /\bverwijs (?:u |het geachte lid )?(?:graag )?naar (?:het debat|de bespreking|de besprekingen|het verslag|de commissie|de voorstelling)/u },
  // — formulas found in the Chamber answers and the dev set (never the check set) —
  { id: 'nl-wordt-verwezen-naar-antwoord', family: 'refer-elsewhere', language: 'nl', pattern: /\b(?:wordt|werd) (?:er )?(?:dan ook |hiervoor |daarvoor |hierbij )?verwezen naar (?:het |mijn )?(?:reeds (?:gegeven |verstrekte )?)?antwoord/u },
  { id: 'nl-wordt-verwezen-naar-deelstaten', family: 'not-competent', language: 'nl', pattern: /\b(?:wordt|werd) (?:er )?(?:dan ook |hiervoor |daarvoor )?verwezen naar de (?:gemeenschappen|gewesten|deelstaten|bevoegde (?:minister|gewestminister|gemeenschapsminister))/u },
  { id: 'nl-bevoegdheid-deelstaten', family: 'not-competent', language: 'nl', pattern: /\b(?:behoort|behoren|valt|vallen|ligt|liggen) (?:tot|onder|bij) de (?:exclusieve )?bevoegdhe(?:id|den) van de (?:gemeenschappen|gewesten|deelstaten)/u },
  { id: 'nl-gewestelijke-bevoegdheid', family: 'not-competent', language: 'nl', pattern: /\b(?:een|de) (?:gewestelijke|regionale) bevoegdheid\b|\been gemeenschapsbevoegdheid\b/u },
  { id: 'nl-kan-hierop-niet-antwoorden', family: 'no-data', language: 'nl', pattern: /\b(?:ik kan|kan ik) (?:hier|daar)op (?:niet|geen antwoord)/u },
  { id: 'nl-geen-uitspraak-doen', family: 'no-data', language: 'nl', pattern: /\b(?:(?:kan|mag|wens) ik|ik (?:kan|mag|wens)) (?:\p{L}+ ){0,4}?geen uitspraak (?:te )?doen/u },
  { id: 'nl-niet-mogelijk-cijfers-geven', family: 'no-data', language: 'nl', pattern: /\bis (?:het )?(?:dan ook |bijgevolg |helaas |technisch )?niet mogelijk (?:om )?(?:\p{L}+ ){0,4}?(?:cijfers|gegevens|statistieken) (?:te )?(?:geven|leveren|aan te leveren|bezorgen|verstrekken|mee te delen)/u },
  { id: 'nl-privacy-laat-niet-toe', family: 'inquiry', language: 'nl', pattern: /\b(?:privacywetgeving|privacyregelgeving|privacywet|wet op de (?:bescherming van de )?persoonlijke levenssfeer)\b[^.?!]{0,80}?\bniet toe\b/u },
  { id: 'nl-website-raadplegen', family: 'ask-elsewhere', language: 'nl', pattern: /\b(?:verwijs (?:ik )?(?:u )?(?:graag )?naar de (?:website|site|jaarverslagen)|(?:kan u|kunt u|kan men) (?:\p{L}+ ){0,6}?(?:terugvinden|raadplegen) (?:in|op) de (?:jaarverslagen|website|site))/u },
  { id: 'fr-releve-des-entites', family: 'not-competent', language: 'fr', pattern: /\b(?:relève|relèvent|relèverait|relèveraient) (?:de la compétence |des compétences |exclusivement )?(?:des|de la compétence des) (?:communautés|régions|entités fédérées)/u },
  { id: 'fr-je-ne-puis-vous-repondre', family: 'no-data', language: 'fr', pattern: /\bje ne (?:puis|peux|saurais) (?:donc |dès lors )?vous répondre\b/u },
  { id: 'fr-ne-m-appartient-pas', family: 'not-competent', language: 'fr', pattern: /\bil ne m'appartient pas de\b/u },
  { id: 'fr-je-renvoie-a-la-reponse', family: 'refer-elsewhere', language: 'fr', pattern: /\bje renvoie (?:également |donc |dès lors )?(?:à|au|aux) (?:ma |la |une )?réponse/u },
  { id: 'fr-renvoie-au-site', family: 'ask-elsewhere', language: 'fr', pattern: /\bje renvoie (?:également )?(?:au site|aux sites|aux rapports|au rapport)|\b(?:peut|peuvent|pouvez) (?:\p{L}+ ){0,2}?(?:consulter|retrouver) (?:\p{L}+ ){0,3}?(?:sur le site|dans les rapports|dans le rapport)/u },
  { id: 'nl-antwoord-gegeven-door', family: 'refer-elsewhere', language: 'nl', pattern: /\bantwoord (?:op (?:deze|uw|die) vra(?:ag|gen) )?(?:zal (?:worden gegeven|gegeven worden)|wordt gegeven) door\b/u },
  { id: 'nl-antwoord-geformuleerd-door', family: 'refer-elsewhere', language: 'nl', pattern: /\b(?:een |het )?antwoord (?:werd|is|wordt) (?:reeds |al )?(?:geformuleerd|verstrekt|gegeven) door (?:de eerste minister|mijn collega|de minister|de staatssecretaris|de vice-eersteminister)/u },
  { id: 'nl-vraag-identiek', family: 'refer-elsewhere', language: 'nl', pattern: /\b(?:deze|uw) vraag is (?:identiek aan|dezelfde als|gelijkaardig aan) (?:uw|de|mijn) (?:schriftelijke |mondelinge )?vraag/u },
  { id: 'nl-informatie-terugvinden', family: 'ask-elsewhere', language: 'nl', pattern: /\bu vindt (?:alle |de )?(?:beschikbare |gevraagde )?(?:informatie|gegevens|cijfers) (?:\p{L}+ ){0,6}?terug (?:in|op)\b/u },
  { id: 'fr-question-identique', family: 'refer-elsewhere', language: 'fr', pattern: /\b(?:cette|votre) question est (?:identique|semblable) à (?:votre|la|ma) question/u },
  { id: 'fr-reponse-donnee-par', family: 'refer-elsewhere', language: 'fr', pattern: /\bréponse (?:à (?:cette|votre|ces|vos) questions? )?(?:sera|est|vous sera) (?:donnée|fournie|apportée) par\b/u },
  { id: 'fr-vie-privee-ne-permet-pas', family: 'inquiry', language: 'fr', pattern: /\b(?:législation|loi|réglementation) (?:sur|relative à) la (?:protection de la )?vie privée\b[^.?!]{0,80}?\bne (?:permet|permettent) pas\b/u },
];
