// How answers point at the answer to another sub-question, in French and Dutch. Kept as data: each
// pattern ends on the label it points to (captured as `label`). References to another *written
// question* ("question écrite n° 7-1648") are not cross-references inside this answer: assess treats
// them as deflections.

export interface CrossReferencePattern {
  language: 'fr' | 'nl';
  pattern: RegExp;
}

// A label: digits with an optional ")" or ".", or a French/Dutch ordinal word handled by
// parseLabelList. Kept short and anchored so that each pattern stays linear.
const N = String.raw`(?<label>\d{1,2}\b|\p{L}{4,12}\b)`;

// Words that point to the sub-question just before the one answered ("la question précédente").
export const PREVIOUS_WORDS: ReadonlySet<string> = new Set(['précédente', 'précédent', 'vorige', 'voorgaande', 'previous']);
const PREV = String.raw`(?<label>précédente?|vorige|voorgaande)`;

export const CROSS_REFERENCE_PATTERNS: CrossReferencePattern[] = [
  // "voir (la) réponse à la question 1", "voir point 1", "cf. réponse à la question 2"
  { language: 'fr', pattern: new RegExp(String.raw`\b(?:voir|cf\.?|cfr\.?)\s+(?:(?:ma|la|notre)\s+)?(?:réponse\s+(?:à|a|au|aux)\s+(?:la\s+|votre\s+)?)?(?:question|point|sous-question)s?\s*(?:n[°º]\s*)?${N}`, 'iu') },
  // "décrites au point 1)", "mentionné(e)s au point 1", "visés à la question 2", "comme indiqué sous le point 1"
  { language: 'fr', pattern: new RegExp(String.raw`\b(?:décrit|mentionné|indiqué|précisé|exposé|visé|évoqué|repris|cité|expliqué|donné)e?s?\s+(?:au|à\s+la|sous\s+le|dans\s+le|en)\s+(?:point|question|réponse)s?\s*(?:n[°º]\s*)?${N}`, 'iu') },
  // "je renvoie à ma réponse à la question 1", "je me réfère à la réponse au point 1"
  { language: 'fr', pattern: new RegExp(String.raw`\b(?:renvoie|renvoyons|réfère|référons)\s+(?:l'honorable\s+membre\s+|à\s+)?(?:à\s+)?(?:ma|la|notre)\s+réponse\s+(?:à\s+la\s+|au\s+)(?:question|point)\s*(?:n[°º]\s*)?${N}`, 'iu') },
  // "(voir) la réponse à la question 1" / "réponse à la 1re question"
  { language: 'fr', pattern: new RegExp(String.raw`\bréponse\s+(?:donnée\s+)?(?:à\s+la|au)\s+(?:question|point)\s*${N}\b`, 'iu') },
  // "voir ma réponse à la troisième question", "je renvoie à ma réponse à votre deuxième question"
  { language: 'fr', pattern: new RegExp(String.raw`\b(?:voir|cf\.?|renvoie\s+à|réfère\s+à)\s+(?:ma|la|notre)\s+réponse\s+(?:donnée\s+)?à\s+(?:la|votre)\s+${N}\s+question`, 'iu') },
  // "zie mijn antwoord op de eerste vraag", "ik verwijs naar het antwoord op uw tweede vraag"
  { language: 'nl', pattern: new RegExp(String.raw`\b(?:zie|verwijs\s+(?:u\s+)?naar|verwijzen\s+naar)\s+(?:ook\s+)?(?:mijn|het|ons)\s+antwoord\s+op\s+(?:de|uw)\s+${N}\s+(?:deel)?vraag`, 'iu') },
  // "zie (het) antwoord op vraag 1", "zie punt 1", "zie vraag 1"
  { language: 'nl', pattern: new RegExp(String.raw`\bzie\s+(?:ook\s+)?(?:mijn\s+|het\s+)?(?:antwoord\s+op\s+(?:uw\s+|de\s+)?)?(?:vraag|punt|deelvraag)\s*(?:nr\.?\s*)?${N}`, 'iu') },
  // "ik verwijs naar (mijn) antwoord op vraag 1", "verwijzen naar het antwoord op punt 2"
  { language: 'nl', pattern: new RegExp(String.raw`\bverwijs?(?:zen)?\s+(?:ik\s+|wij\s+|we\s+)?(?:u\s+|het\s+geachte\s+lid\s+)?(?:graag\s+)?naar\s+(?:mijn|het|ons)\s+antwoord\s+op\s+(?:uw\s+|de\s+)?(?:vraag|punt)\s*${N}\b`, 'iu') },
  // "beschreven in punt 1)", "vermeld onder punt 2", "toegelicht in het antwoord op vraag 1"
  { language: 'nl', pattern: new RegExp(String.raw`\b(?:beschreven|vermeld|vermelde|aangegeven|toegelicht|uiteengezet|opgesomd|weergegeven|gegeven)\s+(?:in|onder|bij)\s+(?:het\s+antwoord\s+op\s+)?(?:punt|vraag)\s*${N}`, 'iu') },
  // "gelet op het antwoord op de eerste vraag", "uit mijn antwoord op uw tweede vraag blijkt"
  { language: 'nl', pattern: new RegExp(String.raw`\b(?:gelet\s+op|gezien|uit|conform|overeenkomstig|volgens)\s+(?:mijn\s+|het\s+)?antwoord\s+op\s+(?:de\s+|uw\s+)?${N}\s+(?:deel)?vraag`, 'iu') },
  { language: 'nl', pattern: new RegExp(String.raw`\b(?:gelet\s+op|gezien|uit|conform|overeenkomstig|volgens)\s+(?:mijn\s+|het\s+)?antwoord\s+op\s+(?:uw\s+)?(?:deel)?vraag\s*(?:nr\.?\s*)?${N}`, 'iu') },
  // "uit het antwoord op vorige vraag", "zie voorgaande vraag"
  { language: 'nl', pattern: new RegExp(String.raw`\b(?:antwoord\s+op|zie)\s+(?:de\s+|uw\s+|het\s+)?${PREV}\s+(?:deel)?(?:vraag|punt)`, 'iu') },
  // "vu ma réponse à la première question", "compte tenu de la réponse à la question 1"
  { language: 'fr', pattern: new RegExp(String.raw`\b(?:vu|compte\s+tenu\s+de|conformément\s+à|il\s+ressort\s+de)\s+(?:ma|la|notre)\s+réponse\s+à\s+(?:la|votre)\s+${N}\s+question`, 'iu') },
  // "voir la question précédente", "la réponse au point précédent"
  { language: 'fr', pattern: new RegExp(String.raw`\b(?:voir|réponse\s+(?:à\s+la|au))\s+(?:la\s+)?(?:réponse\s+à\s+la\s+)?(?:question|point)\s+${PREV}`, 'iu') },
  // "antwoord op vraag 1" after "cf." / "(zie ...)": "cf. antwoord op vraag 2"
  { language: 'nl', pattern: new RegExp(String.raw`\b(?:cf\.?|cfr\.?)\s+(?:het\s+)?(?:antwoord\s+op\s+)?(?:vraag|punt)\s*${N}`, 'iu') },
];
