// read() on every fixture: page info and metadata field by field against expected.json (written by
// hand from the page), and the regions' first and last words. Pairing (items) is not tested here.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { flatten } from '../../../src/core/text';
import { senateBe } from '../../../src/sites/senate-be';
import { PAGE_INCOMPLETE } from '../../../src/core/model';
import { FIXTURES, loadFixture } from '../../helpers/load-page';

interface Expected {
  page: { kind: string; language?: string; variant?: string };
  question?: Record<string, unknown>;
  regions?: { questionStartsWith: string; questionEndsWith: string; answerStartsWith: string | null; answerEndsWith: string | null };
}

const DIR = join(FIXTURES, 'senate-be');
const CASES = readdirSync(DIR).filter((name) => statSync(join(DIR, name)).isDirectory());
const URLS = JSON.parse(readFileSync(join(DIR, 'urls.json'), 'utf8')) as Record<string, string>;
const META_FIELDS = [
  'id', 'legislature', 'number', 'author', 'party', 'askedOn', 'addressee', 'title', 'keywords', 'originalLanguage',
  'deadline', 'answeredOn', 'alsoAskedTo', 'resubmittedAs', 'closedOn', 'lapsedOn', 'lapseInferred', 'events',
] as const;

describe('senate-be fixtures', () => {
  it('has the required cases, each with a page, expected.json, README.md and an address', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(14);
    for (const name of CASES) {
      for (const file of ['page.html', 'expected.json', 'README.md']) expect(statSync(join(DIR, name, file)).isFile()).toBe(true);
      expect(URLS[name], name).toBeTruthy();
    }
  });
});

describe.each(CASES)('read() on %s', (name) => {
  const page = loadFixture<Expected>('senate-be', name);
  const expected = page.expected!;
  const url = URLS[name] ?? null;
  const reading = senateBe.read(page.flat, url);
  const text = page.flat.text;

  it('detects the page kind, language and variant', () => {
    expect(reading.page.site).toBe('senate-be');
    expect(reading.page.kind).toBe(expected.page.kind);
    expect(reading.page.url).toBe(url);
    if (expected.page.language) expect(reading.page.language).toBe(expected.page.language);
    if (expected.page.variant) expect(reading.page.variant).toBe(expected.page.variant);
  });

  if (expected.page.kind !== 'written-question') {
    it('reads no question from a page of another kind', () => {
      expect(reading.meta.id).toBeNull();
      expect(reading.questionRegion).toBeNull();
      expect(reading.answerRegion).toBeNull();
    });
    return;
  }

  it.each(META_FIELDS)('reads meta.%s', (field) => {
    expect(reading.meta[field]).toEqual(expected.question![field]);
  });

  it('finds the question region', () => {
    const r = expected.regions!;
    expect(reading.questionRegion).not.toBeNull();
    const q = text.slice(reading.questionRegion!.start, reading.questionRegion!.end);
    expect(q.startsWith(r.questionStartsWith), q.slice(0, 80)).toBe(true);
    expect(q.endsWith(r.questionEndsWith), q.slice(-80)).toBe(true);
    // The labels around the question stay outside it.
    expect(q).not.toMatch(/Réponse reçue le|Antwoord ontvangen op|^Question n°|^Vraag nr\./);
  });

  it('finds the answer region, or none when there is no answer', () => {
    const r = expected.regions!;
    if (r.answerStartsWith === null) {
      expect(reading.answerRegion).toBeNull();
      return;
    }
    expect(reading.answerRegion).not.toBeNull();
    const a = text.slice(reading.answerRegion!.start, reading.answerRegion!.end);
    expect(a.startsWith(r.answerStartsWith), a.slice(0, 80)).toBe(true);
    expect(a.endsWith(r.answerEndsWith!), a.slice(-80)).toBe(true);
    expect(a).not.toMatch(/Contact|Plan du site|Sitemap|_{5}/);
  });

  it('warns exactly when something was missing', () => {
    const q = expected.question!;
    expect(reading.warnings.some((w) => /party/i.test(w))).toBe(q.party === null);
    expect(reading.warnings.every((w) => w.length > 0 && !w.includes('\n'))).toBe(true);
  });

  it('looks like a question from its first text nodes', () => {
    expect(senateBe.looksLikeQuestion(page.document)).toBe(true);
  });
});

