// From an Analysis to the compact record a worker sends back: what the reports need, short.

import { describe, expect, it } from 'vitest';
import { shortText, TEXT_LIMIT, toAuditQuestion } from '../../../src/cli/audit/record';
import { analyseFixtureAsCli, fixtureUrl } from '../../helpers/fixtures';

describe('toAuditQuestion', () => {
  const result = analyseFixtureAsCli('7-1649-fr-paragraphs');
  if (!result.ok) throw new Error('the reference fixture should read');
  const record = toAuditQuestion('pages/7-1649.html', result.analysis);

  it('keeps the metadata, the timing and every item with its reasons and pointers', () => {
    expect(record).toMatchObject({
      file: 'pages/7-1649.html', url: fixtureUrl('7-1649-fr-paragraphs'), id: '7-1649', legislature: 7, number: 1649, language: 'fr',
      author: 'Els Ampe', party: 'Open Vld', askedOn: '2022-06-02', deadline: '2022-07-07', answeredOn: '2022-07-07', timing: 'on-time',
      timeliness: { verdict: 'on-time', days: 0 },
    });
    expect(record.items.map((i) => i.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    const four = record.items[3]!;
    expect(four.status).toBe('deflected');
    expect(four.reasons.map((r) => r.code)).toContain('deflection-no-data');
    expect(four.reasons.find((r) => r.code === 'deflection-no-data')?.evidence).toBe('Aucune information disponible');
    expect(record.items[4]!.refersTo).toEqual({ kind: 'item', label: '1', text: 'décrites au point 1' });
  });

  it('is small: texts cut, no spans, no interrogatives', () => {
    for (const item of record.items) {
      expect(item.question.length).toBeLessThanOrEqual(TEXT_LIMIT);
      expect((item.answer ?? '').length).toBeLessThanOrEqual(TEXT_LIMIT);
    }
    const json = JSON.stringify(record);
    expect(json).not.toContain('"span"');
    expect(json).not.toContain('"interrogatives":');
    expect(json.length).toBeLessThan(JSON.stringify(result.analysis).length / 3);
  });

  it('gives a page without a saved address the address its id makes', () => {
    const bare = toAuditQuestion('x.html', { ...result.analysis, page: { ...result.analysis.page, url: null } });
    expect(bare.url).toBe('https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr');
    const elsewhere = toAuditQuestion('x.html', { ...result.analysis, page: { ...result.analysis.page, url: 'javascript:alert(1)' } });
    expect(elsewhere.url).toBe(bare.url);
  });
});

describe('shortText', () => {
  it('folds whitespace and cuts at a word with an ellipsis', () => {
    expect(shortText('  a\n\n b  ')).toBe('a b');
    const long = 'mot '.repeat(200);
    const cut = shortText(long, 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut).toMatch(/^mot( mot)+…$/);
  });
});
