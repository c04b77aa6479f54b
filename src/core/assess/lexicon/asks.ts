// What a sub-question asks for, and what an answer part gives, in French and Dutch: a number, a
// date, a breakdown, a list, yes or no, an opinion, a reason, a way. Patterns run on folded text
// (see words.fold); each has examples that must and must not match in ask-examples.ts.

export const ASK_KINDS = ['number', 'date', 'breakdown', 'list', 'yesNo', 'opinion', 'why', 'how'] as const;
export type AskKind = (typeof ASK_KINDS)[number];

export const ASK_PATTERNS: Record<'fr' | 'nl', Record<AskKind, RegExp>> = {
  nl: {
    number: /\b(?:hoeveel|aantal(?:len)?|bedrag(?:en)?|kostprijs|cijfers?|percentage|hoe groot|hoe hoog|budget|totaal)\b/u,
    date: /\b(?:wanneer|welke datum|op welke datum|tegen wanneer|vanaf wanneer|termijn|timing|tijdpad|kalender|planning)\b/u,
    breakdown: /\b(?:opsplits\p{L}*|opgesplitst|uitsplits\p{L}*|uitgesplitst|onderverdeeld|opdeling|per (?:jaar|maand|provincie|gewest|gemeente|arrondissement|zone|dienst|categorie|geslacht|leeftijd|nationaliteit|land|type|soort|sector))\b/u,
    list: /\b(?:welke|wie|waar|welk)\b/u,
    yesNo: /(?:^|[?.!]\s*|\n)(?:\d+[.)]\s*)?(?:kan|kunt|kunnen|is|zijn|heeft|hebt|hebben|zal|zult|zullen|wordt|worden|werd|werden|bent|overweegt|plant|denkt|vindt|acht|gaat|wil|moet|bestaat|bestaan|zou|zouden|was|waren|beschikt)\b/u,
    opinion: /\b(?:visie|standpunt|mening|oordeel|vindt u|denkt u|acht u|meent u|hoe staat u|hoe kijkt u|hoe beoordeelt u|hoe evalueert u|evaluatie)\b/u,
    why: /\b(?:waarom|om welke reden(?:en)?|wat is de reden|hoe verklaart u|hoe komt het)\b/u,
    how: /\b(?:hoe|op welke (?:wijze|manier)|welke maatregelen|welke stappen|welke initiatieven)\b/u,
  },
  fr: {
    number: /\b(?:combien|nombre|montants?|coûts?|chiffres?|pourcentage|budget|total|quelle (?:est la )?(?:proportion|part))\b/u,
    date: /\b(?:quand|à quelle date|quelle date|dans quel délai|délai|calendrier|échéance|à partir de quand|pour quand)\b/u,
    breakdown: /\b(?:ventil\p{L}*|répartition|répartir|détaill\p{L}*|par (?:an|année|mois|province|région|commune|arrondissement|zone|service|catégorie|sexe|âge|nationalité|pays|type|secteur))\b/u,
    list: /\b(?:quels?|quelles?|lesquel\p{L}*|qui|où)\b/u,
    yesNo: /(?:^|[?.!]\s*|\n)(?:\d+[.)]\s*)?(?:est-ce|pouvez-vous|pourriez-vous|avez-vous|allez-vous|comptez-vous|envisagez-vous|êtes-vous|estimez-vous|pensez-vous|existe-t-il|y a-t-il|a-t-on|le gouvernement|la police|votre administration|vos services)\b|-(?:t-)?(?:il|elle|ils|elles|vous|on)\b[^?]*\?/u,
    opinion: /\b(?:avis|position|point de vue|opinion|estimez-vous|pensez-vous|jugez-vous|que pensez|comment évaluez|comment jugez|évaluation)\b/u,
    why: /\b(?:pourquoi|pour quelle(?:s)? raison(?:s)?|comment expliquez|qu'est-ce qui explique)\b/u,
    how: /\b(?:comment|de quelle (?:manière|façon)|quelles mesures|quelles démarches|quelles initiatives)\b/u,
  },
};

/** Dates, years, months and terms: what a "when" is answered with. */
export const MONTHS_OR_TERMS: Record<'fr' | 'nl', RegExp> = {
  nl: /\b(?:(?:19|20)\d\d|\d{1,2}\/\d{1,2}|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|binnenkort|eerstdaags|kwartaal|semester|voorjaar|najaar|zomer|winter|volgend jaar|dit jaar|weken|maanden)\b/u,
  fr: /\b(?:(?:19|20)\d\d|\d{1,2}\/\d{1,2}|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|prochainement|trimestre|semestre|printemps|automne|été|hiver|l'année prochaine|cette année|semaines|mois)\b/u,
};

/** An answer that says yes or no outright. */
export const GIVE_YES_NO: Record<'fr' | 'nl', RegExp> = {
  nl: /(?:^|[.!]\s)(?:\d+[.)]\s*)?(?:ja|neen|nee|inderdaad|dat klopt|dat is (?:niet )?het geval|dit is (?:niet )?het geval|niet$|geen)\b/u,
  fr: /(?:^|[.!]\s)(?:\d+[.)]\s*)?(?:oui|non|en effet|effectivement|tel est le cas|tel n'est pas le cas|ce n'est pas le cas|c'est (?:bien )?le cas)\b/u,
};
