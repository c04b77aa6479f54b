// Particles that begin a family name in Belgium ("Van den Bossche", "De Wever", "du Bus de
// Warnaffe", "Vander Elst", "'t Kint"), compared in lower case. A family name starts at the first
// of them after the given name; in Belgium the particle belongs to the family name and is sorted
// with it (under "V" for "Van den Bossche").

export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'vande', 'vanden', 'vander', 'von',
  'de', 'den', 'der', 'des', 'du', "d'", 'di', 'da', 'del', 'della', 'dos', 'das',
  'le', 'la', 'les', 'ten', 'ter', "'t", "t'", 'op', 'in', 'uit',
]);
