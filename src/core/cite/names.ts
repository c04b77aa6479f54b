// Splits a person's name as the Senate prints it ("Els Ampe", "Karin Van den Bossche") into the
// given and family parts reference managers want. "Family = last word" breaks Belgian names with
// particles; a name printed with its family part in capitals ("Els AMPE") says so itself.

import { NAME_PARTICLES } from './name-particles';

export interface PersonName {
  family: string;
  given: string;
}

export function splitPersonName(full: string): PersonName {
  const words = full.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (words.length <= 1) return { family: words[0] ?? '', given: '' };
  let start = words.length - 1;
  const capitals = words.findIndex((w, i) => i > 0 && /\p{Lu}{2,}/u.test(w) && w === w.toUpperCase());
  const particle = words.findIndex((w, i) => i > 0 && i < words.length - 1 && NAME_PARTICLES.has(w.toLowerCase()));
  if (capitals > 0) start = capitals;
  else if (particle > 0) start = particle;
  // A particle glued to the family name by an apostrophe ("d'Hose") is one word already.
  return { family: words.slice(start).join(' '), given: words.slice(0, start).join(' ') };
}
