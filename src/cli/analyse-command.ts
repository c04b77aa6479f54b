// `question-lens analyse`: saved pages → a summary, JSON or CSV on standard output, one line on
// standard error per page that could not be read, and an exit status that says why.
//
// Output is written page by page as each is read, so that `| head` gets its lines at once and a
// closed pipe stops the run (io.stopped) without reading the rest.

import { todayIso } from '../core/analyse';
import { siteForUrl } from '../sites/registry';
import { analyseFile, analyseStream, EXIT, type FileResult } from './analyse-file';
import { ANALYSE_USAGE, parseAnalyseArgs, UsageError, type AnalyseArgs } from './args';
import { csvHeader, csvRows } from './csv';
import { expandInputs, type Input } from './inputs';
import { oneLine, type CommandIO } from './io';
import { summarise, totalsLine } from './summary';
import { cliTranslator, localeLanguage } from './words';
import type { Language } from '../core/model';

export async function runAnalyse(argv: string[], io: CommandIO): Promise<number> {
  let args;
  try {
    args = parseAnalyseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`question-lens: ${oneLine(error.message)}`);
      return EXIT.usage;
    }
    throw error;
  }
  if (args.command === 'help') {
    io.out(ANALYSE_USAGE);
    return EXIT.ok;
  }
  if (args.url !== null && siteForUrl(args.url) === null) {
    io.err(`question-lens: warning: --url ${oneLine(args.url)} is not a Senate written-question address (www.senate.be, www.senaat.be); analysing anyway`);
  }

  const options = { url: args.url, today: args.today ?? todayIso() };
  const inputs = await expandInputs(args.files);
  // One file named as a file (or "-") keeps the output of one page: a JSON object, no totals.
  const single = args.files.length === 1 && inputs.length === 1 && inputs[0]!.kind !== 'failed' && !(inputs[0]!.kind === 'file' && inputs[0]!.inFolder);
  const output = createOutput(args, single, io);
  const results: FileResult[] = [];
  for (const input of inputs) {
    if (io.stopped?.()) break;
    const result = await analyseInput(input, options, io);
    results.push(result);
    if (!result.ok) io.err(`question-lens: ${oneLine(result.file)}: ${result.message}`);
    output.add(result);
  }
  if (!io.stopped?.()) output.end(results);
  return exitStatus(results);
}

function analyseInput(input: Input, options: { url: string | null; today: string }, io: CommandIO): Promise<FileResult> {
  if (input.kind === 'failed') return Promise.resolve(input.failure);
  if (input.kind === 'stdin') return analyseStream(input.path, io.stdin ?? process.stdin, options);
  return analyseFile(input.path, options);
}

/** 0 when all were read; else the failures' code when they share one, else 1. */
export function exitStatus(results: readonly FileResult[]): number {
  const codes = new Set(results.flatMap((r) => (r.ok ? [] : [r.code])));
  if (codes.size === 0) return EXIT.ok;
  return codes.size === 1 ? [...codes][0]! : EXIT.mixed;
}

interface Output {
  add(result: FileResult): void;
  end(results: readonly FileResult[]): void;
}

function createOutput(args: AnalyseArgs, single: boolean, io: CommandIO): Output {
  if (args.format === 'json') return single ? jsonObject(io) : jsonArray(io);
  if (args.format === 'csv') return csv(io);
  return summary(io, single, args.full, args.lang ?? localeLanguage());
}

function summary(io: CommandIO, single: boolean, full: boolean, language: Language): Output {
  const t = cliTranslator(language);
  let written = false;
  return {
    add(result) {
      if (!result.ok) return;
      // A blank line between pages.
      io.out(`${written ? '\n' : ''}${summarise(result.file, result.analysis, { full, t, language })}`);
      written = true;
    },
    end(results) {
      if (!single) io.out(`${written ? '\n' : ''}${totalsLine(results, t)}`);
    },
  };
}

function jsonObject(io: CommandIO): Output {
  return {
    add(result) {
      if (result.ok) io.out(JSON.stringify(result.analysis, null, 2));
    },
    end() {},
  };
}

/** The same text as JSON.stringify(array, null, 2), written an entry at a time: each entry is held
 * until the next one says whether it needs a comma. */
function jsonArray(io: CommandIO): Output {
  let held: string | null = null;
  return {
    add(result) {
      const entry = result.ok ? { file: result.file, ...result.analysis } : { file: result.file, error: { code: result.code, message: result.message } };
      const text = JSON.stringify(entry, null, 2).replace(/^/gm, '  ');
      if (held === null) io.out('[');
      else io.out(`${held},`);
      held = text;
    },
    end() {
      if (held === null) io.out('[]');
      else io.out(`${held}\n]`);
    },
  };
}

function csv(io: CommandIO): Output {
  io.out(csvHeader());
  return {
    add(result) {
      if (!result.ok) return;
      const rows = csvRows(result.file, result.analysis);
      if (rows.length > 0) io.out(rows.join('\n'));
    },
    end() {},
  };
}
