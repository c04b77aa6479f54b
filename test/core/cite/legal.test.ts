import { describe, expect, it } from 'vitest';
import { citeItem, citeQuestion } from '../../../src/core/cite';
import { ADDRESSEE_FR, ADDRESSEE_NL, ITEM4_URL, referenceAnalysis, URL_FR } from './reference';
import { SENATE_CITATION } from '../../../src/sites/senate-be/citation';

describe('Belgian legal style', () => {
  it('cites the reference question as the French guide does, the session taken from 2 June 2022', () => {
    const c = citeQuestion(SENATE_CITATION, referenceAnalysis('fr'), 'legal', null);
    expect(c.text).toBe(`Q.R., Sénat, 2021-2022, n° 7-1649 (question de Els Ampe du 2 juin 2022 à ${ADDRESSEE_FR}, réponse du 7 juillet 2022)`);
  });

  it('cites it as the Dutch guide does: no comma before the session, its second year shortened', () => {
    const c = citeQuestion(SENATE_CITATION, referenceAnalysis('nl'), 'legal', null);
    expect(c.text).toBe(`Vr. en Antw. Senaat 2021-22, nr. 7-1649 (vraag van Els Ampe d.d. 2 juni 2022 aan ${ADDRESSEE_NL}, antwoord d.d. 7 juli 2022)`);
  });

  it('adds the page address, linked in HTML', () => {
    const c = citeQuestion(SENATE_CITATION, referenceAnalysis('fr'), 'legal', URL_FR);
    expect(c.text).toBe(`Q.R., Sénat, 2021-2022, n° 7-1649 (question de Els Ampe du 2 juin 2022 à ${ADDRESSEE_FR}, réponse du 7 juillet 2022) <${URL_FR}>`);
    expect(c.html).toBe(`<a href="${URL_FR.replace(/&/g, '&amp;')}">Q.R., Sénat, 2021-2022, n° 7-1649 (question de Els Ampe du 2 juin 2022 à ${ADDRESSEE_FR}, réponse du 7 juillet 2022)</a>`);
  });

  it('takes the session of a question asked after the October opening', () => {
    const a = referenceAnalysis('fr');
    a.question.askedOn = '2022-10-15';
    a.question.answeredOn = null;
    expect(citeQuestion(SENATE_CITATION, a, 'legal', null).text).toBe(`Q.R., Sénat, 2022-2023, n° 7-1649 (question de Els Ampe du 15 octobre 2022 à ${ADDRESSEE_FR})`);
  });

  it('pinpoints a sub-question after the parenthesis, with the deep link', () => {
    const a = referenceAnalysis('fr');
    const c = citeItem(SENATE_CITATION, a, a.items[0]!, 'legal', URL_FR);
    expect(c.text).toBe(`Q.R., Sénat, 2021-2022, n° 7-1649 (question de Els Ampe du 2 juin 2022 à ${ADDRESSEE_FR}, réponse du 7 juillet 2022), point 4 <${ITEM4_URL}>`);
    const nl = referenceAnalysis('nl');
    expect(citeItem(SENATE_CITATION, nl, nl.items[0]!, 'legal', null).text).toBe(`Vr. en Antw. Senaat 2021-22, nr. 7-1649 (vraag van Els Ampe d.d. 2 juni 2022 aan ${ADDRESSEE_NL}, antwoord d.d. 7 juli 2022), punt 4`);
  });

  it('drops what the question lacks, never leaving empty commas', () => {
    const a = referenceAnalysis('fr');
    a.question.askedOn = null;
    a.question.answeredOn = null;
    a.question.addressee = null;
    expect(citeQuestion(SENATE_CITATION, a, 'legal', null).text).toBe('Q.R., Sénat, n° 7-1649 (question de Els Ampe)');
  });
});
