// A whole audit without the network: the bundled Senate fixture pages and a thousand Chamber
// questions of ../shared/data laid out as Senate pages (scripts/bench-audit.ts), saved as `fetch`
// saves them, then `question-lens audit` over them into artifacts/demo-audit/: report.html,
// audit.csv, audit.json. Open report.html in any browser.
//
//   npx tsx scripts/demo-audit.ts [--pages N] [--jobs N]
//
// Two fixtures are broken on purpose (a search page, a page cut short): the report lists them as
// files not read. The Chamber's extract has no answer dates, so the Chamber pages' dates are made
// up (see bench-audit.ts): their lateness figures show what the report does, not how ministers did.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runAudit } from '../src/cli/audit/command';
import { savedFromComment } from '../src/cli/fetch/store';
import { readChamberRows, writeChamberPages } from './bench-audit';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'test/fixtures/senate-be');
const OUT = join(ROOT, 'artifacts/demo-audit');
/** The day the fixtures are read as of (test/helpers/fixtures.ts), so that the report stays put. */
const TODAY = '2026-11-28';
/** Above every number the fixtures use in the sixth legislature, so that no Chamber page takes a
 * fixture's id (the audit would count the two as one question). */
const FIRST_CHAMBER_NUMBER = 20_001;

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
}

function writeFixturePages(dir: string): number {
  mkdirSync(dir, { recursive: true });
  const urls = JSON.parse(readFileSync(join(FIXTURES, 'urls.json'), 'utf8')) as Record<string, string>;
  for (const [name, url] of Object.entries(urls)) {
    const page = readFileSync(join(FIXTURES, name, 'page.html'));
    writeFileSync(join(dir, `${name}.html`), Buffer.concat([Buffer.from(savedFromComment(url)), page]));
  }
  return Object.keys(urls).length;
}

async function main(): Promise<number> {
  const chamberPages = Number(option('--pages') ?? 1000);
  const jobs = option('--jobs');
  const pages = join(OUT, 'pages');
  rmSync(pages, { recursive: true, force: true });
  const fixtures = writeFixturePages(join(pages, 'fixtures'));
  // The Chamber's questions are beside the project (../shared/data), not in it: without them the
  // report is made of the bundled fixture pages alone.
  let chamber = 0;
  if (chamberPages > 0) {
    try {
      const rows = readChamberRows();
      writeChamberPages(join(pages, 'chamber'), rows, chamberPages, FIRST_CHAMBER_NUMBER);
      chamber = chamberPages;
    } catch {
      console.log('demo-audit: no Chamber data beside the project (../shared/data): the bundled fixture pages only');
    }
  }
  console.log(`demo-audit: ${fixtures} fixture pages and ${chamber} Chamber questions laid out in ${pages}`);

  const report = join(OUT, 'report.html');
  const code = await runAudit(
    [pages, '--html', report, '--csv', join(OUT, 'audit.csv'), '--json', join(OUT, 'audit.json'), '--today', TODAY, ...(jobs ? ['--jobs', jobs] : [])],
    { out: (s) => console.log(s), err: (s) => console.error(s) },
  );
  if (code > 1) return code;
  console.log(`demo-audit: open ${report} in a browser. The two fixtures not read are broken on purpose; the Chamber pages' answer dates are made up.`);
  return 0;
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    console.error(`demo-audit: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
