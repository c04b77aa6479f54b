import { describe, expect, it } from 'vitest';
import { findDeflections } from '../../../src/core/assess/deflection';
import { DEFLECTIONS } from '../../../src/core/assess/lexicon/deflection';
import { DEFLECTION_EXAMPLES } from '../../../src/core/assess/lexicon/deflection-examples';
import { answerParts, referenceText } from './reference';

const whole = (s: string) => ({ start: 0, end: s.length });

describe('deflection lexicon: every entry finds its own example', () => {
  it('has one example per entry, and none for an entry that is gone', () => {
    expect(Object.keys(DEFLECTION_EXAMPLES).sort()).toEqual(DEFLECTIONS.map((e) => e.id).sort());
  });

  for (const entry of DEFLECTIONS) {
    it(`${entry.id} (${entry.family})`, () => {
      const example = DEFLECTION_EXAMPLES[entry.id]!;
      expect(example, entry.id).toBeTruthy();
      const found = findDeflections(example, whole(example), entry.language);
      const mine = found.matches.find((m) => m.entry.id === entry.id);
      expect(mine, example).toBeDefined();
      expect(mine!.entry.family).toBe(entry.family);
      expect(example.slice(mine!.span.start, mine!.span.end)).toBe(mine!.evidence);
      expect(found.dominant).toBe(true);
    });
  }
});

describe('deflection: the refusal must be what the answer says', () => {
  it('reads answer 4 of the reference page as two refusals', () => {
    const span = answerParts.get('4')!;
    const found = findDeflections(referenceText, span, 'fr');
    expect(found.matches.map((m) => m.entry.family)).toEqual(['no-data', 'ask-elsewhere']);
    expect(found.matches[0]!.evidence).toBe('Aucune information disponible');
    expect(referenceText.slice(found.matches[1]!.span.start, found.matches[1]!.span.end)).toBe('Veuillez contacter');
    expect(found.dominant).toBe(true);
  });

  it('does not take "étant donné les enquêtes en cours" (answer 3) for a refusal of the minister', () => {
    const found = findDeflections(referenceText, answerParts.get('3')!, 'fr');
    expect(found.matches).toEqual([]);
  });

  it('keeps a substantive answer that sends to a website for details as an answer', () => {
    const answer = "En 2021, 1.245 dossiers ont été ouverts, dont 312 à Bruxelles, 540 en Flandre et 393 en Wallonie. La durée moyenne de traitement était de 94 jours, contre 121 jours en 2019. Cette baisse s'explique par le recrutement de vingt agents supplémentaires. Je vous renvoie au site du SPF Justice pour le détail par arrondissement.";
    const found = findDeflections(answer, whole(answer), 'fr');
    expect(found.matches.map((m) => m.entry.id)).toEqual(['fr-je-vous-renvoie']);
    expect(found.dominant).toBe(false);
  });

  it('takes a Dutch no-data answer with a short explanation as a refusal', () => {
    const answer = 'Deze gegevens worden niet bijgehouden. De registratie gebeurt enkel per parket.';
    const found = findDeflections(answer, whole(answer), 'nl');
    expect(found.matches.map((m) => m.entry.family)).toEqual(['no-data']);
    expect(found.dominant).toBe(true);
  });

  it('needs a first-person refusal beside "lopend onderzoek"', () => {
    const informative = 'In het kader van het lopend onderzoek werden twaalf huiszoekingen verricht.';
    expect(findDeflections(informative, whole(informative), 'nl').matches).toEqual([]);
    const refusal = 'Gelet op het lopend gerechtelijk onderzoek kan ik hierover geen informatie verstrekken.';
    expect(findDeflections(refusal, whole(refusal), 'nl').matches.map((m) => m.entry.id)).toEqual(['nl-lopend-onderzoek']);
  });
});
