// The CSV a reviewer opens in a spreadsheet: no cell of page text may run as a formula.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseBytes } from '../../src/cli/analyse-file';
import { csvRows, spreadsheetSafe } from '../../src/cli/csv';
import { FIXTURE_TODAY, fixturePath } from '../helpers/fixtures';

describe('spreadsheetSafe', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","clic")', `'=HYPERLINK("http://evil.example","clic")`],
    ['+32 2 501 70 70', `'+32 2 501 70 70`],
    ['-1+cmd|\' /C calc\'!A0', `'-1+cmd|' /C calc'!A0`],
    ['@SUM(A1:A9)', `'@SUM(A1:A9)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
  ])('neutralises %j', (value, safe) => {
    expect(spreadsheetSafe(value)).toBe(safe);
  });

  it.each(['Combien de licences ?', '7-1649', '0.34', '', ' =1', "'=1", 'a=b'])('leaves %j as it is', (value) => {
    expect(spreadsheetSafe(value)).toBe(value);
  });
});

describe('csvRows', () => {
  it('neutralises formula cells of page text, then quotes as CSV does', () => {
    const r = analyseBytes('page.html', readFileSync(fixturePath('7-1649-fr-paragraphs')), { url: null, today: FIXTURE_TODAY });
    if (!r.ok) throw new Error(r.message);
    const item = r.analysis.items[0]!;
    item.question = '=HYPERLINK("http://evil.example","clic")';
    item.answer = '@SUM(A1)';
    item.unaddressed = ['+1'];
    const [row] = csvRows('-', { ...r.analysis, items: [item] });
    const cells = row!.split(',');
    expect(cells[0]).toBe("'-");
    expect(row).toContain(`,'+1,`);
    expect(row).toContain(`,"'=HYPERLINK(""http://evil.example"",""clic"")",`);
    expect(row!.endsWith(`,'@SUM(A1)`)).toBe(true);
  });
});
