// `question-lens audit DIR…`: finds the saved pages, reads them on every core, counts what was and
// was not answered, writes the reports asked for, and prints the totals. Mistakes of usage are
// caught before any page is read (a folder missing, an output that cannot be written), so that a
// run of ten minutes never ends by failing to write its result.
//
// Exit status: 0 every page read; 1 some could not be (the reports are still written, the failures
// in them); 64 bad usage; 70 a bug of ours, said in one line; 130 interrupted (Ctrl-C), no report
// written (a report of part of the pages would read as the whole).

import { access, constants, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, resolve } from 'node:path';
import { todayIso } from '../../core/analyse';
import { UsageError } from '../args';
import { oneLine, type CommandIO } from '../io';
import { createProgress } from '../progress';
import { aggregate, distinctQuestions } from './aggregate';
import { AUDIT_USAGE, parseAuditArgs, type AuditArgs } from './args';
import { writeCsv } from './csv';
import { writeHtml } from './html';
import { auditFiles } from './pool';
import { isAuditWorker } from './worker';
import type { AuditFailure, AuditQuestion } from './record';
import { AUDIT_REPORT_VERSION, writeJson, type AuditReport } from './report';
import { totalsLines } from './totals';
import { listPages, type PageList } from './walk';
import { CATALOG_EN } from './words';

export const AUDIT_EXIT = { ok: 0, someFailed: 1, usage: 64, internal: 70, interrupted: 130 } as const;

/** Failed files named on standard error; the rest are counted there and listed in the reports. */
const FAILURES_LISTED = 20;

/** What the program gives a command (io.ts): standard output and error, the progress display
 * (default a bar on a terminal, plain lines otherwise; --no-progress wins), and Ctrl-C. */
export type AuditIo = Pick<CommandIO, 'out' | 'err' | 'progress' | 'signal'>;

export async function runAudit(argv: string[], io: AuditIo): Promise<number> {
  // A worker of an audit is started as `question-lens audit` (see pool.ts): it serves pages, and
  // must not start an audit of its own.
  if (isAuditWorker()) return AUDIT_EXIT.ok;
  try {
    return await audit(argv, io);
  } catch (error) {
    // A bug of ours still gets one line, not a stack trace.
    io.err(`question-lens: internal error: ${oneLine(error instanceof Error ? error.message : String(error))}`);
    return AUDIT_EXIT.internal;
  }
}

async function audit(argv: string[], io: AuditIo): Promise<number> {
  let command;
  try {
    command = parseAuditArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`question-lens: ${oneLine(error.message)}`);
    return AUDIT_EXIT.usage;
  }
  if (command.help) {
    io.out(AUDIT_USAGE);
    return AUDIT_EXIT.ok;
  }
  const problem = (await missingFolder(command.dirs)) ?? (await unwritableOutput(command));
  if (problem) {
    io.err(`question-lens: ${oneLine(problem)}`);
    return AUDIT_EXIT.usage;
  }

  const today = command.today ?? todayIso();
  const outputs = [command.json, command.csv, command.html].filter((p): p is string => p !== null);
  const pages = await listPages(command.dirs, outputs);
  if (pages.files.length === 0) io.err(`question-lens: no .html or .htm page under ${oneLine(command.dirs.join(', '))}`);

  const read = await readPages(pages, command, today, io);
  if (io.signal?.aborted) {
    io.err(`question-lens: interrupted after ${read.questions.length + read.failures.length - pages.failures.length} of ${pages.files.length} pages; no report written`);
    return AUDIT_EXIT.interrupted;
  }
  const report = buildReport(read.questions, read.failures, today);
  const { written, failed } = await writeReports(command, report, io);

  const failures = report.failures;
  for (const f of failures.slice(0, FAILURES_LISTED)) io.err(`question-lens: ${oneLine(f.file)}: ${oneLine(f.message)}`);
  if (failures.length > FAILURES_LISTED) io.err(`question-lens: and ${failures.length - FAILURES_LISTED} more files not read (all are listed in the reports)`);
  for (const line of totalsLines(report, written, CATALOG_EN)) io.out(line);
  return failures.length > 0 || failed || pages.files.length === 0 ? AUDIT_EXIT.someFailed : AUDIT_EXIT.ok;
}

