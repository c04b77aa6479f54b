import { describe, expect, it } from 'vitest';
import { parseQuestionUrl } from '../../../src/sites/senate-be/url';

// The accepted and rejected addresses are the site's examples (src/sites/senate-be/url-examples.ts),
// run by test/sites/descriptors.test.ts against every site.

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
