// How French and Dutch written questions ask: follow-ups that only apply under a condition, requests
// phrased without a question mark, and the words that say what kind of answer is wanted. Patterns
// run on folded text (see words.fold).

export type FollowUpKind = 'if-yes' | 'if-no';

export interface FollowUpMarker {
  kind: FollowUpKind;
  pattern: RegExp;
}

/** At the start of an interrogative (or after ", " / " en " / " et " inside a sentence). */
export const FOLLOW_UPS: readonly FollowUpMarker[] = [
  { kind: 'if-yes', pattern: /^(?:si oui|dans l'affirmative|le cas échéant|si tel est le cas|si c'est le cas|zo ja|indien ja|indien wel|zo wel|in voorkomend geval|in het bevestigende geval|als dat zo is|indien dit het geval is|indien dat zo is)\b/u },
  { kind: 'if-no', pattern: /^(?:si non|si ce n'est pas le cas|dans la négative|sinon|si la confirmation ne peut|zo neen|zo nee|zo niet|indien niet|indien neen|indien nee|zo dit niet het geval is|indien dit niet het geval is|in het ontkennende geval)\b/u },
];

/** Requests without a question mark: each starts an interrogative of its own. */
export const REQUESTS: readonly RegExp[] = [
  /^(?:je souhaite(?:rais)?|je voudrais|j'aimerais) (?:connaître|savoir|obtenir|recevoir|avoir)/u,
  /^(?:pouvez|pourriez)-vous (?:préciser|indiquer|communiquer|me communiquer|me dire|détailler|fournir|me fournir|confirmer|donner|expliquer)/u,
  /^(?:merci de|veuillez) (?:préciser|indiquer|communiquer|me communiquer|fournir)/u,
  /^(?:graag|gaarne) (?:had|zou) ik (?:vernemen|vernomen|weten|een overzicht|een antwoord|cijfers)/u,
  /^(?:graag|gaarne) (?:had ik |zou ik |)?(?:een overzicht|een opsplitsing|de cijfers|cijfers)/u,
  /^(?:kan|kunt|kan u|kunt u) (?:u )?(?:meedelen|mededelen|aangeven|toelichten|bevestigen|preciseren|een overzicht|de cijfers|cijfers|zeggen|verduidelijken)/u,
  /^(?:kan|kunt) u (?:mij )?(?:meedelen|mededelen|aangeven|toelichten|bevestigen|preciseren|een overzicht|de cijfers|cijfers|zeggen|verduidelijken)/u,
  /^ik (?:had graag|zou graag|wens) (?:vernomen|vernemen|weten|een overzicht)/u,
];

/** Where a follow-up may start inside a sentence: "…uitgevoerd en zo ja, wat…". Spaces after the
 * conjunction are read once (`\s*(?:,\s*)?`, not `\s*,?\s*`), so a long run of blanks cannot make
 * the pattern backtrack quadratically. */
export const INLINE_FOLLOW_UP = /(?:[,;]\s*(?:en\s+|et\s+)?|\s(?:en|et)\s*(?:,\s*)?)(?=(?:si oui|si non|dans l'affirmative|dans la négative|le cas échéant|zo ja|zo neen|zo nee|zo niet|indien ja|indien niet|indien wel|in voorkomend geval)\b)/gu;

/** A second question coordinated inside one sentence: "Quels travaux …, et quels budgets … ?". The comma
 * is required, so that "les risques et les avantages" stays whole. */
export const COORDINATED_QUESTION = /,\s*(?:et|en|ainsi que)\s+(?=(?:quel|quelle|quels|quelles|combien|comment|pourquoi|quand|welk|welke|hoeveel|hoe|waarom|wanneer)\b)/gu;

export type AnswerKind = 'number' | 'date' | 'yes-no' | 'open';

export const WANTS_NUMBER: Record<'fr' | 'nl', RegExp> = {
  fr: /\b(?:combien|quel(?:le)?s? (?:est |sont |était |étaient |a été |ont été )?(?:le |la |les |l')?(?:montant|nombre|coût|budget|pourcentage|proportion|total|chiffre|somme|effectif)|le nombre|le montant|le coût|le budget|les chiffres)/u,
  nl: /\b(?:hoeveel|welk(?:e)? (?:is |zijn |was |waren )?(?:het |de )?(?:bedrag|aantal|kostprijs|kosten|budget|percentage|totaal|cijfers)|het aantal|het bedrag|de kostprijs|de kosten|de cijfers|het budget)/u,
};

export const WANTS_DATE: Record<'fr' | 'nl', RegExp> = {
  fr: /\b(?:quand|à quelle date|dans quel délai|à partir de quand|pour quand|quel (?:est le )?calendrier|quelle (?:est l')?échéance)/u,
  nl: /\b(?:wanneer|tegen wanneer|op welke datum|binnen welke termijn|vanaf wanneer|welke timing|welke termijn|welk tijdpad|welke timing)/u,
};

/** An open question: with these, it is not a yes/no question. */
export const WH_WORDS: Record<'fr' | 'nl', RegExp> = {
  fr: /(?:\b(?:quel|quelle|quels|quelles|combien|comment|pourquoi|quand|où|quoi|lequel|laquelle|lesquels|lesquelles|dans quelle mesure|en quoi)\b|^(?:qui|que|qu'))/u,
  nl: /\b(?:welk|welke|hoeveel|hoe|waarom|wanneer|waar|wie|wat|waarop|waarin|waarvoor|waarmee|waaraan|waardoor|waarover|in hoeverre|op welke)\b/u,
};

/** A statement that denies: the premise of an "if yes" follow-up does not hold. */
export const DENIAL: Record<'fr' | 'nl', RegExp> = {
  fr: /\b(?:aucune?s?|n'(?:a|ont|est|sont|était|étaient|avait|y a|existe|dispose)\b[^.?!]{0,40}?\b(?:pas|aucune?|jamais|nullement|plus)|ne \p{L}+ (?:pas|jamais|aucune?|nullement)|pas de|non\b|nul(?:le)?\b|rien\b|jamais\b)/u,
  nl: /\b(?:geen|niet|nooit|niemand|niets|neen|nee|noch|nergens)\b/u,
};

/** A statement that affirms outright. */
export const AFFIRMATION: Record<'fr' | 'nl', RegExp> = {
  fr: /(?:^|[.!]\s)(?:oui|en effet|effectivement|tout à fait|absolument|c'est (?:bien )?le cas|je (?:le )?confirme)\b/u,
  nl: /(?:^|[.!]\s)(?:ja|inderdaad|dat klopt|dat is (?:inderdaad )?het geval|ik bevestig|dat bevestig ik)\b/u,
};

/** Words that answer "how many" without a digit. */
export const NUMBER_WORDS: Record<'fr' | 'nl', RegExp> = {
  fr: /\b(?:aucune?|nul(?:le)?|zéro|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|trente|quarante|cinquante|soixante|septante|quatre-vingts?|nonante|cent|cents|mille|million|millions|milliard|milliards|dizaines?|centaines?|milliers?)\b/u,
  nl: /\b(?:geen|nul|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|honderd|duizend|miljoen|miljard|tientallen|honderden|duizenden)\b/u,
};

export const DATE_IN_ANSWER: Record<'fr' | 'nl', RegExp> = {
  fr: /\b(?:(?:19|20)\d\d|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|d'ici|prochainement|dans les (?:prochains|prochaines|semaines|mois)|à court terme|à moyen terme|dès que|trimestre|semestre)\b/u,
  nl: /\b(?:(?:19|20)\d\d|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|tegen|binnenkort|eerstdaags|in de loop van|op korte termijn|op middellange termijn|zodra|kwartaal|semester|voorjaar|najaar)\b/u,
};

/** A request to break figures down ("Kan u dat opsplitsen per gemeente?", "Pouvez-vous ventiler par
 * province ?"): a refinement of the interrogative before it, whose answer usually stands in a table
 * that flat text cannot show. */
export const BREAKDOWN: Record<'fr' | 'nl', RegExp> = {
  fr: /\b(?:ventil|répartition|répartir|réparti|par (?:province|région|arrondissement|année|an|mois|commune|zone|service|catégorie|sexe|âge|nationalité|opérateur|entité))/u,
  nl: /\b(?:opsplits|opgesplitst|opsplitsing|uitsplits|uitgesplitst|uitsplitsing|per (?:provincie|gewest|jaar|maand|gemeente|arrondissement|zone|dienst|categorie|geslacht|leeftijd|nationaliteit|operator|entiteit))/u,
};

/** Words of a question about action ("Pouvez-vous prendre des mesures …?", "Zal u initiatieven
 * nemen?"): asked as a yes/no question, it is answered by what is being done, in other words. */
export const ASKS_FOR_ACTION: Record<'fr' | 'nl', RegExp> = {
  fr: /\b(?:mesures?|initiatives?|démarches?|actions?|dispositions?)\b/u,
  nl: /\b(?:maatregel(?:en)?|initiatie(?:f|ven)|stappen|acties?)\b/u,
};
