// Command-line arguments, parsed without a library: the grammar is small and every error must be a
// one-line message, never a stack trace. This file reads the top level (which command) and the
// `analyse` command; `fetch` and `audit` read their own arguments.

import type { Language } from '../core/model';
export type OutputFormat = 'summary' | 'json' | 'csv';

export interface AnalyseArgs {
  command: 'analyse';
  /** As given: files, folders, and "-" for standard input. */
  files: string[];
  url: string | null;
  format: OutputFormat;
  today: string | null;
  /** The summary's texts in full, not cut to a line. */
  full: boolean;
  /** The summary's language (--lang); null: the terminal's locale. */
  lang: Language | null;
}

export const COMMAND_NAMES = ['analyse', 'fetch', 'audit'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export type Args =
  | AnalyseArgs
  | { command: 'help' }
  | { command: 'version' }
  /** Another command, with the arguments after its name, for it to read. */
  | { command: Exclude<CommandName, 'analyse'>; argv: string[] };

export class UsageError extends Error {}

export const USAGE = `Usage: question-lens COMMAND [ARGUMENTS...]

Reads Belgian Senate written questions: pairs each sub-question with its answer, flags the unanswered.
Commands:
  analyse FILE|FOLDER|-...  analyse saved pages: a summary, JSON or CSV on standard output
  fetch ID... --out DIR     download written-question pages from the Senate into a folder
  audit FOLDER ...          analyse a folder of saved pages and write a report per minister

question-lens COMMAND --help shows a command's arguments; question-lens --version (or -V) the version.`;

export const ANALYSE_USAGE = `Usage: question-lens analyse [--json | --csv] [--full] [--lang LANG] [--url ADDRESS] [--today DATE] [--] FILE|FOLDER|-...

Reads saved Belgian Senate written-question pages and pairs each sub-question with its answer.
  FOLDER          every .html and .htm file under it, in the byte order of their paths
  -               standard input, read as one page; -- ends the options (later names are files)
  --url ADDRESS   the page's address (otherwise read from the saved page when it says)
  --json          the Analysis as JSON: an object for one file; else an array, an entry per
                  file, a failed one as { "file": …, "error": { "code": …, "message": … } }
  --csv           one row per sub-question
  --full          the summary's texts in full (by default cut to a line)
  --lang LANG     the summary's language: fr, nl or en (default: the terminal's locale, else en)
  --today DATE    YYYY-MM-DD, the day "overdue" and "awaiting" are counted to (default: today)
With several files, or a folder, the summary ends with a totals line. Pages over 5 MB, or
nesting elements over 5000 deep, are refused unread.
Exit status: 0 all read; 2 a file is missing or unreadable; 3 not a written-question page;
4 an empty or truncated page; 5 a page refused (too large or too deep); 1 failures of different
kinds; 64 bad usage.`;

function unknownCommand(name: string): UsageError {
  const what = name.startsWith('-') ? `unknown option ${name}` : `unknown command "${name}"`;
  return new UsageError(`${what} (commands: ${COMMAND_NAMES.join(', ')}; see question-lens --help)`);
}

export type TopLevel = { command: 'help' } | { command: 'version' } | { command: CommandName; argv: string[] };

/** Which command, and the arguments after its name; "analyze" is "analyse". */
export function parseTopLevel(argv: string[]): TopLevel {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '--version' || argv[0] === '-V' || argv[0] === '-v') return { command: 'version' };
  const [name, ...rest] = argv as [string, ...string[]];
  const command = name === 'analyze' ? 'analyse' : name;
  if (!(COMMAND_NAMES as readonly string[]).includes(command)) throw unknownCommand(name);
  return { command: command as CommandName, argv: rest };
}

export function parseArgs(argv: string[]): Args {
  const top = parseTopLevel(argv);
  if (top.command === 'analyse') return parseAnalyseArgs(top.argv);
  if (top.command === 'help' || top.command === 'version') return top;
  return { command: top.command, argv: top.argv };
}

/** The arguments after `analyse`; `{ command: 'help' }` for its --help. */
export function parseAnalyseArgs(rest: string[]): AnalyseArgs | { command: 'help' } {
  const args: AnalyseArgs = { command: 'analyse', files: [], url: null, format: 'summary', today: null, full: false, lang: null };
  let options = true;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!options || arg === '-' || !arg.startsWith('-')) {
      args.files.push(arg);
      continue;
    }
    const value = (name: string): string => {
      const next = rest[++i];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${name} needs a value`);
      return next;
    };
    if (arg === '--') options = false;
    else if (arg === '--json' || arg === '--csv') {
      const format = arg.slice(2) as OutputFormat;
      if (args.format !== 'summary' && args.format !== format) throw new UsageError('choose one of --json and --csv');
      args.format = format;
    } else if (arg === '--full') args.full = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const lang = arg === '--lang' ? value('--lang') : arg.slice(7);
      if (lang !== 'fr' && lang !== 'nl' && lang !== 'en') throw new UsageError(`--lang wants fr, nl or en, not "${lang}"`);
      args.lang = lang;
    }
    else if (arg === '--url') args.url = value('--url');
    else if (arg.startsWith('--url=')) args.url = arg.slice(6);
    else if (arg === '--today') args.today = value('--today');
    else if (arg.startsWith('--today=')) args.today = arg.slice(8);
    else if (arg === '--help' || arg === '-h') return { command: 'help' };
    else throw new UsageError(`unknown option ${arg} (see question-lens analyse --help; -- before a file name that starts with -)`);
  }
  if (args.files.length === 0) throw new UsageError('no file given (question-lens analyse FILE|FOLDER|-...)');
  if (args.files.filter((f) => f === '-').length > 1) throw new UsageError('- (standard input) can be given once only');
  if (args.today !== null && !isCalendarDate(args.today)) throw new UsageError(`--today wants a real date as YYYY-MM-DD, not "${args.today}"`);
  if (args.url !== null && !/^https?:\/\//i.test(args.url)) throw new UsageError('--url wants an http(s) address');
  return args;
}

/** "2024-02-29" yes; "2026-02-30", "2026-13-01", "2026-00-10" no. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Out-of-range parts roll over (February 30th becomes March 2nd): a real date comes back as given.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
