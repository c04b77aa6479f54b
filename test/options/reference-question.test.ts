// The options page previews on a bundled copy of the reference question; it must say what the
// engine reads on the fixture page. When this fails after a change in the reading, regenerate it:
//   npx tsx scripts/make-reference-question.ts
import { describe, expect, it } from 'vitest';
import bundled from '../../src/options/reference-question.json';
import { referenceAnalysis } from '../../src/options/reference-question';
import { readReferenceQuestion } from '../../scripts/make-reference-question';
import { citeQuestion } from '../../src/core/cite';
import { SENATE_CITATION } from '../../src/sites/senate-be/citation';

describe('bundled reference question', () => {
  it('matches the engine reading of the 7-1649 fixture', () => {
    expect(bundled).toEqual(readReferenceQuestion());
  });

  it('holds what the shared reference text says of 7-1649 and its sub-question 4', () => {
    const { analysis, item } = referenceAnalysis();
    expect(analysis.question).toMatchObject({ id: '7-1649', author: 'Els Ampe', party: 'Open Vld', askedOn: '2022-06-02', answeredOn: '2022-07-07' });
    expect(item.label).toBe('4');
    expect(item.answer).toBe('Aucune information disponible. Veuillez contacter Child Focus.');
    expect(citeQuestion(SENATE_CITATION, analysis, 'senate', null, 'fr').text).toBe(
      "Question écrite n° 7-1649 de Els Ampe (Open Vld) du 2 juin 2022 à la ministre de l'Intérieur, des Réformes institutionnelles et du Renouveau démocratique, réponse reçue le 7 juillet 2022",
    );
  });
});
