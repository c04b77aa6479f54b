// question-lens: the engine on saved pages, for reviewers who audit many questions at once; and
// the commands that fetch those pages and audit a folder of them. This file picks the command and,
// run as the program, connects it to the process (standard streams, Ctrl-C, the exit status).

import { EXIT } from './analyse-file';
import { runAnalyse } from './analyse-command';
import { parseTopLevel, UsageError, USAGE, type CommandName, type TopLevel } from './args';
import { oneLine, type Command, type CommandIO } from './io';
import { cliVersion } from './version';

interface CommandEntry {
  /** Loaded when run, so that `analyse` does not load what `fetch` needs. */
  load(): Promise<Command>;
  /** Stops cleanly on Ctrl-C through io.signal (a second Ctrl-C ends it at once). Otherwise Ctrl-C
   * ends the program as usual. */
  interruptible?: boolean;
}

// Every command of the USAGE; one not listed here says it is not in this build.
const COMMANDS: Partial<Record<CommandName, CommandEntry>> = {
  analyse: { load: async () => runAnalyse },
  fetch: { load: async () => (await import('./fetch/command')).runFetch, interruptible: true },
  audit: { load: async () => (await import('./audit/command')).runAudit, interruptible: true },
};

/** The rest of CommandIO, which the program fills in and a test may. */
export type RunOptions = Omit<CommandIO, 'out' | 'err'>;

export async function run(argv: string[], out: (s: string) => void, err: (s: string) => void, options: RunOptions = {}): Promise<number> {
  let top: TopLevel;
  try {
    top = parseTopLevel(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      err(`question-lens: ${oneLine(error.message)}`);
      return EXIT.usage;
    }
    throw error;
  }
  if (top.command === 'help') {
    out(USAGE);
    return EXIT.ok;
  }
  if (top.command === 'version') {
    out(cliVersion());
    return EXIT.ok;
  }
  const entry = COMMANDS[top.command];
  if (!entry) {
    err(`question-lens: the ${top.command} command is not in this build`);
    return EXIT.usage;
  }
  const command = await entry.load();
  return command(top.argv, { version: cliVersion(), ...options, out, err });
}

/** Whether Ctrl-C should be left to the command (io.signal) rather than end the program. */
export function isInterruptible(argv: string[]): boolean {
  try {
    const top = parseTopLevel(argv);
    return top.command !== 'help' && top.command !== 'version' && COMMANDS[top.command]?.interruptible === true;
  } catch {
    return false;
  }
}

/** Exit status when standard output fails for another reason than a closed pipe (a full disk). */
export const EXIT_OUTPUT_ERROR = 74;
const EXIT_INTERNAL = 70;

async function program(): Promise<void> {
  const argv = process.argv.slice(2);
  // A reader that stops reading (`| head`) closes the pipe: the next write fails with EPIPE. That
  // is not an error of ours: no more output, no message, and the exit status of what was read so
  // far. Any other failure to write is said on standard error.
  let stdoutGone = false;
  let stderrGone = false;
  let outputError: string | null = null;
  const onStdoutError = (error: NodeJS.ErrnoException) => {
    if (!stdoutGone && error.code !== 'EPIPE') outputError = error.code ?? error.message;
    stdoutGone = true;
  };
  process.stdout.on('error', onStdoutError);
  process.stderr.on('error', () => {
    stderrGone = true;
  });
  const write = (stream: NodeJS.WriteStream, s: string, onError: (e: NodeJS.ErrnoException) => void) => {
    try {
      stream.write(`${s}\n`);
    } catch (error) {
      // A file or terminal is written synchronously: its error is thrown, not emitted.
      onError(error as NodeJS.ErrnoException);
    }
  };
  const out = (s: string) => {
    if (!stdoutGone) write(process.stdout, s, onStdoutError);
  };
  const err = (s: string) => {
    if (!stderrGone) write(process.stderr, s, () => (stderrGone = true));
  };

  const controller = new AbortController();
  if (isInterruptible(argv)) {
    process.on('SIGINT', () => {
      if (controller.signal.aborted) process.exit(130);
      controller.abort();
    });
  }

  let code: number;
  try {
    code = await run(argv, out, err, { signal: controller.signal, stopped: () => stdoutGone });
  } catch (error) {
    // A bug of ours still gets one line, not a stack trace.
    err(`question-lens: internal error: ${oneLine(error instanceof Error ? error.message : String(error))}`);
    code = EXIT_INTERNAL;
  }
  if (outputError !== null) {
    err(`question-lens: cannot write to standard output (${outputError})`);
    code = EXIT_OUTPUT_ERROR;
  }
  process.exitCode = code;
}

// Run only as the program (the bundle bin/question-lens.js, its npm link, or src/cli/main.ts under
// tsx), not when a test imports run().
const invokedAsProgram = typeof process !== 'undefined' && process.argv[1] !== undefined && /question-lens(\.js)?$|cli[\\/]main\.ts$/.test(process.argv[1]);
if (invokedAsProgram) void program();
