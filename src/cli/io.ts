// What every command is given: where its output and its messages go, and the program's state.
// Each command is `(argv, io) => Promise<exit status>`; main.ts picks one by its name.

export interface CommandIO {
  /** One line (or several joined by "\n") of the command's result, on standard output. */
  out(s: string): void;
  /** One line of a message, on standard error, already prefixed "question-lens: ". */
  err(s: string): void;
  /** Progress display; unset lets the command choose (a bar on a terminal, plain lines otherwise). */
  progress?: 'bar' | 'lines' | 'off';
  /** Aborted on Ctrl-C, for the commands main.ts marks interruptible. */
  signal?: AbortSignal;
  /** The program's version (package.json's). */
  version?: string;
  /** Standard input, for "-"; default process.stdin. */
  stdin?: NodeJS.ReadableStream;
  /** True once standard output is gone (the reader closed the pipe, as `head` does): stop quietly. */
  stopped?(): boolean;
}

export type Command = (argv: string[], io: CommandIO) => Promise<number>;

/** A name or value put into a message, kept on one line: control characters (a newline in a file
 * name) are written as escapes. */
export function oneLine(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
