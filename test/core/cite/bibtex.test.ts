import { describe, expect, it } from 'vitest';
import { citeItem, citeQuestion, escapeBibtex } from '../../../src/core/cite';
import { ADDRESSEE_FR, ITEM4_URL, referenceAnalysis, URL_FR } from './reference';
import { SENATE_CITATION } from '../../../src/sites/senate-be/citation';

describe('BibTeX', () => {
  it('writes the reference question as a @misc entry, accents as UTF-8', () => {
    const c = citeQuestion(SENATE_CITATION, referenceAnalysis('fr'), 'bibtex', URL_FR);
    expect(c.text).toBe(
      [
        '@misc{senate7-1649,',
        '  author = {Ampe, Els},',
        '  title = {{Clearview - Reconnaissance faciale - Vie privée - Police - Chiffres et tendances}},',
        '  howpublished = {Question écrite n° 7-1649, Sénat de Belgique, session 2021-2022},',
        '  organization = {Sénat de Belgique},',
        '  number = {7-1649},',
        '  year = {2022},',
        '  month = jun,',
        '  date = {2022-06-02},',
        `  url = {${URL_FR}},`,
        '  langid = {french},',
        '  keywords = {intelligence artificielle, police, protection de la vie privée},',
        `  note = {Question adressée à ${ADDRESSEE_FR}. Réponse reçue le 7 juillet 2022.},`,
        '}',
        '',
      ].join('\n'),
    );
    expect(c.html.startsWith('<pre>@misc{senate7-1649,\n')).toBe(true);
    expect(c.html).toContain('&amp;LEG=7');
  });

  it('gives a sub-question its own key, its label in the note and its deep link', () => {
    const a = referenceAnalysis('nl');
    const text = citeItem(SENATE_CITATION, a, a.items[0]!, 'bibtex', URL_FR).text;
    expect(text.split('\n')[0]).toBe('@misc{senate7-1649-point4,');
    expect(text).toContain('  howpublished = {Schriftelijke vraag nr. 7-1649, Belgische Senaat, zitting 2021-22},\n');
    expect(text).toContain(`  url = {${ITEM4_URL}},\n`);
    expect(text).toContain('  langid = {dutch},\n');
    expect(text).toContain('  note = {Punt 4. Vraag gericht aan de minister van Binnenlandse Zaken, Institutionele Hervormingen en Democratische Vernieuwing. Antwoord ontvangen op 7 juli 2022.},\n');
  });

  it('escapes the characters TeX reserves', () => {
    expect(escapeBibtex('{x}')).toBe('\\{x\\}');
    expect(escapeBibtex('50 % & more')).toBe('50 \\% \\& more');
    expect(escapeBibtex('R_D #2 $5')).toBe('R\\_D \\#2 \\$5');
    expect(escapeBibtex('a\\b ~ c^')).toBe('a\\textbackslash{}b \\textasciitilde{} c\\textasciicircum{}');
    expect(escapeBibtex('Vie privée – « droit »')).toBe('Vie privée – « droit »');
  });

  it('escapes them in a real title and braces a family name of several words', () => {
    const a = referenceAnalysis('fr');
    a.question.title = 'Budget 2022 {brut} - 15% & R_D #3 - $';
    a.question.author = 'Karin Van den Bossche';
    const text = citeQuestion(SENATE_CITATION, a, 'bibtex', null).text;
    expect(text).toContain('  title = {{Budget 2022 \\{brut\\} - 15\\% \\& R\\_D \\#3 - \\$}},\n');
    expect(text).toContain('  author = {{Van den Bossche}, Karin},\n');
    expect(text).not.toContain('url =');
  });
});
