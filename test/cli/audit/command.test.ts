// `question-lens audit` end to end, from the sources: a folder of the Senate fixtures saved as
// `fetch` saves pages (the "saved from url" line first), some in a subfolder, read in worker
// threads; the totals checked against the CSV's rows and the fixtures' expected statuses. Then the
// ways a run goes wrong: a page too big, a page that is not a question, bad usage.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditFile } from '../../../src/cli/audit/audit-file';
import { MAX_PAGE_BYTES } from '../../../src/cli/limits';
import { runAudit } from '../../../src/cli/audit/command';
import type { AuditReport } from '../../../src/cli/audit/report';
import { savedFromComment } from '../../../src/cli/fetch/store';
import { expectedOf, FIXTURE_TODAY, fixtureCases, fixturePath, fixtureUrl } from '../../helpers/fixtures';
import { parseCsv } from './csv-parse';

interface Run {
  code: number;
  out: string[];
  err: string[];
}

async function audit(...argv: string[]): Promise<Run> {
  return auditWith({}, ...argv);
}

async function auditWith(io: { signal?: AbortSignal }, ...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAudit(argv, { out: (s) => out.push(s), err: (s) => err.push(s), progress: 'off', ...io });
  return { code, out, err };
}

/** A fixture's page as `fetch` saves it. */
function savedPage(name: string): Buffer {
  const url = fixtureUrl(name);
  const bytes = readFileSync(fixturePath(name));
  return url ? Buffer.concat([Buffer.from(savedFromComment(url)), bytes]) : bytes;
}

function allowedStatuses(name: string, label: string): string[] {
  const want = expectedOf(name).items?.find((i) => i.label === label);
  if (!want) return [];
  return [...(Array.isArray(want.status) ? want.status : [want.status]), ...(want.engineSays ? [want.engineSays] : [])];
}

const tmp = () => mkdtempSync(join(tmpdir(), 'ql-audit-'));

