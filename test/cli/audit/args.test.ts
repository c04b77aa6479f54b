import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/cli/args';
import { AUDIT_USAGE, isRealDate, parseAuditArgs } from '../../../src/cli/audit/args';

describe('parseAuditArgs', () => {
  it('reads folders and every option, in either form', () => {
    expect(parseAuditArgs(['pages', 'more', '--html', 'r.html', '--csv=r.csv', '--json', 'r.json', '--today', '2024-02-29', '--jobs', '3', '--no-progress'])).toEqual({
      help: false, dirs: ['pages', 'more'], html: 'r.html', csv: 'r.csv', json: 'r.json', today: '2024-02-29', jobs: 3, progress: false,
    });
    expect(parseAuditArgs(['pages'])).toMatchObject({ html: null, csv: null, json: null, today: null, jobs: null, progress: true });
    expect(parseAuditArgs(['--', '--odd-folder-name'])).toMatchObject({ dirs: ['--odd-folder-name'] });
  });

  it('shows help', () => {
    expect(parseAuditArgs(['--help'])).toEqual({ help: true });
    expect(AUDIT_USAGE).toMatch(/^Usage: question-lens audit DIR\.\.\./);
  });

  it.each([
    [[], /no folder given/],
    [['pages', '--verbose'], /unknown option --verbose/],
    [['pages', '--html'], /--html needs a value/],
    [['pages', '--csv', '--json', 'x'], /--csv needs a value/],
    [['pages', '--json', 'a', '--json', 'b'], /--json is given twice/],
    [['pages', '--today', '2023-02-29'], /real date/],
    [['pages', '--today', '31/01/2024'], /real date/],
    [['pages', '--jobs', '0'], /--jobs wants a whole number/],
    [['pages', '--jobs', 'two'], /--jobs wants a whole number/],
  ])('refuses %j with a one-line reason', (argv, message) => {
    expect(() => parseAuditArgs(argv)).toThrow(UsageError);
    expect(() => parseAuditArgs(argv)).toThrow(message);
  });

  it('knows the calendar', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('2023-13-01')).toBe(false);
    expect(isRealDate('2023-04-31')).toBe(false);
  });
});
