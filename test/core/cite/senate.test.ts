import { describe, expect, it } from 'vitest';
import { citeItem, citeQuestion, formatLongDate, renderTemplate, textFragmentUrl } from '../../../src/core/cite';
import { referenceAnalysis as reference, URL_FR } from './reference';
import { SENATE_CITATION } from '../../../src/sites/senate-be/citation';

describe('Senate wording', () => {
  it('cites the whole question as the Senate words it, in French', () => {
    const c = citeQuestion(SENATE_CITATION, reference('fr'), 'senate', null);
    expect(c.text).toBe(
      "Question écrite n° 7-1649 de Els Ampe (Open Vld) du 2 juin 2022 à la ministre de l'Intérieur, des Réformes institutionnelles et du Renouveau démocratique, réponse reçue le 7 juillet 2022",
    );
  });

  it('cites it in Dutch on a Dutch page', () => {
    const c = citeQuestion(SENATE_CITATION, reference('nl'), 'senate', null);
    expect(c.text).toBe(
      'Schriftelijke vraag nr. 7-1649 van Els Ampe (Open Vld) d.d. 2 juni 2022 aan de minister van Binnenlandse Zaken, Institutionele Hervormingen en Democratische Vernieuwing, antwoord ontvangen op 7 juli 2022',
    );
  });

  it('keeps the link in the HTML form and escapes the text', () => {
    const c = citeQuestion(SENATE_CITATION, reference('fr'), 'senate', URL_FR);
    expect(c.html).toContain(`<a href="${URL_FR.replace(/&/g, '&amp;')}">Question écrite n° 7-1649 de Els Ampe`);
    expect(c.html).toContain('l&#39;Intérieur'.replace('&#39;', "'"));
    expect(c.text.endsWith(`<${URL_FR}>`)).toBe(true);
  });

  it('drops the answer clause for an unanswered question, and the party when unknown', () => {
    const a = reference('fr');
    a.question.answeredOn = null;
    a.question.party = null;
    expect(citeQuestion(SENATE_CITATION, a, 'senate', null).text).toBe(
      "Question écrite n° 7-1649 de Els Ampe du 2 juin 2022 à la ministre de l'Intérieur, des Réformes institutionnelles et du Renouveau démocratique",
    );
  });

  it('cites one sub-question with its answer, quoted', () => {
    const a = reference('fr');
    const c = citeItem(SENATE_CITATION, a, a.items[0]!, 'senate', URL_FR);
    const lines = c.text.split('\n');
    expect(lines[0]).toMatch(/^Question écrite n° 7-1649 de Els Ampe \(Open Vld\) du 2 juin 2022, point 4, réponse reçue le 7 juillet 2022 <https:\/\/www\.senate\.be\/.*#:~:text=Selon%20le%20journal%20Le%20Soir%2C%20une%20enqu%C3%AAte%20a>$/);
    expect(lines[1]).toBe(`Question : « ${a.items[0]!.question} »`.replace('Question : ', 'Question: '));
    expect(lines[2]).toBe('Réponse: « Aucune information disponible. Veuillez contacter Child Focus. »');
    expect(c.html).toContain('<blockquote>');
  });
});

describe('Markdown and deep links', () => {
  it('makes a Markdown link of the question', () => {
    const c = citeQuestion(SENATE_CITATION, reference('nl'), 'markdown', URL_FR);
    expect(c.text).toBe(`[Schriftelijke vraag nr. 7-1649 van Els Ampe (Open Vld) d.d. 2 juni 2022 aan de minister van Binnenlandse Zaken, Institutionele Hervormingen en Democratische Vernieuwing, antwoord ontvangen op 7 juli 2022](${URL_FR})`);
  });

  it('gives a deep link that opens the page at the sub-question', () => {
    const a = reference('fr');
    const c = citeItem(SENATE_CITATION, a, a.items[0]!, 'deep-link', URL_FR);
    expect(c.text).toBe(`${URL_FR}#:~:text=Selon%20le%20journal%20Le%20Soir%2C%20une%20enqu%C3%AAte%20a`);
  });

  it('escapes the characters a text fragment reserves', () => {
    expect(textFragmentUrl('https://x.be/p#old', 'Vraag 1 - kosten, baten & risico', 5)).toBe('https://x.be/p#:~:text=Vraag%201%20%2D%20kosten%2C%20baten');
  });
});

describe('templates and dates', () => {
  it('drops a bracketed segment whose placeholder is empty', () => {
    expect(renderTemplate('Q {id}[ by {author}][ ({party})]', { id: '7-1', author: 'X', party: null })).toBe('Q 7-1 by X');
  });
  it('writes "1er" for the first of the month in French only', () => {
    expect(formatLongDate('2022-06-01', 'fr')).toBe('1er juin 2022');
    expect(formatLongDate('2022-06-01', 'nl')).toBe('1 juni 2022');
    expect(formatLongDate('2022-08-15', 'en')).toBe('15 August 2022');
  });
});
