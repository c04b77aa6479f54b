// How fast `question-lens audit` reads a legislature's worth of questions: lays out N (default
// 10 000) Chamber questions of ../shared/data as saved Senate pages, runs the audit on them (the
// sources, in worker threads, as the command line does) and prints the wall time, the pages a
// second and the process's peak resident memory (all threads).
//
//   npx tsx scripts/bench-audit.ts [--pages N] [--jobs N] [--keep] [path/to/dekamer-2017.json]
//
// The Chamber's records become Senate pages in the full layout of scripts/lib/chamber-page.ts (the
// one scripts/data-run.ts reads bare: the Dutch labels of the written-question page around the
// question and its answer), with what the audit also reads: a chronology with the deadline, the
// answer's row, and the "saved from url" line `fetch` writes.
// The extract has no answer dates: each answer gets one drawn from its doc_id, most within the
// five-week deadline, some late, so that the timing figures have something to count. They are
// made up; so is every figure of lateness they give.
//
// Also imported by scripts/demo-audit.ts for its Chamber pages.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { savedFromComment } from '../src/cli/fetch/store';
import { runAudit } from '../src/cli/audit/command';
import { chamberPageHtml, day, type ChamberRow } from './lib/chamber-page';

export type { ChamberRow };

export const CHAMBER_DATA = resolve(import.meta.dirname, '../../shared/data/dekamer-2017.json');
/** The Chamber's 2017 questions fall in the Senate's sixth legislature (2014–2019). */
const LEGISLATURE = 6;
/** The Senate's deadline: five weeks after the question is sent. */
const DEADLINE_DAYS = 35;

/** Days from asked to answered, drawn from the doc_id: two in three within the deadline. */
function answeredAfterDays(docId: string | number): number {
  let h = 2166136261;
  for (const c of String(docId)) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  const r = (h % 1000) / 1000;
  return r < 0.67 ? 7 + Math.floor(r * 42) : DEADLINE_DAYS + 1 + Math.floor(((r - 0.67) / 0.33) ** 2 * 300);
}

/** A Chamber record as the Senate's Dutch written-question page `question-lens fetch` would save,
 * numbered `number` in the sixth legislature (the full layout of scripts/lib/chamber-page.ts). */
export function chamberPage(row: ChamberRow, number: number): { id: string; url: string; html: string } {
  const id = `${LEGISLATURE}-${number}`;
  const url = `https://www.senaat.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=${LEGISLATURE}&NR=${number}&LANG=nl`;
  const html = chamberPageHtml(row, LEGISLATURE, number, {
    kind: 'full',
    deadline: day(row.depotdat, DEADLINE_DAYS),
    answeredOn: day(row.depotdat, answeredAfterDays(row.doc_id)),
  });
  return { id, url, html: savedFromComment(url) + html };
}

export function readChamberRows(file = CHAMBER_DATA): ChamberRow[] {
  return JSON.parse(readFileSync(file, 'utf8')) as ChamberRow[];
}

/** `count` pages into `dir`, laid out as `fetch` saves them (DIR/<leg>/<id>-nl.html), the records
 * taken in turn (again from the first when there are fewer records than pages), numbered from
 * `firstNumber`. */
export function writeChamberPages(dir: string, rows: readonly ChamberRow[], count: number, firstNumber = 1): string[] {
  const folder = join(dir, String(LEGISLATURE));
  mkdirSync(folder, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const page = chamberPage(rows[i % rows.length]!, firstNumber + i);
    const file = join(folder, `${page.id}-nl.html`);
    writeFileSync(file, page.html);
    files.push(file);
  }
  return files;
}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const count = Number(option(args, '--pages') ?? 10_000);
  const jobs = option(args, '--jobs');
  const keep = args.includes('--keep');
  const dataFile = args.find((a) => !a.startsWith('--')) ?? CHAMBER_DATA;
  if (!Number.isInteger(count) || count < 1) throw new Error('--pages wants a whole number');

  const dir = mkdtempSync(join(tmpdir(), 'question-lens-bench-audit-'));
  const laidOut = performance.now();
  writeChamberPages(dir, readChamberRows(dataFile), count);
  console.log(`${count} pages laid out in ${dir} (${((performance.now() - laidOut) / 1000).toFixed(1)} s)`);

  const started = performance.now();
  const lines: string[] = [];
  const code = await runAudit([dir, '--json', join(dir, 'audit.json'), '--today', '2026-11-28', ...(jobs ? ['--jobs', jobs] : []), '--no-progress'], {
    out: (s) => lines.push(s),
    err: (s) => lines.push(s),
  });
  const seconds = (performance.now() - started) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(lines.join('\n'));
  console.log(`exit ${code}`);
  console.log(`${count} pages in ${seconds.toFixed(1)} s: ${(count / seconds).toFixed(0)} pages/s, peak RSS ${peakMb.toFixed(0)} MB (all threads), jobs ${jobs ?? availableParallelism()}`);
  if (!keep) rmSync(dir, { recursive: true, force: true });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(`bench-audit: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
