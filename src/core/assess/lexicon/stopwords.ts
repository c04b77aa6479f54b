// Stop words: the words too common to count as evidence that an answer takes up a question. Only
// words of three letters or more are listed, since shorter ones never count (words.contentTokens).
//
// Drawn from the stopwords-iso lists, keeping the words that occur in written questions and answers
// of this genre: for Dutch, those in at least 0.5% of the 701 questions and 701 answers of the
// Chamber sample (/work/shared data, dekamer-2017); for French, those in any of the French Senate
// pages and evaluation cases. A listed word that never turns up in parliamentary prose could not
// decide anything, and the full lists cost every question page ~3 KB gzipped. The evaluation
// (scripts/eval.ts) gives the same figures with these lists as with the full ones.

export const STOP_WORDS: Record<'fr' | 'nl', readonly string[]> = {
  fr: [
    'abord', 'afin', 'ailleurs', 'ainsi', 'alors', 'après', 'attendu', 'aucun', 'aucune', 'auquel',
    'aurait', 'auront', 'aussi', 'autre', 'autres', 'aux', 'auxquelles', 'avaient', 'avait',
    'avant', 'avec', 'avez', 'avons', 'ayant', 'bien', 'cela', 'celle', 'celles', 'cent', 'certain',
    'certaines', 'certains', 'ces', 'cet', 'cette', 'ceux', 'chacun', 'chacune', 'chaque', 'chez',
    'cinq', 'combien', 'comme', 'comment', 'concernant', 'contre', 'dans', 'début', 'dehors',
    'depuis', 'dernier', 'des', 'dès', 'désormais', 'dessous', 'deux', 'deuxième', 'devra',
    'devrait', 'différentes', 'différents', 'dire', 'divers', 'diverses', 'dix', 'doit', 'doivent',
    'donc', 'dont', 'effet', 'elle', 'elles', 'encore', 'enfin', 'entre', 'environ', 'essai', 'est',
    'étaient', 'était', 'étant', 'état', 'etc', 'été', 'être', 'eux', 'fait', 'faites', 'feront',
    'fois', 'hors', 'huit', 'ils', 'jusqu', 'laquelle', 'les', 'lesquelles', 'lesquels', 'leur',
    'leurs', 'lors', 'lui', 'maintenant', 'mais', 'même', 'mêmes', 'mes', 'minimale', 'moins',
    'mon', 'naturel', 'néanmoins', 'non', 'nos', 'notamment', 'notre', 'nous', 'nouveau',
    'nouveaux', 'ont', 'onze', 'outre', 'ouvert', 'par', 'parce', 'parmi', 'particulièrement',
    'pas', 'pendant', 'permet', 'personne', 'personnes', 'peut', 'peuvent', 'peux', 'plupart',
    'plus', 'plusieurs', 'possible', 'pour', 'pourquoi', 'pourrait', 'premier', 'première', 'puis',
    'puisque', 'quand', 'quant', 'quatre', 'que', 'quel', 'quelle', 'quelles', 'quelques', 'quels',
    'qui', 'quoi', 'rarement', 'relative', 'rendre', 'reste', 'sait', 'sans', 'sauf', 'sein',
    'selon', 'semble', 'sera', 'seraient', 'serait', 'seront', 'ses', 'seule', 'sixième', 'soient',
    'soit', 'son', 'sont', 'sous', 'suffisante', 'suivantes', 'sujet', 'sur', 'surtout', 'tant',
    'tel', 'telle', 'tels', 'tenir', 'toujours', 'tous', 'tout', 'toute', 'toutefois', 'toutes',
    'trente', 'très', 'trois', 'troisième', 'trop', 'une', 'uniques', 'valeur', 'vers', 'vingt',
    'voie', 'vos', 'votre', 'vous',
  ],
  nl: [
    'aan', 'aangaande', 'aangezien', 'achter', 'afgelopen', 'aldus', 'alle', 'alleen', 'alles',
    'als', 'alsnog', 'altijd', 'ander', 'andere', 'anders', 'behalve', 'beide', 'ben', 'beneden',
    'bent', 'bepaald', 'betreffende', 'bij', 'bijna', 'binnen', 'blijkbaar', 'blijken', 'boven',
    'bovendien', 'buiten', 'daar', 'daardoor', 'daarin', 'daarna', 'daarom', 'daarop', 'daaruit',
    'dan', 'dat', 'der', 'derde', 'derhalve', 'deze', 'die', 'dikwijls', 'dit', 'doen', 'doet',
    'door', 'drie', 'dus', 'echter', 'een', 'eens', 'eerder', 'eerst', 'eerste', 'eigen',
    'eigenlijk', 'elk', 'elke', 'enige', 'enigszins', 'enkel', 'erg', 'even', 'eveneens', 'evenwel',
    'gedurende', 'geen', 'gehad', 'geleden', 'gelijk', 'genoeg', 'geweest', 'gewoon', 'haar', 'had',
    'hadden', 'heb', 'hebben', 'hebt', 'heeft', 'heel', 'hem', 'hen', 'het', 'hetzelfde', 'hier',
    'hierboven', 'hierin', 'hierna', 'hij', 'hoe', 'hoewel', 'hun', 'ieder', 'iedere', 'iedereen',
    'iemand', 'iets', 'inderdaad', 'inmiddels', 'intussen', 'inzake', 'juist', 'kan', 'klaar',
    'kon', 'konden', 'krachtens', 'kunnen', 'kunt', 'later', 'lijken', 'lijkt', 'maakt', 'maar',
    'mag', 'maken', 'meer', 'meest', 'meestal', 'men', 'met', 'mij', 'mijn', 'minder', 'mits',
    'mocht', 'mochten', 'moest', 'moesten', 'moet', 'moeten', 'mogen', 'naar', 'nadat', 'nam',
    'namelijk', 'negen', 'nemen', 'net', 'niemand', 'niet', 'niets', 'noch', 'nochtans', 'nog',
    'nooit', 'omdat', 'omtrent', 'ondanks', 'onder', 'ondertussen', 'ongeveer', 'ons', 'onze',
    'ook', 'opnieuw', 'over', 'overige', 'overigens', 'paar', 'pas', 'per', 'precies', 'recent',
    'reeds', 'rond', 'samen', 'sedert', 'sinds', 'sindsdien', 'slechts', 'sommige', 'steeds',
    'tegen', 'tegenover', 'tenzij', 'terwijl', 'thans', 'tien', 'tijdens', 'toch', 'toe', 'toen',
    'tot', 'tussen', 'twee', 'tweede', 'uit', 'vaak', 'van', 'vanaf', 'vanuit', 'vanwege', 'veel',
    'verder', 'verscheidene', 'verschillende', 'vervolgens', 'via', 'vier', 'vierde', 'vijf',
    'volgend', 'volgens', 'voor', 'vooraf', 'vooral', 'voordat', 'voorts', 'vooruit', 'vrij',
    'vroeg', 'waar', 'waarom', 'wanneer', 'want', 'waren', 'was', 'wat', 'weer', 'weg', 'wegens',
    'weinig', 'wel', 'welk', 'welke', 'werd', 'werden', 'wie', 'wij', 'wil', 'willen', 'worden',
    'wordt', 'zal', 'zei', 'zeker', 'zelf', 'zelfs', 'zes', 'zeven', 'zich', 'zichzelf', 'zij',
    'zijn', 'zoals', 'zodat', 'zodra', 'zonder', 'zou', 'zouden', 'zulke', 'zullen', 'zult',
  ],

};
