// Citations in the reader's chosen form, on the reference question 7-1649.
import { describe, expect, it } from 'vitest';
import { citeItem, citeQuestion } from '../../src/core/cite';
import { citeWithForm } from '../../src/ui/citation';
import { ITEM4_URL, referenceAnalysis, URL_FR } from '../core/cite/reference';
import { SENATE_CITATION } from '../../src/sites/senate-be/citation';

const TEMPLATES = [
  { id: 'short', name: 'Short', template: '{id} – {author}[ ({party})], {askedOn}[, answer {answeredOn}] <{url}>' },
  { id: 'point', name: 'Point', template: 'Sénat {id}, point {label} ({status})[ <{url}>]' },
];

describe('citing in the chosen form', () => {
  const analysis = referenceAnalysis('fr');
  const item = analysis.items[0]!;

  it('fills a custom template for the whole question, in the panel language', () => {
    const got = citeWithForm(SENATE_CITATION, analysis, 'custom:short', TEMPLATES, URL_FR, 'fr');
    expect(got.text).toBe(`7-1649 – Els Ampe (Open Vld), 2 juin 2022, answer 7 juillet 2022 <${URL_FR}>`);
    expect(got.html).toBe(`7-1649 – Els Ampe (Open Vld), 2 juin 2022, answer 7 juillet 2022 &lt;${URL_FR.replace(/&/g, '&amp;')}&gt;`);
    expect(citeWithForm(SENATE_CITATION, analysis, 'custom:short', TEMPLATES, URL_FR, 'nl').text).toContain('2 juni 2022, answer 7 juli 2022');
  });

  it('gives a sub-question its label, status (in the citation\'s language) and deep link', () => {
    expect(citeWithForm(SENATE_CITATION, analysis, 'custom:point', TEMPLATES, URL_FR, 'fr', item).text).toBe(`Sénat 7-1649, point 4 (éludé) <${ITEM4_URL}>`);
  });

  it('drops an optional part whose placeholder is empty', () => {
    expect(citeWithForm(SENATE_CITATION, analysis, 'custom:point', TEMPLATES, null, 'fr', item).text).toBe('Sénat 7-1649, point 4 (éludé)');
  });

  it('leaves the built-in forms to core/cite, and falls back when a custom form is gone', () => {
    expect(citeWithForm(SENATE_CITATION, analysis, 'legal', TEMPLATES, URL_FR, 'fr')).toEqual(citeQuestion(SENATE_CITATION, analysis, 'legal', URL_FR, 'fr'));
    expect(citeWithForm(SENATE_CITATION, analysis, 'ris', TEMPLATES, URL_FR, 'fr', item)).toEqual(citeItem(SENATE_CITATION, analysis, item, 'ris', URL_FR, 'fr'));
    expect(citeWithForm(SENATE_CITATION, analysis, 'custom:deleted', TEMPLATES, URL_FR, 'fr')).toEqual(citeQuestion(SENATE_CITATION, analysis, 'senate', URL_FR, 'fr'));
  });
});
