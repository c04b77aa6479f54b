import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../src/cli/args';
import { addressInSavedPage } from '../../src/cli/page-url';

describe('parseArgs', () => {
  it('reads files, the format, the address and the date', () => {
    expect(parseArgs(['analyse', 'a.html', 'b.html', '--json', '--url', 'https://www.senate.be/x', '--today=2024-01-31'])).toEqual({
      command: 'analyse', files: ['a.html', 'b.html'], url: 'https://www.senate.be/x', format: 'json', today: '2024-01-31',
    });
  });
  it('defaults to the readable summary and accepts the American spelling', () => {
    expect(parseArgs(['analyze', 'a.html'])).toMatchObject({ format: 'summary', files: ['a.html'] });
  });
  it('shows help with no arguments', () => {
    expect(parseArgs([])).toEqual({ command: 'help' });
  });
  it.each([
    [['frobnicate'], /unknown command/],
    [['analyse'], /no file given/],
    [['analyse', 'a.html', '--json', '--csv'], /one of --json and --csv/],
    [['analyse', 'a.html', '--url'], /--url needs a value/],
    [['analyse', 'a.html', '--url', 'www.senate.be'], /http\(s\) address/],
    [['analyse', 'a.html', '--today', '31/01/2024'], /YYYY-MM-DD/],
    [['analyse', 'a.html', '--verbose'], /unknown option --verbose/],
  ])('refuses %j with a one-line reason', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe('addressInSavedPage', () => {
  it('reads the browser\'s "saved from url" comment', () => {
    const html = '<!DOCTYPE html>\n<!-- saved from url=(0087)https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr -->\n<html>';
    expect(addressInSavedPage(html)).toBe('https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr');
  });
  it('falls back to a canonical link, unescaping &amp;', () => {
    const html = '<html><head><link rel="canonical" href="https://www.senaat.be/www/?MIval=/Vragen/SchriftelijkeVraag&amp;LEG=7&amp;NR=1649&amp;LANG=nl"></head>';
    expect(addressInSavedPage(html)).toBe('https://www.senaat.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=nl');
  });
  it('says nothing when the page does not tell', () => {
    expect(addressInSavedPage('<html><head><title>Sénat</title></head><body>x</body></html>')).toBeNull();
  });
});
