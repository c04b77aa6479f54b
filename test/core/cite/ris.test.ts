import { describe, expect, it } from 'vitest';
import { citeItem, citeQuestion } from '../../../src/core/cite';
import { ADDRESSEE_FR, ITEM4_URL, referenceAnalysis, URL_FR } from './reference';
import { SENATE_CITATION } from '../../../src/sites/senate-be/citation';

describe('RIS', () => {
  it('writes the reference question as a HEAR record, CR LF line ends, ER last', () => {
    const c = citeQuestion(SENATE_CITATION, referenceAnalysis('fr'), 'ris', URL_FR);
    expect(c.text).toBe(
      [
        'TY  - HEAR',
        'TI  - Clearview - Reconnaissance faciale - Vie privée - Police - Chiffres et tendances',
        'AU  - Ampe, Els',
        'DA  - 2022/06/02/',
        'PY  - 2022',
        'T3  - Sénat de Belgique',
        'ET  - 2021-2022',
        'M1  - 7-1649',
        'PB  - Sénat de Belgique',
        'CY  - Bruxelles',
        'LA  - fr',
        `UR  - ${URL_FR}`,
        'KW  - intelligence artificielle',
        'KW  - police',
        'KW  - protection de la vie privée',
        `N1  - Question adressée à ${ADDRESSEE_FR}. Réponse reçue le 7 juillet 2022.`,
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });

  it('has every line in the "XX  - value" shape and no bare LF', () => {
    const text = citeQuestion(SENATE_CITATION, referenceAnalysis('nl'), 'ris', URL_FR).text;
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('cites a sub-question with its deep link and label, in Dutch', () => {
    const a = referenceAnalysis('nl');
    const lines = citeItem(SENATE_CITATION, a, a.items[0]!, 'ris', URL_FR).text.split('\r\n');
    expect(lines).toContain(`UR  - ${ITEM4_URL}`);
    expect(lines).toContain('ET  - 2021-22');
    expect(lines).toContain('T3  - Belgische Senaat');
    expect(lines).toContain('CY  - Brussel');
    expect(lines).toContain('N1  - Punt 4. Vraag gericht aan de minister van Binnenlandse Zaken, Institutionele Hervormingen en Democratische Vernieuwing. Antwoord ontvangen op 7 juli 2022.');
  });

  it('keeps a value with a line break on one line', () => {
    const a = referenceAnalysis('fr');
    a.question.title = 'Clearview\nReconnaissance faciale';
    expect(citeQuestion(SENATE_CITATION, a, 'ris', null).text.split('\r\n')[1]).toBe('TI  - Clearview Reconnaissance faciale');
  });
});
