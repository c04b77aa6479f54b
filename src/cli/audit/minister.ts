// Who a question was put to, as an office: the pages word one office many ways ("la ministre de la
// Justice", "de minister van Justitie", "au vice-premier ministre et ministre de la Justice, chargé
// de la Régie des bâtiments", "… (Vincent Van Quickenborne)"), and an audit counts the office
// across them, whoever held it.
//
// The key is the rank (minister, secretary of state, prime minister) and the portfolio: each of the
// portfolio's parts ("l'Intérieur", "des Réformes institutionnelles", …) folded (case, accents,
// articles, punctuation) and, when it is one the federal governments have had, mapped to one name
// for its French and Dutch wordings, so that the French and the Dutch page of one office meet. A
// vice-prime minister's title, the person's name in parentheses and the added charges ("chargé
// de …", "belast met …", "adjoint au …", "toegevoegd aan …") are not part of the office.

export type MinisterRank = 'prime-minister' | 'minister' | 'secretary' | 'other';

export interface MinisterOffice {
  /** The same for every wording of one office: "minister:home-affairs+institutional-reforms+…",
   * "prime-minister". */
  key: string;
  /** The wording without the article, the vice-prime minister's title, the added charges and the
   * name: "Ministre de la Justice". */
  label: string;
  rank: MinisterRank;
}

/** Portfolios, French and Dutch wordings (folded) → one name. A part that is not here is kept as
 * its folded wording: it then meets the same wording only, which is the safe way to be wrong. */
const PORTFOLIOS: Readonly<Record<string, readonly string[]>> = {
  justice: ['justice', 'justitie'],
  'home-affairs': ['interieur', 'binnenlandse zaken'],
  security: ['securite', 'veiligheid'],
  finance: ['finances', 'financien'],
  budget: ['budget', 'begroting'],
  mobility: ['mobilite', 'mobiliteit'],
  'social-affairs': ['affaires sociales', 'sociale zaken'],
  'public-health': ['sante publique', 'volksgezondheid'],
  defence: ['defense', 'defensie'],
  'foreign-affairs': ['affaires etrangeres', 'buitenlandse zaken', 'buitenlandse'],
  'european-affairs': ['affaires europeennes', 'europeennes', 'europese zaken'],
  'foreign-trade': ['commerce exterieur', 'buitenlandse handel'],
  employment: ['emploi', 'travail', 'werk'],
  economy: ['economie'],
  consumers: ['consommateurs', 'consumenten'],
  'consumer-protection': ['protection des consommateurs', 'consumentenbescherming'],
  pensions: ['pensions', 'pensioenen'],
  energy: ['energie'],
  environment: ['environnement', 'leefmilieu'],
  'sustainable-development': ['developpement durable', 'duurzame ontwikkeling'],
  climate: ['climat', 'klimaat'],
  'development-cooperation': ['cooperation au developpement', 'ontwikkelingssamenwerking'],
  'digital-agenda': ['agenda numerique', 'digitale agenda'],
  digitalisation: ['digitalisation', 'digitalisering'],
  telecommunications: ['telecommunications', 'telecommunication', 'telecommunicatie'],
  post: ['poste', 'post'],
  'middle-classes': ['classes moyennes', 'middenstand'],
  'self-employed': ['independants', 'zelfstandigen'],
  smes: ['pme', 'kmos', 'kmo'],
  agriculture: ['agriculture', 'landbouw'],
  'social-integration': ['integration sociale', 'maatschappelijke integratie'],
  asylum: ['asile', 'asiel'],
  migration: ['migration', 'migratie'],
  'civil-service': ['fonction publique', 'ambtenarenzaken'],
  'public-enterprises': ['entreprises publiques', 'overheidsbedrijven'],
  'institutional-reforms': ['reformes institutionnelles', 'institutionele hervormingen'],
  'democratic-renewal': ['renouveau democratique', 'democratische vernieuwing'],
  'equal-opportunities': ['egalite des chances', 'gelijke kansen'],
  'gender-equality': ['egalite des genres', 'gendergelijkheid'],
  diversity: ['diversite', 'diversiteit'],
  poverty: ['lutte contre la pauvrete', 'armoedebestrijding'],
  disability: ['personnes handicapees', 'personnes en situation de handicap', 'personen met een beperking', 'personen met een handicap'],
  'science-policy': ['politique scientifique', 'wetenschapsbeleid'],
  cities: ['grandes villes', 'grote steden'],
  privacy: ['vie privee', 'protection de la vie privee', 'privacy'],
  'north-sea': ['mer du nord', 'noordzee'],
  'social-fraud': ['lutte contre la fraude sociale', 'bestrijding van de sociale fraude'],
  'tax-fraud': ['lutte contre la fraude fiscale', 'bestrijding van de fiscale fraude'],
  'administrative-simplification': ['simplification administrative', 'administratieve vereenvoudiging'],
  'buildings-agency': ['regie des batiments', 'regie der gebouwen'],
  'national-lottery': ['loterie nationale', 'nationale loterij'],
  'federal-cultural-institutions': ['institutions culturelles federales', 'federale culturele instellingen', 'culturele instellingen'],
  recovery: ['relance', 'herstel'],
  'strategic-investments': ['investissements strategiques', 'strategische investeringen'],
  beliris: ['beliris'],
};

