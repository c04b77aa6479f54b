// question-lens: the engine on saved pages, for reviewers who audit many questions at once.

import { todayIso } from '../core/analyse';
import { parseArgs, UsageError, USAGE } from './args';
import { analyseFile, EXIT, type FileResult } from './analyse-file';
import { csvHeader, csvRows } from './csv';
import { summarise } from './summary';

declare const __VERSION__: string | undefined;

export async function run(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      err(`question-lens: ${error.message}`);
      return EXIT.usage;
    }
    throw error;
  }
  if (args.command === 'help') {
    out(USAGE);
    return EXIT.ok;
  }
  if (args.command === 'version') {
    out(typeof __VERSION__ === 'string' ? __VERSION__ : 'dev');
    return EXIT.ok;
  }

  const today = args.today ?? todayIso();
  const results: FileResult[] = [];
  for (const file of args.files) results.push(await analyseFile(file, { url: args.url, today }));

  const good = results.filter((r): r is Extract<FileResult, { ok: true }> => r.ok);
  if (args.format === 'json') {
    const analyses = good.map((r) => (args.files.length > 1 ? { file: r.file, ...r.analysis } : r.analysis));
    if (good.length > 0) out(JSON.stringify(args.files.length > 1 ? analyses : analyses[0], null, 2));
  } else if (args.format === 'csv') {
    out([csvHeader(), ...good.flatMap((r) => csvRows(r.file, r.analysis))].join('\n'));
  } else {
    out(good.map((r) => summarise(r.file, r.analysis)).join('\n\n'));
  }

  const failures = results.filter((r): r is Extract<FileResult, { ok: false }> => !r.ok);
  for (const f of failures) err(`question-lens: ${f.file}: ${f.message}`);
  if (failures.length === 0) return EXIT.ok;
  const codes = new Set(failures.map((f) => f.code));
  return codes.size === 1 ? failures[0]!.code : EXIT.mixed;
}

// Run only as the program, not when a test imports run().
const invokedAsProgram = typeof process !== 'undefined' && process.argv[1] !== undefined && /question-lens(\.js)?$|cli[\\/]main\.ts$/.test(process.argv[1]);
if (invokedAsProgram) {
  run(process.argv.slice(2), (s) => process.stdout.write(`${s}\n`), (s) => process.stderr.write(`${s}\n`))
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      // A bug of ours still gets one line, not a stack trace.
      process.stderr.write(`question-lens: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 70;
    });
}