describe('runAudit on the fixture pages', () => {
  const names = fixtureCases();
  const dir = tmp();
  const pages = join(dir, 'pages');
  const out = join(dir, 'out');
  let run: Run;
  let report: AuditReport;
  let csv: string[][];

  beforeAll(async () => {
    mkdirSync(join(pages, 'nested', 'deeper'), { recursive: true });
    mkdirSync(out);
    names.forEach((name, i) => writeFileSync(join(pages, ...(i % 2 ? ['nested', 'deeper'] : []), `${name}.html`), savedPage(name)));
    writeFileSync(join(pages, 'nested', 'notes.txt'), 'not a page');
    run = await audit(pages, '--html', join(out, 'r.html'), '--csv', join(out, 'r.csv'), '--json', join(out, 'r.json'), '--today', FIXTURE_TODAY, '--jobs', '2');
    report = JSON.parse(readFileSync(join(out, 'r.json'), 'utf8')) as AuditReport;
    csv = parseCsv(readFileSync(join(out, 'r.csv'), 'utf8'));
  }, 120_000);

  it('reads every page at any depth, and fails the two that are not whole questions', () => {
    expect(names.length).toBeGreaterThanOrEqual(20);
    expect(run.code).toBe(1);
    expect(report.totals).toMatchObject({ files: names.length, read: names.length - 2, failed: 2 });
    expect(report.failures.map((f) => [basename(f.file), f.reason, f.message])).toEqual([
      ['not-a-question.html', 'not-a-question', 'not a written-question page'],
      ['truncated.html', 'truncated', 'truncated page'],
    ]);
    const searchPage = report.failures[0]!.file;
    expect(run.err.filter((l) => l.includes('not-a-question.html'))).toEqual([`question-lens: ${searchPage}: not a written-question page`]);
    expect(report.questions.some((q) => q.file.includes(join('nested', 'deeper')))).toBe(true);
    expect(run.err.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('counts each question once, however many of its pages were saved', () => {
    const ids = new Set(names.filter((n) => !['not-a-question', 'truncated'].includes(n)).map((n) => String(expectedOf(n).question?.id)));
    expect(report.totals.questions).toBe(ids.size);
    expect(report.questions.map((q) => q.id).sort()).toEqual([...ids].sort());
    expect(report.totals.duplicates).toBe(report.totals.read - ids.size);
    expect(report.duplicates.every((d) => basename(d.sameAs).startsWith('7-1649'))).toBe(true);
  });

  it('gives every sub-question the status its fixture expects', () => {
    let checked = 0;
    for (const q of report.questions) {
      const name = basename(q.file, '.html');
      expect(q.items.length, name).toBe(expectedOf(name).items?.length);
      for (const it of q.items) {
        expect(allowedStatuses(name, it.label), `${name} ${it.label}`).toContain(it.status);
        checked++;
      }
    }
    expect(checked).toBe(report.totals.subQuestions);
    expect(checked).toBeGreaterThan(30);
  });

  it('writes one CSV row per sub-question, and totals that add up', () => {
    const [header, ...rows] = csv;
    expect(header!.slice(0, 3)).toEqual(['file', 'address', 'id']);
    expect(rows).toHaveLength(report.totals.subQuestions);
    const status = header!.indexOf('status');
    const fromCsv = Object.fromEntries(Object.keys(report.totals.statuses).map((s) => [s, rows.filter((r) => r[status] === s).length]));
    expect(fromCsv).toEqual(report.totals.statuses);
    const byMinister = report.byMinister.reduce((n, g) => n + g.subQuestions, 0);
    expect(byMinister).toBe(report.totals.subQuestions);
    expect(report.byMinister.map((g) => g.key)).toContain('minister:democratic-renewal+home-affairs+institutional-reforms');
    // Addresses from the saved pages' first line.
    const address = header!.indexOf('address');
    expect(rows.every((r) => /^https:\/\/www\.sena(te|at)\.be\//.test(r[address]!))).toBe(true);
  });

  it('reads the timing the fixtures expect', () => {
    const timing = (id: string) => report.questions.find((q) => q.id === id)?.timing;
    expect(timing('7-1649')).toBe('on-time');
    expect(timing('5-3120')).toBe('unanswered'); // closed
    expect(timing('5-9876')).toBe('unanswered'); // lapsed
    expect(timing('8-312')).toBe('unanswered'); // overdue
    const t = report.totals.timing;
    expect(t['on-time'] + t.late + t.unanswered + t.awaiting + t.unknown).toBe(report.totals.questions);
  });

  it('prints the totals, and writes the report with every question in it', () => {
    expect(run.out[0]).toBe(`${names.length} files: ${names.length - 2} read, 2 failed (1 not a written-question page, 1 truncated page).`);
    expect(run.out.join('\n')).toMatch(new RegExp(`${report.totals.questions} questions, ${report.totals.subQuestions} sub-questions: \\d+ answered`));
    expect(run.out.join('\n')).toContain('Ministers with the largest share of sub-questions not fully answered:');
    const page = readFileSync(join(out, 'r.html'), 'utf8');
    for (const q of report.questions) expect(page).toContain(`<span class="qid">${q.id}</span>`);
  });

  it('reads the same in one thread as in workers', async () => {
    const json = join(out, 'one-thread.json');
    const again = await audit(pages, '--json', json, '--today', FIXTURE_TODAY, '--jobs', '1');
    expect(again.code).toBe(1);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual(report);
  }, 60_000);

  it('does not read its own report as a page on the next run', async () => {
    const inside = join(pages, 'report.html');
    const first = await audit(pages, '--html', inside, '--today', FIXTURE_TODAY, '--jobs', '1');
    const second = await audit(pages, '--html', inside, '--today', FIXTURE_TODAY, '--jobs', '1');
    expect(existsSync(inside)).toBe(true);
    expect(second.out[0]).toBe(first.out[0]);
    expect(second.out[0]).toMatch(new RegExp(`^${names.length} files`));
  }, 60_000);
});

describe('runAudit on pages that are not questions', () => {
  it('refuses a page over 5 MB at once, with one line, without reading it', async () => {
    const dir = tmp();
    const big = join(dir, 'big.html');
    writeFileSync(big, '<html><body>');
    truncateSync(big, 6 * 1024 * 1024); // sparse: as big as that, without writing 6 MB
    expect(MAX_PAGE_BYTES).toBe(5 * 1024 * 1024);

    const started = performance.now();
    const outcome = await auditFile(big, FIXTURE_TODAY);
    expect(performance.now() - started).toBeLessThan(500);
    expect(outcome).toEqual({ ok: false, failure: { file: big, code: 5, reason: 'too-large', message: 'file is larger than 5 MB' } });

    writeFileSync(join(dir, 'good.html'), savedPage('grouped'));
    const json = join(dir, 'r.json');
    const run = await audit(dir, '--json', json, '--jobs', '1', '--today', FIXTURE_TODAY);
    expect(run.code).toBe(1);
    expect(run.err).toEqual([`question-lens: ${big}: file is larger than 5 MB`]);
    const report = JSON.parse(readFileSync(json, 'utf8')) as AuditReport;
    expect(report.totals).toMatchObject({ files: 2, read: 1, failed: 1, questions: 1, subQuestions: 5 });
    expect(report.failuresByReason).toEqual([{ reason: 'too-large', files: 1 }]);
    expect(run.out[0]).toBe('2 files: 1 read, 1 failed (1 larger than 5 MB).');
  });

  it('counts a page that is not a written question as failed, and still writes the report', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'search.html'), savedPage('not-a-question'));
    const html = join(dir, 'out.html');
    const run = await audit(dir, '--html', html, '--jobs', '1');
    expect(run.code).toBe(1);
    expect(run.out[0]).toBe('1 files: 0 read, 1 failed (1 not a written-question page).');
    expect(run.err).toEqual([`question-lens: ${join(dir, 'search.html')}: not a written-question page`]);
    expect(readFileSync(html, 'utf8')).toContain('not a written-question page');
  });

  it('says so when a folder holds no page', async () => {
    const run = await audit(tmp(), '--jobs', '1');
    expect(run.code).toBe(1);
    expect(run.err[0]).toMatch(/^question-lens: no \.html or \.htm page under /);
    expect(run.out[0]).toBe('0 files: 0 read, 0 failed.');
  });
});

describe('runAudit interrupted', () => {
  it.each([['1'], ['2']])('stops at Ctrl-C with --jobs %s, and writes no report of part of the pages', async (jobs) => {
    const dir = tmp();
    for (const name of ['grouped', 'ad-style', 'referred-nl']) writeFileSync(join(dir, `${name}.html`), savedPage(name));
    const controller = new AbortController();
    controller.abort();
    const json = join(dir, 'r.json');
    const run = await auditWith({ signal: controller.signal }, dir, '--json', json, '--jobs', jobs);
    expect(run.code).toBe(130);
    expect(run.err).toEqual(['question-lens: interrupted after 0 of 3 pages; no report written']);
    expect(existsSync(json)).toBe(false);
  });
});

describe('runAudit usage errors', () => {
  const dir = tmp();
  const cases: Array<[string, string[], RegExp]> = [
    ['no folder', [], /^question-lens: no folder given/],
    ['a folder that is missing', [join(dir, 'nowhere')], /^question-lens: no such folder: .*nowhere$/],
    ['an unknown option', [dir, '--pdf', 'x.pdf'], /^question-lens: unknown option --pdf/],
    ['a date that does not exist', [dir, '--today', '2023-02-30'], /^question-lens: --today wants a real date/],
    ['an output in a folder that is missing', [dir, '--csv', join(dir, 'no', 'such', 'folder', 'r.csv')], /^question-lens: cannot write --csv .*: no folder /],
    ['an output that is a folder', [dir, '--html', dir], /^question-lens: cannot write --html .*: it is a folder$/],
    ['two outputs on one file', [dir, '--csv', join(dir, 'r.txt'), '--json', join(dir, 'r.txt')], /^question-lens: --csv and --json name the same file/],
  ];
  it.each(cases)('exits 64 on %s, with one line', async (_what, argv, message) => {
    const run = await audit(...argv);
    expect(run.code).toBe(64);
    expect(run.out).toEqual([]);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(message);
    expect(existsSync(join(dir, 'r.txt'))).toBe(false);
  });

  it('prints its usage on --help', async () => {
    const run = await audit('--help');
    expect(run.code).toBe(0);
    expect(run.out[0]).toMatch(/^Usage: question-lens audit DIR\.\.\./);
  });
});
