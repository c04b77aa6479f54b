import { describe, expect, it } from 'vitest';
import { isCalendarDate, parseArgs, USAGE, UsageError } from '../../src/cli/args';
import { addressInSavedPage } from '../../src/cli/page-url';

describe('parseArgs', () => {
  it('reads files, the format, the address and the date', () => {
    expect(parseArgs(['analyse', 'a.html', 'b.html', '--json', '--url', 'https://www.senate.be/x', '--today=2024-01-31'])).toEqual({
      command: 'analyse', files: ['a.html', 'b.html'], url: 'https://www.senate.be/x', format: 'json', today: '2024-01-31', full: false, lang: null,
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

describe('parseArgs: names, standard input and --', () => {
  it('takes "-" as standard input and --full', () => {
    expect(parseArgs(['analyse', '-', '--full'])).toMatchObject({ files: ['-'], full: true });
  });
  it('takes every name after -- as a file, even one that looks like an option', () => {
    expect(parseArgs(['analyse', '--json', '--', '-odd.html', '--csv', '-'])).toMatchObject({ files: ['-odd.html', '--csv', '-'], format: 'json' });
  });
  it('says to use -- for a name that starts with -', () => {
    expect(() => parseArgs(['analyse', '-odd.html'])).toThrow(/unknown option -odd\.html .*-- before a file name/);
  });
  it('refuses standard input twice', () => {
    expect(() => parseArgs(['analyse', '-', 'a.html', '-'])).toThrow(/standard input\) can be given once only/);
  });
});

describe('parseArgs: commands', () => {
  it.each([['--version'], ['-V'], ['-v']])('%s asks for the version', (flag) => {
    expect(parseArgs([flag])).toEqual({ command: 'version' });
  });
  it('hands fetch and audit their own arguments', () => {
    expect(parseArgs(['fetch', '7-1649', '--out', 'pages'])).toEqual({ command: 'fetch', argv: ['7-1649', '--out', 'pages'] });
    expect(parseArgs(['audit', 'pages', '--help'])).toEqual({ command: 'audit', argv: ['pages', '--help'] });
  });
  it('names the three commands on an unknown one, in one line', () => {
    expect(() => parseArgs(['analyze-all'])).toThrow('unknown command "analyze-all" (commands: analyse, fetch, audit; see question-lens --help)');
    expect(() => parseArgs(['--json'])).toThrow('unknown option --json (commands: analyse, fetch, audit; see question-lens --help)');
  });
  it('lists the three commands in the usage, one line each', () => {
    const commands = USAGE.split('\n').filter((l) => /^ {2}(analyse|fetch|audit) /.test(l));
    expect(commands.map((l) => l.trim().split(' ')[0])).toEqual(['analyse', 'fetch', 'audit']);
    expect(USAGE).toContain('download written-question pages from the Senate into a folder');
    expect(USAGE).toContain('analyse a folder of saved pages and write a report per minister');
  });
});

describe('--today', () => {
  it.each(['2026-02-30', '2026-13-01', '2026-00-10', '2025-02-29', '2026-04-31', '2026-01-00'])('refuses the impossible date %s', (date) => {
    expect(() => parseArgs(['analyse', 'a.html', '--today', date])).toThrow(`--today wants a real date as YYYY-MM-DD, not "${date}"`);
  });
  it('accepts a real date, a leap day included', () => {
    expect(parseArgs(['analyse', 'a.html', '--today=2024-02-29'])).toMatchObject({ today: '2024-02-29' });
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('0001-01-01')).toBe(true);
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
  it('reads <base href> and a canonical link written with spaces and single quotes', () => {
    expect(addressInSavedPage('<head><base href="https://www.senate.be/www/"></head>')).toBe('https://www.senate.be/www/');
    expect(addressInSavedPage("<head><link href='https://www.senaat.be/a' rel = 'canonical'></head>")).toBe('https://www.senaat.be/a');
  });
  it('stays fast on a head of unclosed tags (it took ten seconds)', () => {
    const started = performance.now();
    for (const junk of ['<link rel=canonical '.repeat(1500), '<link '.repeat(4000), '<base '.repeat(4000)]) expect(addressInSavedPage(junk)).toBeNull();
    expect(performance.now() - started).toBeLessThan(500);
  });
});
