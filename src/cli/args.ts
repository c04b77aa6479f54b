// Command-line arguments, parsed without a library: the grammar is small and every error must be a
// one-line message, never a stack trace.

export type OutputFormat = 'summary' | 'json' | 'csv';

export interface AnalyseArgs {
  command: 'analyse';
  files: string[];
  url: string | null;
  format: OutputFormat;
  today: string | null;
}

export type Args = AnalyseArgs | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage: question-lens analyse FILE... [--url ADDRESS] [--json | --csv] [--today YYYY-MM-DD]

Reads saved Belgian Senate written-question pages and pairs each sub-question with its answer.
  --url ADDRESS   the page's address (otherwise read from the saved page when it says)
  --json          the Analysis as JSON (one object per file; an array for several files)
  --csv           one row per sub-question
  --today DATE    the date "overdue" and "awaiting" are counted to (default: today)
Exit status: 0 all read; 2 a file is missing or unreadable; 3 not a written-question page;
4 an empty or truncated page; 1 failures of different kinds; 64 bad usage.`;

export function parseArgs(argv: string[]): Args {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '--version' || argv[0] === '-v') return { command: 'version' };
  const [command, ...rest] = argv;
  if (command !== 'analyse' && command !== 'analyze') throw new UsageError(`unknown command "${command}" (try: question-lens analyse FILE...)`);

  const args: AnalyseArgs = { command: 'analyse', files: [], url: null, format: 'summary', today: null };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = (name: string): string => {
      const next = rest[++i];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${name} needs a value`);
      return next;
    };
    if (arg === '--json' || arg === '--csv') {
      const format = arg.slice(2) as OutputFormat;
      if (args.format !== 'summary' && args.format !== format) throw new UsageError('choose one of --json and --csv');
      args.format = format;
    } else if (arg === '--url') args.url = value('--url');
    else if (arg.startsWith('--url=')) args.url = arg.slice(6);
    else if (arg === '--today') args.today = value('--today');
    else if (arg.startsWith('--today=')) args.today = arg.slice(8);
    else if (arg === '--help' || arg === '-h') return { command: 'help' };
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else args.files.push(arg);
  }
  if (args.files.length === 0) throw new UsageError('no file given (question-lens analyse FILE...)');
  if (args.today !== null && !/^\d{4}-\d{2}-\d{2}$/.test(args.today)) throw new UsageError('--today wants a date as YYYY-MM-DD');
  if (args.url !== null && !/^https?:\/\//i.test(args.url)) throw new UsageError('--url wants an http(s) address');
  return args;
}
