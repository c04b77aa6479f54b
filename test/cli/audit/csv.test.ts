// The audit's CSV: page text is untrusted, and a spreadsheet runs a cell that starts like a
// formula; every such cell must open as text.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvRows, spreadsheetSafeCell, writeCsv } from '../../../src/cli/audit/csv';
import { parseCsvLine } from './csv-parse';
import { item, question } from './records';

describe('spreadsheetSafeCell', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+32 2 501 70 70', "'+32 2 501 70 70"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
  ])('neutralises %j', (value, cell) => {
    expect(spreadsheetSafeCell(value)).toBe(cell);
  });

  it('leaves ordinary text and numbers as they are, quoting only what needs it', () => {
    expect(spreadsheetSafeCell('Justice')).toBe('Justice');
    expect(spreadsheetSafeCell('a = b')).toBe('a = b');
    expect(spreadsheetSafeCell('1, 2 et 3')).toBe('"1, 2 et 3"');
    expect(spreadsheetSafeCell('line\nbreak')).toBe('"line\nbreak"');
    expect(spreadsheetSafeCell(12)).toBe('12');
    expect(spreadsheetSafeCell(null)).toBe('');
  });
});

describe('csvRows', () => {
  const hostile = question({
    title: '=cmd|" /C calc"!A0',
    author: '@Mallory',
    items: [
      item('deflected', { question: '-2+3 fois ?', answer: '=1+1', reasons: [{ code: 'deflection-no-data', evidence: 'Aucune information disponible' }] }),
      item('referred', { refersTo: { kind: 'question', questionId: '7-55', text: 'question 7-55' } }),
    ],
    timeliness: { verdict: 'late', days: 12 },
  });

  it('writes one row per sub-question, the question beside each, no cell a formula', () => {
    const rows = csvRows(hostile).map(parseCsvLine);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toHaveLength(CSV_COLUMNS.length);
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    const [first, second] = rows.map((r) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]])));
    expect(first).toMatchObject({ id: hostile.id, title: `'=cmd|" /C calc"!A0`, author: "'@Mallory", minister: 'Ministre de la Justice', timing: 'late', 'days late': '12' });
    expect(first).toMatchObject({ label: '1', status: 'deflected', confidence: '0.80', reasons: 'deflection-no-data', evidence: 'Aucune information disponible', question: "'-2+3 fois ?", answer: "'=1+1" });
    expect(second).toMatchObject({ label: '2', status: 'referred', 'refers to': 'question 7-55' });
  });

  it('writes a UTF-8 file with a byte-order mark, a header and CRLF lines', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ql-audit-csv-')), 'out.csv');
    await writeCsv(file, [hostile, question({ items: [item('answered')] })]);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFFfile,address,id,')).toBe(true);
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(1 + 3);
  });
});