function flatOf(html: string) {
  const { document } = parseHTML(`<html><body>${html}</body></html>`) as unknown as { document: Document };
  return { document, flat: flatten(document.body) };
}

describe('read() on variants built here', () => {
  it('reads "nº", "no" and "nr." number signs and several authors with and without party', () => {
    const { flat } = flatOf(
      '<h2>Question écrite nº 6-123</h2><p>de Anne Martin (PS), Jean Dupont et Marie Claes (Ecolo) du 3 mars 2016</p>' +
        '<p>au vice-premier ministre et ministre des Finances</p><p>Impôts - Contrôle</p><p>fiscalité</p>' +
        '<p>Question no 6-123 du 3 mars 2016 :</p><p>Combien de contrôles ?</p>',
    );
    const r = senateBe.read(flat, null);
    expect(r.meta.id).toBe('6-123');
    expect(r.meta.author).toBe('Anne Martin, Jean Dupont, Marie Claes');
    expect(r.meta.party).toBe('PS, Ecolo');
    expect(r.meta.addressee).toBe('le vice-premier ministre et ministre des Finances');
    expect(r.meta.keywords).toEqual(['fiscalité']);
    expect(r.answerRegion).toBeNull();
    expect(flat.text.slice(r.questionRegion!.start, r.questionRegion!.end)).toBe('Combien de contrôles ?');
    expect(r.warnings).toContain('No chronology found.');
  });

  it('reads a Dutch print version with the date on its own line and ends the answer at a rule', () => {
    const rule = `<p>${'_'.repeat(40)}</p>`;
    const { flat } = flatOf(
      `<p>SENAAT Schriftelijke vraag nr. 5-1480</p>${rule}<p>van Bert Anciaux (sp.a)</p><p>d.d. 10 februari 2011</p>` +
        `<p>aan de minister van Justitie</p>${rule}<p>Gevangenissen - Overbevolking</p>${rule}` +
        `<p>Vraag nr. 5-1480 d.d. 10 februari 2011 :</p><p>1) Hoeveel gedetineerden?</p>${rule}` +
        `<p>Antwoord ontvangen op 4 maart 2011 :</p><p>1) Er zijn 11.000 gedetineerden.</p>${rule}<p>Belgische Senaat</p>`,
    );
    const r = senateBe.read(flat, 'https://www.senaat.be/www/?MIval=Vragen/SVPrint&LEG=5&NR=1480&LANG=nl');
    expect(r.page).toMatchObject({ kind: 'written-question', language: 'nl', variant: 'print' });
    expect(r.meta).toMatchObject({ id: '5-1480', author: 'Bert Anciaux', party: 'sp.a', askedOn: '2011-02-10', answeredOn: '2011-03-04' });
    expect(r.meta.title).toBe('Gevangenissen - Overbevolking');
    expect(flat.text.slice(r.questionRegion!.start, r.questionRegion!.end)).toBe('1) Hoeveel gedetineerden?');
    expect(flat.text.slice(r.answerRegion!.start, r.answerRegion!.end)).toBe('1) Er zijn 11.000 gedetineerden.');
  });

  const bilingual =
    '<table>' +
    '<tr><td>SÉNAT Question écrite n° 7-1649</td><td>SENAAT Schriftelijke vraag nr. 7-1649</td></tr>' +
    '<tr><td>de Els Ampe (Open Vld) du 2 juin 2022</td><td>van Els Ampe (Open Vld) d.d. 2 juni 2022</td></tr>' +
    '<tr><td>à la ministre de l\'Intérieur</td><td>aan de minister van Binnenlandse Zaken</td></tr>' +
    '<tr><td>Clearview - Police</td><td>Clearview - Politie</td></tr>' +
    '<tr><td>Question n° 7-1649 du 2 juin 2022 : (Question posée en néerlandais)<p>1) Dans quel contexte ?</p></td>' +
    '<td>Vraag nr. 7-1649 d.d. 2 juni 2022 :<p>1) In welke context?</p></td></tr>' +
    '<tr><td>Réponse reçue le 7 juillet 2022 :<p>1) Deux membres.</p></td><td>Antwoord ontvangen op 7 juli 2022 :<p>1) Twee leden.</p></td></tr>' +
    '</table>';

  it('reads the French column of a side-by-side bilingual print version by default', () => {
    const { flat } = flatOf(bilingual);
    const r = senateBe.read(flat, null);
    expect(r.page).toMatchObject({ language: 'fr', variant: 'print-bilingual' });
    expect(r.meta).toMatchObject({ author: 'Els Ampe', addressee: "la ministre de l'Intérieur", title: 'Clearview - Police', originalLanguage: 'nl' });
    expect(flat.text.slice(r.questionRegion!.start, r.questionRegion!.end)).toBe('1) Dans quel contexte ?');
    expect(flat.text.slice(r.answerRegion!.start, r.answerRegion!.end)).toBe('1) Deux membres.');
    expect(r.warnings.some((w) => /side by side/.test(w))).toBe(true);
  });

  it('reads the Dutch column when the address asks for Dutch', () => {
    const { flat } = flatOf(bilingual);
    const r = senateBe.read(flat, 'https://www.senaat.be/www/?MIval=Vragen/SVPrint&LEG=7&NR=1649&LANG=nl');
    expect(r.page).toMatchObject({ language: 'nl', variant: 'print-bilingual' });
    expect(r.meta).toMatchObject({ addressee: 'de minister van Binnenlandse Zaken', title: 'Clearview - Politie', askedOn: '2022-06-02' });
    expect(flat.text.slice(r.questionRegion!.start, r.questionRegion!.end)).toBe('1) In welke context?');
    expect(flat.text.slice(r.answerRegion!.start, r.answerRegion!.end)).toBe('1) Twee leden.');
  });

  it('reads one language after the other, stopping at the other language', () => {
    const { flat } = flatOf(
      '<p>Question écrite n° 7-10</p><p>de Els Ampe (Open Vld) du 2 juin 2022</p><p>à la ministre de la Justice</p><p>Prisons</p>' +
        '<p>Question n° 7-10 du 2 juin 2022 :</p><p>Combien ?</p><p>Réponse reçue le 7 juillet 2022 :</p><p>Dix.</p>' +
        '<p>Schriftelijke vraag nr. 7-10</p><p>van Els Ampe (Open Vld) d.d. 2 juni 2022</p><p>aan de minister van Justitie</p><p>Gevangenissen</p>' +
        '<p>Vraag nr. 7-10 d.d. 2 juni 2022 :</p><p>Hoeveel?</p><p>Antwoord ontvangen op 7 juli 2022 :</p><p>Tien.</p>',
    );
    const fr = senateBe.read(flat, null);
    expect(fr.page.variant).toBe('print-bilingual');
    expect(flat.text.slice(fr.answerRegion!.start, fr.answerRegion!.end)).toBe('Dix.');
    const nl = senateBe.read(flat, 'https://www.senaat.be/www/?MIval=Vragen/SVPrint&LEG=7&NR=10&LANG=nl');
    expect(nl.meta.title).toBe('Gevangenissen');
    expect(flat.text.slice(nl.questionRegion!.start, nl.questionRegion!.end)).toBe('Hoeveel?');
    expect(flat.text.slice(nl.answerRegion!.start, nl.answerRegion!.end)).toBe('Tien.');
  });

  it('does not look like a question when the heading is beyond the first text nodes', () => {
    const filler = Array.from({ length: 400 }, (_, i) => `<span>menu ${i}</span>`).join('');
    const { document } = flatOf(`${filler}<h2>Question écrite n° 7-1649</h2>`);
    expect(senateBe.looksLikeQuestion(document)).toBe(false);
    const { document: near } = flatOf(`<span>Accueil</span><h2>Schriftelijke vraag nr.&nbsp;7-1649</h2>`);
    expect(senateBe.looksLikeQuestion(near)).toBe(true);
  });
});

