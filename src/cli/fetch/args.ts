// The arguments of `question-lens fetch`, parsed without a library like the rest of the command
// line: the grammar is small, and every mistake must come back as one line (a UsageError), never a
// stack trace. Only the shape of each value is checked here; which ids exist is the site's business
// (targets.ts) and the Senate's (download.ts).

import { UsageError } from '../args';

export type FetchLanguage = 'fr' | 'nl';

export interface NumberRange {
  legislature: number;
  from: number;
  to: number;
}

export interface FetchArgs {
  /** Ids ("7-1649") or Senate question addresses, as given. */
  ids: string[];
  range: NumberRange | null;
  /** Files of ids or addresses, one a line. */
  listFiles: string[];
  languages: FetchLanguage[];
  outDir: string;
  /** Scheme, host and optional path prefix to fetch from instead of the Senate's. */
  base: string | null;
  concurrency: number;
  delayMs: number;
  timeoutMs: number;
  retries: number;
  progress: boolean;
}

export type FetchCommand = { help: true } | ({ help: false } & FetchArgs);

export const FETCH_DEFAULTS = {
  languages: ['fr'] as FetchLanguage[],
  concurrency: 2,
  delayMs: 500,
  timeoutMs: 30_000,
  retries: 3,
} as const;

/** More at a time than this is no longer polite to one parliament's web server. */
export const MAX_CONCURRENCY = 8;
const MAX_RETRIES = 10;
/** The Senate's numbers have at most two digits of legislature and five of number. */
const MAX_LEGISLATURE = 99;
const MAX_NUMBER = 99_999;

export const FETCH_USAGE = `Usage: question-lens fetch [ID...] [--leg N [--from A] --to B] [--list FILE] --out DIR [options]

Downloads Belgian Senate written-question pages into a folder, politely; run it again to resume.
Each page is saved as DIR/<leg>/<id>-<lang>.html, the bytes exactly as served after one
"saved from url" comment line giving its Senate address, with DIR/<leg>/<id>-<lang>.json beside it.
  ID                 a question id (7-1649) or a Senate question address (quote it in the shell)
  --leg N --from A --to B
                     the numbers A to B of legislature N (--from defaults to 1); a number the
                     Senate does not have is counted in the summary, not a failure
  --list FILE        ids or addresses, one a line; # comments and blank lines are ignored
  --lang fr,nl       the languages to fetch (default: fr); an address keeps its own language
  --out DIR          the folder to save into (required); pages already there are skipped
  --base URL         fetch from this server instead of the Senate's (a mirror, a test server);
                     pages are still saved under their Senate address
  --concurrency N    requests at a time (default ${FETCH_DEFAULTS.concurrency}, at most ${MAX_CONCURRENCY})
  --delay MS         pause of each request slot between two requests (default ${FETCH_DEFAULTS.delayMs})
  --timeout MS       give up on one attempt after this long (default ${FETCH_DEFAULTS.timeoutMs})
  --retries N        retries after a server error, a network error or a timeout, waiting twice as
                     long each time (default ${FETCH_DEFAULTS.retries})
  --no-progress      no progress bar or progress lines on standard error
Exit status: 0 every page saved, already saved or not existing; 5 some downloads failed;
64 bad usage; 130 interrupted.`;

/** The options that take a value, and the field each fills. */
const VALUED = ['--leg', '--from', '--to', '--list', '--lang', '--out', '--base', '--concurrency', '--delay', '--timeout', '--retries'] as const;
type ValuedOption = (typeof VALUED)[number];

export function parseFetchArgs(argv: readonly string[]): FetchCommand {
  const given = new Map<ValuedOption, string>();
  const listFiles: string[] = [];
  const ids: string[] = [];
  let progress = true;
  let optionsEnded = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      ids.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--no-progress') {
      progress = false;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq < 0 ? arg : arg.slice(0, eq)) as ValuedOption;
    if (!VALUED.includes(name)) throw new UsageError(`unknown option ${eq < 0 ? arg : arg.slice(0, eq)} (see question-lens fetch --help)`);
    let value: string;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      const next = argv[++i];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) throw new UsageError(`${name} needs a value`);
      value = next;
    }
    if (value === '') throw new UsageError(`${name} needs a value`);
    if (name === '--list') listFiles.push(value);
    else if (given.has(name)) throw new UsageError(`${name} is given twice`);
    else given.set(name, value);
  }

  const outDir = given.get('--out');
  if (outDir === undefined) throw new UsageError('--out DIR is required: the folder to save the pages into');
  const range = readRange(given);
  if (ids.length === 0 && listFiles.length === 0 && range === null) {
    throw new UsageError('nothing to fetch: give question ids, --leg N --from A --to B, or --list FILE');
  }
  return {
    help: false,
    ids,
    range,
    listFiles,
    languages: readLanguages(given.get('--lang')),
    outDir,
    base: readBase(given.get('--base')),
    concurrency: readInteger(given, '--concurrency', FETCH_DEFAULTS.concurrency, 1, MAX_CONCURRENCY),
    delayMs: readInteger(given, '--delay', FETCH_DEFAULTS.delayMs, 0, 600_000),
    timeoutMs: readInteger(given, '--timeout', FETCH_DEFAULTS.timeoutMs, 1, 600_000),
    retries: readInteger(given, '--retries', FETCH_DEFAULTS.retries, 0, MAX_RETRIES),
    progress,
  };
}

function readInteger(given: Map<ValuedOption, string>, name: ValuedOption, fallback: number, min: number, max: number): number {
  const text = given.get(name);
  if (text === undefined) return fallback;
  const value = /^\d{1,9}$/.test(text) ? Number(text) : NaN;
  if (!(value >= min && value <= max)) throw new UsageError(`${name} wants a whole number from ${min} to ${max}, not "${text}"`);
  return value;
}

function readRange(given: Map<ValuedOption, string>): NumberRange | null {
  const has = (name: ValuedOption) => given.has(name);
  if (!has('--leg') && !has('--from') && !has('--to')) return null;
  if (!has('--leg')) throw new UsageError('--from and --to need --leg N, the legislature the numbers are of');
  if (!has('--to')) throw new UsageError('--leg needs --to B, the last number to fetch');
  const legislature = readInteger(given, '--leg', 0, 1, MAX_LEGISLATURE);
  const from = readInteger(given, '--from', 1, 1, MAX_NUMBER);
  const to = readInteger(given, '--to', 0, 1, MAX_NUMBER);
  if (from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  return { legislature, from, to };
}

function readLanguages(text: string | undefined): FetchLanguage[] {
  if (text === undefined) return [...FETCH_DEFAULTS.languages];
  const languages: FetchLanguage[] = [];
  for (const part of text.split(',')) {
    const lang = part.trim().toLowerCase();
    if (lang !== 'fr' && lang !== 'nl') throw new UsageError(`--lang wants fr, nl or fr,nl, not "${text}"`);
    if (!languages.includes(lang)) languages.push(lang);
  }
  return languages;
}

function readBase(text: string | undefined): string | null {
  if (text === undefined) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--base wants an http(s) address such as http://127.0.0.1:8123, not "${text}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--base wants an http(s) address, not "${text}"`);
  if (url.search !== '' || url.hash !== '' || text.includes('?') || text.includes('#')) {
    throw new UsageError('--base takes a scheme, a host and a path prefix only, no ? or #');
  }
  if (url.username !== '' || url.password !== '') throw new UsageError('--base takes no user name or password');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
