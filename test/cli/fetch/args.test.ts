import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/cli/args';
import { FETCH_USAGE, parseFetchArgs } from '../../../src/cli/fetch/args';

describe('parseFetchArgs', () => {
  it('has polite defaults: 2 at a time, 500 ms apart, 30 s timeout, 3 retries, French', () => {
    expect(parseFetchArgs(['7-1649', '--out', 'pages'])).toEqual({
      help: false,
      ids: ['7-1649'],
      range: null,
      listFiles: [],
      languages: ['fr'],
      outDir: 'pages',
      base: null,
      concurrency: 2,
      delayMs: 500,
      timeoutMs: 30_000,
      retries: 3,
      progress: true,
    });
  });

  it('reads every option, as "--name value" and as "--name=value"', () => {
    expect(
      parseFetchArgs([
        '--leg', '7', '--from=10', '--to', '20', '--list', 'a.txt', '--list=b.txt', '--lang', 'nl, FR,nl', '--out=o',
        '--base', 'http://127.0.0.1:8123/mirror/', '--concurrency', '1', '--delay', '0', '--timeout', '250', '--retries', '0', '--no-progress',
        '--', '--odd-file-name',
      ]),
    ).toEqual({
      help: false,
      ids: ['--odd-file-name'],
      range: { legislature: 7, from: 10, to: 20 },
      listFiles: ['a.txt', 'b.txt'],
      languages: ['nl', 'fr'],
      outDir: 'o',
      base: 'http://127.0.0.1:8123/mirror',
      concurrency: 1,
      delayMs: 0,
      timeoutMs: 250,
      retries: 0,
      progress: false,
    });
  });

  it('starts a range at 1 without --from', () => {
    expect(parseFetchArgs(['--leg', '6', '--to', '3', '--out', 'o'])).toMatchObject({ range: { legislature: 6, from: 1, to: 3 } });
  });

  it('asks for help', () => {
    expect(parseFetchArgs(['--help'])).toEqual({ help: true });
    expect(parseFetchArgs(['7-1', '-h'])).toEqual({ help: true });
  });

  it.each([
    [['7-1'], /^--out DIR is required/],
    [['--out', 'o'], /^nothing to fetch/],
    [['7-1', '--out'], /^--out needs a value$/],
    [['7-1', '--out', '--no-progress'], /^--out needs a value$/],
    [['7-1', '--out='], /^--out needs a value$/],
    [['7-1', '--out', 'o', '--out', 'p'], /^--out is given twice$/],
    [['7-1', '--out', 'o', '-x'], /^unknown option -x/],
    [['7-1', '--out', 'o', '--verbose=yes'], /^unknown option --verbose /],
    [['--from', '1', '--to', '2', '--out', 'o'], /^--from and --to need --leg N/],
    [['--leg', '7', '--out', 'o'], /^--leg needs --to B/],
    [['--leg', '7', '--from', '9', '--to', '8', '--out', 'o'], /^--from 9 is after --to 8$/],
    [['--leg', '0', '--to', '8', '--out', 'o'], /^--leg wants a whole number from 1 to 99, not "0"$/],
    [['--leg', '7', '--to', '100000', '--out', 'o'], /^--to wants a whole number from 1 to 99999/],
    [['7-1', '--out', 'o', '--lang', 'fr,en'], /^--lang wants fr, nl or fr,nl, not "fr,en"$/],
    [['7-1', '--out', 'o', '--lang', ','], /^--lang wants/],
    [['7-1', '--out', 'o', '--concurrency', '9'], /^--concurrency wants a whole number from 1 to 8, not "9"$/],
    [['7-1', '--out', 'o', '--retries', '1.5'], /^--retries wants a whole number from 0 to 10/],
    [['7-1', '--out', 'o', '--timeout', '0'], /^--timeout wants a whole number from 1/],
    [['7-1', '--out', 'o', '--base', 'www.senate.be'], /^--base wants an http\(s\) address/],
    [['7-1', '--out', 'o', '--base', 'file:///tmp'], /^--base wants an http\(s\) address/],
    [['7-1', '--out', 'o', '--base', 'http://mirror/?x=1'], /^--base takes a scheme, a host and a path prefix only/],
    [['7-1', '--out', 'o', '--base', 'http://user:pw@mirror'], /^--base takes no user name or password$/],
  ])('refuses %j in one line', (argv, message) => {
    let caught: unknown;
    try {
      parseFetchArgs(argv);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UsageError);
    expect((caught as Error).message).toMatch(message);
    expect((caught as Error).message).not.toContain('\n');
  });

  it('documents every option it reads', () => {
    for (const option of ['--leg', '--from', '--to', '--list', '--lang', '--out', '--base', '--concurrency', '--delay', '--timeout', '--retries', '--no-progress']) {
      expect(FETCH_USAGE).toContain(option);
    }
    expect(FETCH_USAGE).toContain('default 2');
    expect(FETCH_USAGE).toContain('(default: fr)');
    expect(FETCH_USAGE.split('\n').every((line) => line.length <= 100)).toBe(true);
  });
});