describe('read() on the real page variants (issue 10, part 2)', () => {
  const rule = `<p>${'_'.repeat(40)}</p>`;
  it('reads a Dutch print page whose author line opens with "de" and whose label repeats the heading', () => {
    const { flat } = flatOf(
      `<p>SENAAT Schriftelijke vraag nr. 5-1480</p>${rule}<p>de Cécile Thibaut (Ecolo)</p><p>d.d. 23 februari 2011</p>` +
        `<p>aan de minister van Justitie</p>${rule}<p>Gevangenissen</p>${rule}` +
        `<p>SENAAT Schriftelijke vraag nr. 5-1480 d.d. 23 februari 2011 : (Vraag gesteld in het Frans)</p><p>1) Hoeveel?</p>${rule}` +
        `<p>Antwoord ontvangen op 4 april 2011 :</p><p>1) Tienduizend.</p>${rule}`,
    );
    const r = senateBe.read(flat, null);
    expect(r.page).toMatchObject({ kind: 'written-question', language: 'nl', variant: 'print' });
    expect(r.meta).toMatchObject({ id: '5-1480', author: 'Cécile Thibaut', party: 'Ecolo', askedOn: '2011-02-23', originalLanguage: 'fr', answeredOn: '2011-04-04' });
    expect(flat.text.slice(r.questionRegion!.start, r.questionRegion!.end)).toBe('1) Hoeveel?');
    expect(flat.text.slice(r.answerRegion!.start, r.answerRegion!.end)).toBe('1) Tienduizend.');
  });

  it.each([
    ['author line and question label', '<p>van Jan Peeters (N-VA) d.d. 2 juni 2022</p><p>Vraag 7-10 d.d. 2 juni 2022</p><p>Hoeveel?</p>'],
    ['question label "n°" with "du" and answer label without colon', '<p>Vraag n° 7-10 du 2 juni 2022</p><p>Hoeveel?</p><p>Antwoord d.d. 7 juli 2022</p><p>Tien.</p>'],
    ['author line and answer label', '<p>de Jan Peeters (N-VA) du 2 juni 2022</p><p>aan de minister van Justitie</p><p>Antwoord ontvangen op 7 juli 2022 :</p><p>Tien.</p>'],
    ['chronology and question label "no"', '<p>Chronologie</p><p>2/6/2022 Verzending vraag</p><p>Vraag no 7-10 :</p><p>Hoeveel?</p>'],
  ])('counts a heading with two parts as a question: %s', (_, body) => {
    const { flat } = flatOf(`<h2>Schriftelijke vraag nr. 7-10</h2>${body}`);
    expect(senateBe.read(flat, null).page.kind).toBe('written-question');
  });

  it.each([
    ['a heading alone', ''],
    ['a heading and an answer label', '<p>Réponse reçue le 7 juillet 2022</p>'],
    ['a heading and another question\'s repeated heading with its date', '<p>Question écrite n° 7-11 du 2 juin 2022 : Prisons</p>'],
  ])('does not count %s', (_, body) => {
    const { flat } = flatOf(`<h2>Question écrite n° 7-10</h2>${body}`);
    expect(senateBe.read(flat, null).page.kind).toBe('other');
  });

  it('marks a question cut mid-sentence, with no answer, as incomplete', () => {
    const { flat } = flatOf(
      '<h2>Question écrite n° 7-10</h2><p>de Els Ampe (Open Vld) du 2 juin 2022</p><p>à la ministre de la Justice</p><p>Prisons</p>' +
        '<p>Question n° 7-10 du 2 juin 2022 :</p><p>1) Combien de détenus ?</p><p>2) Combien de places dans les',
    );
    expect(senateBe.read(flat, null).warnings).toContain(PAGE_INCOMPLETE);
    const whole = flatOf('<h2>Question écrite n° 7-10</h2><p>de Els Ampe (Open Vld) du 2 juin 2022</p><p>Question n° 7-10 du 2 juin 2022 :</p><p>Combien ?</p>');
    expect(senateBe.read(whole.flat, null).warnings).not.toContain(PAGE_INCOMPLETE);
  });
});
