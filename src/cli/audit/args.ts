// The arguments of `question-lens audit`, parsed without a library like the rest of the command
// line: every mistake comes back as one line (a UsageError). Only the shape of each value is
// checked here; whether the folders exist and the outputs can be written is command.ts's business,
// since it needs the file system.

import { UsageError } from '../args';

export interface AuditArgs {
  /** Folders (or single pages) to read, as given. */
  dirs: string[];
  html: string | null;
  csv: string | null;
  json: string | null;
  /** ISO date; null for today. */
  today: string | null;
  /** Worker threads; null for one per core. */
  jobs: number | null;
  progress: boolean;
}

export type AuditCommand = { help: true } | ({ help: false } & AuditArgs);

/** More workers than this would only add memory: each holds the engine and a page. */
export const MAX_JOBS = 64;

export const AUDIT_USAGE = `Usage: question-lens audit DIR... [--html FILE] [--csv FILE] [--json FILE] [--today YYYY-MM-DD]
                          [--jobs N] [--no-progress]

Analyses every saved written-question page (.html, .htm) under the folders, at any depth, and
reports per minister, author, party, legislature and year: questions answered on time, late or
not at all, sub-questions by status, deflections, and the questions answers point to instead.
A question saved twice (in both languages, or as its print version) is counted once.
  --html FILE     a self-contained report to open in a browser or print
  --csv FILE      one row per sub-question, with its question's metadata
  --json FILE     the figures and one compact record per question
  --today DATE    the date "overdue" and "awaiting" are counted to (default: today)
  --jobs N        pages read in parallel, one worker thread each (default: one per core;
                  1 reads them in this thread)
  --no-progress   no progress bar or progress lines on standard error
The totals are printed at the end. Pages over 5 MB are refused without being read.
Exit status: 0 every page read; 1 some could not be (the reports are still written); 64 bad usage.`;

const VALUED = ['--html', '--csv', '--json', '--today', '--jobs'] as const;
type ValuedOption = (typeof VALUED)[number];

export function parseAuditArgs(argv: readonly string[]): AuditCommand {
  const given = new Map<ValuedOption, string>();
  const dirs: string[] = [];
  let progress = true;
  let optionsEnded = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      dirs.push(arg);
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
    if (!VALUED.includes(name)) throw new UsageError(`unknown option ${eq < 0 ? arg : arg.slice(0, eq)} (see question-lens audit --help)`);
    let value: string;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      const next = argv[++i];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) throw new UsageError(`${name} needs a value`);
      value = next;
    }
    if (value === '') throw new UsageError(`${name} needs a value`);
    if (given.has(name)) throw new UsageError(`${name} is given twice`);
    given.set(name, value);
  }

  if (dirs.length === 0) throw new UsageError('no folder given (question-lens audit DIR...)');
  const today = given.get('--today') ?? null;
  if (today !== null && !isRealDate(today)) throw new UsageError(`--today wants a real date as YYYY-MM-DD, not "${today}"`);
  return {
    help: false,
    dirs,
    html: given.get('--html') ?? null,
    csv: given.get('--csv') ?? null,
    json: given.get('--json') ?? null,
    today,
    jobs: readJobs(given.get('--jobs')),
    progress,
  };
}

function readJobs(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_JOBS) throw new UsageError(`--jobs wants a whole number from 1 to ${MAX_JOBS}, not "${value}"`);
  return Number(value);
}

/** YYYY-MM-DD naming a day the calendar has (not 2023-02-29). */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
