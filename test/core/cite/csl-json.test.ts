import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { citeItem, citeQuestion } from '../../../src/core/cite';
import schema from './csl-data.schema.json';
import { ADDRESSEE_FR, ITEM4_URL, referenceAnalysis, TITLE_FR, URL_FR } from './reference';
import { SENATE_CITATION } from '../../../src/sites/senate-be/citation';

const validate = new Ajv({ allErrors: true }).compile(schema);

describe('CSL-JSON', () => {
  it('writes the reference question as one hearing item', () => {
    const text = citeQuestion(SENATE_CITATION, referenceAnalysis('fr'), 'csl-json', URL_FR).text;
    expect(JSON.parse(text)).toEqual([
      {
        id: 'senate7-1649',
        type: 'hearing',
        title: TITLE_FR,
        author: [{ family: 'Ampe', given: 'Els' }],
        issued: { 'date-parts': [[2022, 6, 2]] },
        authority: 'Sénat de Belgique',
        number: '7-1649',
        'chapter-number': '2021-2022',
        genre: 'Question écrite',
        'publisher-place': 'Bruxelles',
        URL: URL_FR,
        language: 'fr',
        keyword: 'intelligence artificielle, police, protection de la vie privée',
        note: `Question adressée à ${ADDRESSEE_FR}. Réponse reçue le 7 juillet 2022.`,
      },
    ]);
  });

  it('is valid CSL data, in French, in Dutch and for a sub-question', () => {
    const fr = referenceAnalysis('fr');
    const nl = referenceAnalysis('nl');
    for (const text of [
      citeQuestion(SENATE_CITATION, fr, 'csl-json', URL_FR).text,
      citeQuestion(SENATE_CITATION, nl, 'csl-json', null).text,
      citeItem(SENATE_CITATION, fr, fr.items[0]!, 'csl-json', URL_FR).text,
    ]) {
      const ok = validate(JSON.parse(text));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('has a schema that rejects what processors would misread', () => {
    expect(validate([{ id: 'x', type: 'question' }])).toBe(false);
    expect(validate([{ id: 'x', type: 'hearing', issued: { 'date-parts': ['2022-06-02'] } }])).toBe(false);
    expect(validate([{ id: 'x', type: 'hearing', author: ['Els Ampe'] }])).toBe(false);
    expect(validate([{ id: 'x', type: 'hearing', publisher_place: 'Bruxelles' }])).toBe(false);
  });

  it('keeps a Belgian particle in the family name', () => {
    const a = referenceAnalysis('nl');
    a.question.author = 'Karin Van den Bossche';
    const [item] = JSON.parse(citeQuestion(SENATE_CITATION, a, 'csl-json', null).text) as Array<{ author: unknown; authority: string; 'chapter-number': string }>;
    expect(item!.author).toEqual([{ family: 'Van den Bossche', given: 'Karin' }]);
    expect(item!.authority).toBe('Belgische Senaat');
    expect(item!['chapter-number']).toBe('2021-22');
  });

  it('cites a sub-question by its own id and deep link, its label in the note', () => {
    const a = referenceAnalysis('fr');
    const [item] = JSON.parse(citeItem(SENATE_CITATION, a, a.items[0]!, 'csl-json', URL_FR).text) as Array<Record<string, unknown>>;
    expect(item!.id).toBe('senate7-1649-point4');
    expect(item!.URL).toBe(ITEM4_URL);
    expect(item!.note).toBe(`Point 4. Question adressée à ${ADDRESSEE_FR}. Réponse reçue le 7 juillet 2022.`);
  });

  it('says when no answer was published', () => {
    const a = referenceAnalysis('fr');
    a.question.answeredOn = null;
    const [item] = JSON.parse(citeQuestion(SENATE_CITATION, a, 'csl-json', null).text) as Array<Record<string, unknown>>;
    expect(item!.note).toBe(`Question adressée à ${ADDRESSEE_FR}. Pas de réponse publiée.`);
    expect(item!.URL).toBeUndefined();
  });
});