const PORTFOLIO_BY_WORDING: ReadonlyMap<string, string> = new Map(
  Object.entries(PORTFOLIOS).flatMap(([name, wordings]) => wordings.map((w) => [w, name] as const)),
);

/** Case, accents, apostrophes and punctuation away; one space between words. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// On the raw wording (NFC, case-insensitive), so that the label keeps the page's own words.
const NAME_IN_PARENTHESES = /\s*\([^)]*\)/g;
const LEADING_PREPOSITION = /^(?:à|a|au|aux|aan)\s+/i;
const LEADING_ARTICLE = /^(?:(?:la|le|les|de|het)\s+|l')/i;
const VICE_PRIME_MINISTER = /^(?:vice[-\s]?premi[eè]re?[-\s]+ministre\s+et|vice[-\s]?eerste[-\s]?minister\s+en)\s+/i;
/** ", chargé de …", ", belast met …", ", adjoint au …", ", toegevoegd aan …" to the end. */
const ADDED_CHARGES = /\s*,\s*(?:charg[ée]e?s?\s+(?:de|du|des|d')|belast\s+met|adjointe?\s+(?:au|à|a|aux)|toegevoegd\s+aan)[\s\S]*$/i;
const RANKS: ReadonlyArray<readonly [MinisterRank, RegExp]> = [
  ['prime-minister', /^(?:premi[eè]re?[-\s]+ministre|eerste[-\s]?minister)\b/i],
  ['secretary', /^(?:secr[ée]taire\s+d['’]\s*[ée]tat|staatssecretaris)\b/i],
  ['minister', /^(?:ministre|minister)\b/i],
];
/** What joins the rank to the portfolio: "de l'", "des", "à la", "pour", "van", "voor", and the
 * rank's own "chargé(e) de" / "belast met" when the office is worded that way. */
const RANK_TO_PORTFOLIO = /^\s*(?:charg[ée]e?\s+|belast\s+met\s+)?(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d'|à\s+la\s+|à\s+l'|au\s+|aux\s+|à\s+|pour\s+la\s+|pour\s+le\s+|pour\s+les\s+|pour\s+l'|pour\s+|van\s+de\s+|van\s+het\s+|van\s+|voor\s+de\s+|voor\s+het\s+|voor\s+)?/i;

// On folded parts of the portfolio.
const PART_SEPARATOR = /\s*,\s*|\s+(?:et|en)\s+/;
const PART_ARTICLE = /^(?:de la|de l|du|des|de|d|la|le|les|l|et|en|het|van de|van het|van|voor de|voor)\s+/;

export function ministerOffice(addressee: string | null): MinisterOffice | null {
  if (addressee === null) return null;
  let wording = addressee.normalize('NFC').replace(/[’`´]/g, "'").replace(NAME_IN_PARENTHESES, '').replace(/\s+/g, ' ').trim();
  wording = wording.replace(LEADING_PREPOSITION, '').replace(LEADING_ARTICLE, '');
  wording = wording.replace(VICE_PRIME_MINISTER, '').replace(ADDED_CHARGES, '').replace(/[\s,;:.]+$/, '').trim();
  if (wording === '') return null;

  const ranked = RANKS.find(([, pattern]) => pattern.test(wording));
  const rank: MinisterRank = ranked?.[0] ?? 'other';
  const afterRank = ranked ? wording.replace(ranked[1], '') : wording;
  const portfolio = afterRank.replace(RANK_TO_PORTFOLIO, '');
  const parts = portfolioParts(portfolio);
  const key = parts.length > 0 ? `${rank}:${parts.join('+')}` : rank;
  return { key, label: capitalise(wording), rank };
}

/** The portfolio's parts, each named, in a stable order (the order of the wording differs between
 * languages: "Sociale Zaken en Volksgezondheid", "Santé publique et Affaires sociales"). */
function portfolioParts(portfolio: string): string[] {
  const folded = portfolio
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, ' ')
    .replace(/[^\p{L}\p{N},]+/gu, ' ');
  const parts = new Set<string>();
  for (const raw of folded.split(PART_SEPARATOR)) {
    let part = raw.trim();
    for (let previous = ''; previous !== part; ) {
      previous = part;
      part = part.replace(PART_ARTICLE, '').trim();
    }
    part = part.replace(/\s+/g, ' ');
    if (part === '') continue;
    parts.add(PORTFOLIO_BY_WORDING.get(part) ?? PORTFOLIO_BY_WORDING.get(part.replace(/ /g, '')) ?? part);
  }
  return [...parts].sort();
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('fr') + s.slice(1);
}
