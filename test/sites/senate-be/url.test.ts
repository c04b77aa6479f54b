import { describe, expect, it } from 'vitest';
import { isCandidateUrl, parseQuestionUrl } from '../../../src/sites/senate-be/url';

describe('isCandidateUrl', () => {
  it.each([
    'https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr',
    'http://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr',
    'https://senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr',
    'https://www.senaat.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=nl',
    'https://senaat.be/www/?MIval=Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=nl',
    'https://www.senate.be/www/?MIval=Vragen/SVPrint&LEG=5&NR=1480&LANG=nl',
    'https://www.senate.be/www/?LANG=fr&NR=1649&LEG=7&MIval=/Vragen/SchriftelijkeVraag',
    'https://WWW.SENATE.BE/www/?mival=/vragen/schriftelijkevraag&leg=7&nr=1649&lang=FR',
    'https://www.senate.be/www/?MIval=%2FVragen%2FSchriftelijkeVraag&LEG=7&NR=1649',
  ])('accepts %s', (url) => {
    expect(isCandidateUrl(url)).toBe(true);
  });

  it.each([
    'https://www.senate.be/www/?MIval=/index_senate&LANG=fr',
    'https://www.senate.be/www/?MIval=/Zoeken/Vragen&LEG=7&LANG=fr',
    'https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LANG=fr',
    'https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=abc&LANG=fr',
    'https://senate.be.evil.com/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr',
    'https://evilsenate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr',
    'https://www.lachambre.be/kvvcr/showpage.cfm?section=qrva&language=fr&cfm=qrvaXml.cfm?legislat=55&dossierID=55-B084-1194-0700-2021202215087.xml',
    'ftp://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649',
    'not a url',
  ])('rejects %s', (url) => {
    expect(isCandidateUrl(url)).toBe(false);
  });
});

describe('parseQuestionUrl', () => {
  it('reads legislature, number, language and variant', () => {
    expect(parseQuestionUrl('https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr')).toEqual({
      legislature: 7,
      number: 1649,
      lang: 'fr',
      variant: 'page',
    });
    expect(parseQuestionUrl('https://www.senaat.be/www/?nr=1480&MIval=Vragen/SVPrint&LEG=5&LANG=nl')).toEqual({
      legislature: 5,
      number: 1480,
      lang: 'nl',
      variant: 'print',
    });
  });
  it('leaves the language null when LANG is absent or unknown', () => {
    expect(parseQuestionUrl('https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=de')?.lang).toBeNull();
  });
});

describe('buildQuestionUrl', () => {
  it('builds the ordinary page of a question in either language, and parses back to it', async () => {
    const { buildQuestionUrl, parseQuestionUrl } = await import('../../../src/sites/senate-be/url');
    const fr = buildQuestionUrl('7-1649', 'fr')!;
    expect(fr).toBe('https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr');
    expect(parseQuestionUrl(fr)).toEqual({ legislature: 7, number: 1649, lang: 'fr', variant: 'page' });
    expect(parseQuestionUrl(buildQuestionUrl('5-4712', 'nl')!)).toEqual({ legislature: 5, number: 4712, lang: 'nl', variant: 'page' });
    expect(buildQuestionUrl('242', 'fr')).toBeNull();
  });
});