/** Every page read (in workers, with a progress display), in the order the pages were found. */
async function readPages(pages: PageList, command: AuditArgs, today: string, io: AuditIo): Promise<{ questions: AuditQuestion[]; failures: AuditFailure[] }> {
  const questions: AuditQuestion[] = [];
  const failures: AuditFailure[] = [...pages.failures];
  const notices: string[] = [];
  const progress = createProgress({ label: 'audit', total: pages.files.length, mode: command.progress ? io.progress : 'off' });
  await auditFiles(pages.files, {
    jobs: command.jobs ?? availableParallelism(),
    today,
    onOutcome(outcome) {
      if (outcome.ok) questions.push(outcome.question);
      else failures.push(outcome.failure);
      progress.tick(1, outcome.ok ? (outcome.question.id ?? '') : basename(outcome.failure.file));
    },
    onNotice: (line) => notices.push(line),
    signal: io.signal,
  });
  progress.stop();
  // After the progress display, which would otherwise write over them.
  for (const line of notices) io.err(`question-lens: ${oneLine(line)}`);

  // The workers finish in their own order; the reports list the pages in the order they were found.
  const order = new Map(pages.files.map((file, i) => [file, i]));
  const byPage = (a: { file: string }, b: { file: string }) => (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1);
  return { questions: questions.sort(byPage), failures: failures.sort(byPage) };
}

function buildReport(questions: readonly AuditQuestion[], failures: AuditFailure[], today: string): AuditReport {
  const distinct = distinctQuestions(questions);
  return {
    tool: 'question-lens audit',
    version: AUDIT_REPORT_VERSION,
    today,
    ...aggregate({ questions: distinct.questions, failures, duplicates: distinct.duplicates.length }),
    failures,
    duplicates: distinct.duplicates,
    questions: distinct.questions,
  };
}

/** The outputs asked for; one that cannot be written is said, and the others are still written. */
async function writeReports(command: AuditArgs, report: AuditReport, io: AuditIo): Promise<{ written: string[]; failed: boolean }> {
  const written: string[] = [];
  let failed = false;
  const writers: Array<[string | null, (path: string) => Promise<void>]> = [
    [command.json, (path) => writeJson(path, report)],
    [command.csv, (path) => writeCsv(path, report.questions)],
    [command.html, (path) => writeHtml(path, report, CATALOG_EN)],
  ];
  for (const [path, write] of writers) {
    if (path === null) continue;
    try {
      await write(path);
      written.push(path);
    } catch (error) {
      io.err(`question-lens: cannot write ${oneLine(path)}: ${oneLine((error as NodeJS.ErrnoException).code ?? (error as Error).message)}`);
      failed = true;
    }
  }
  return { written, failed };
}

async function missingFolder(dirs: readonly string[]): Promise<string | null> {
  for (const dir of dirs) {
    try {
      await stat(dir);
    } catch {
      return `no such folder: ${dir}`;
    }
  }
  return null;
}

/** Why an output cannot be written, checked before the pages are read: a folder in its place, a
 * folder of it that is missing or read-only, two outputs naming one file. Nothing is created. */
async function unwritableOutput(args: AuditArgs): Promise<string | null> {
  const outputs: Array<[string, string | null]> = [['--html', args.html], ['--csv', args.csv], ['--json', args.json]];
  const seen = new Map<string, string>();
  for (const [option, path] of outputs) {
    if (path === null) continue;
    const absolute = resolve(path);
    const other = seen.get(absolute);
    if (other) return `${other} and ${option} name the same file: ${path}`;
    seen.set(absolute, option);
    const existing = await stat(absolute).catch(() => null);
    if (existing?.isDirectory()) return `cannot write ${option} ${path}: it is a folder`;
    const folder = await stat(dirname(absolute)).catch(() => null);
    if (!folder?.isDirectory()) return `cannot write ${option} ${path}: no folder ${dirname(path)}`;
    try {
      await access(existing ? absolute : dirname(absolute), constants.W_OK);
    } catch {
      return `cannot write ${option} ${path}: permission denied`;
    }
  }
  return null;
}
