// `question-lens fetch` end to end against a local server that plays the Senate: what is saved and
// how, what the summary and the exit status say, politeness (requests at a time, pauses), retries,
// timeouts, redirects, resume, atomic writes, interruption, and one-line usage errors.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyseBytes } from '../../../src/cli/analyse-file';
import { runFetch, userAgent } from '../../../src/cli/fetch/command';
import {
  failingFirst,
  fixtureBytes,
  fixtureReply,
  HTML_CP1252,
  questionPage,
  slow,
  startSenateServer,
  statusReply,
  type PageHandler,
  type SenateServer,
} from './senate-server';

const SENATE_7_1649_FR = 'https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr';
const SENAAT_7_1649_NL = 'https://www.senaat.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=nl';
const TODAY = '2026-12-01';

let server: SenateServer;
let out: string;
let scratch: string;

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'ql-fetch-'));
  out = join(scratch, 'out');
});
afterEach(async () => {
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function serve(pages: Record<string, PageHandler>): Promise<SenateServer> {
  server = await startSenateServer(pages);
  return server;
}

/** Question pages 7-from … 7-to, in French, all existing. */
function questions(from: number, to: number): Record<string, PageHandler> {
  const pages: Record<string, PageHandler> = {};
  for (let n = from; n <= to; n++) pages[`7-${n}-fr`] = questionPage(n);
  return pages;
}

async function fetchCli(argv: string[], options: { signal?: AbortSignal; base?: boolean } = {}) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const withBase = options.base === false ? [] : ['--base', server.base];
  const code = await runFetch([...argv, ...withBase], {
    out: (s) => stdout.push(s),
    err: (s) => stderr.push(s),
    signal: options.signal,
    progress: 'off',
    version: '9.9.9-test',
  });
  return { code, stdout, stderr, summary: stderr[0] ?? '' };
}

function savedFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => f.replaceAll('\\', '/')).sort();
}

/** Splits a saved page into its first line (the comment) and the bytes after it. */
function splitSaved(file: string): { comment: string; rest: Buffer } {
  const bytes = readFileSync(file);
  const newline = bytes.indexOf(0x0a);
  return { comment: bytes.subarray(0, newline + 1).toString('latin1'), rest: bytes.subarray(newline + 1) };
}

describe('fetch saves pages', () => {
  it('saves each page as DIR/<leg>/<id>-<lang>.html after a saved-from line, with its record beside it', async () => {
    await serve({ '7-1649-fr': fixtureReply('7-1649-fr-paragraphs'), '7-1649-nl': fixtureReply('7-1649-nl') });
    const before = Date.now();
    const run = await fetchCli(['7-1649', '--lang', 'fr,nl', '--out', out, '--delay', '0']);

    expect(run.code).toBe(0);
    expect(run.stderr).toEqual(['question-lens: fetch: 2 saved, 0 already saved, 0 numbers do not exist, 0 failed']);
    expect(savedFiles(out)).toEqual(['7', '7/7-1649-fr.html', '7/7-1649-fr.json', '7/7-1649-nl.html', '7/7-1649-nl.json']);

    const fr = splitSaved(join(out, '7/7-1649-fr.html'));
    expect(SENATE_7_1649_FR.length).toBe(81);
    expect(fr.comment).toBe(`<!-- saved from url=(0081)${SENATE_7_1649_FR} -->\n`);
    expect(Buffer.compare(fr.rest, Buffer.from(fixtureBytes('7-1649-fr-paragraphs')))).toBe(0);

    const record = JSON.parse(readFileSync(join(out, '7/7-1649-fr.json'), 'utf8'));
    expect(record).toEqual({
      url: SENATE_7_1649_FR,
      fetchedFrom: `${server.base}/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr`,
      fetchedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      status: 200,
      contentType: 'text/html; charset=utf-8',
      bytes: fixtureBytes('7-1649-fr-paragraphs').length,
      writtenQuestion: true,
    });
    expect(Date.parse(record.fetchedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(JSON.parse(readFileSync(join(out, '7/7-1649-nl.json'), 'utf8')).url).toBe(SENAAT_7_1649_NL);

    // The requests went to --base, with the Senate's path and query, and said who was asking.
    expect(server.requests.map((r) => r.url).sort()).toEqual([
      '/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr',
      '/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=nl',
    ]);
    expect(server.requests[0]!.headers['user-agent']).toBe(userAgent('9.9.9-test'));
    expect(userAgent('9.9.9-test')).toMatch(/^question-lens\/9\.9\.9-test \(\+https:\/\/github\.com\/.+\)$/);
  });

  it('saves pages that the existing reader analyses as the Senate question they are', async () => {
    await serve({ '7-1649-fr': fixtureReply('7-1649-fr-paragraphs'), '7-1649-nl': fixtureReply('7-1649-nl') });
    expect((await fetchCli(['7-1649', '--lang', 'fr,nl', '--out', out, '--delay', '0'])).code).toBe(0);
    for (const [lang, address] of [['fr', SENATE_7_1649_FR], ['nl', SENAAT_7_1649_NL]] as const) {
      const file = join(out, `7/7-1649-${lang}.html`);
      const result = analyseBytes(file, readFileSync(file), { url: null, today: TODAY });
      if (!result.ok) throw new Error(`${file}: ${result.message}`);
      expect(result.analysis.question.id).toBe('7-1649');
      expect(result.analysis.page.url).toBe(address);
      expect(result.analysis.page.language).toBe(lang);
      expect(result.analysis.items.length).toBeGreaterThan(3);
    }
  });

  it('keeps a windows-1252 page byte for byte, and it still reads right', async () => {
    await serve({ '7-1649-fr': fixtureReply('7-1649-fr-cp1252', HTML_CP1252) });
    const run = await fetchCli(['7-1649', '--out', out, '--delay', '0']);
    expect(run.code).toBe(0);

    const file = join(out, '7/7-1649-fr.html');
    const served = Buffer.from(fixtureBytes('7-1649-fr-cp1252'));
    expect(served.includes(0xe9)).toBe(true); // "é" as one windows-1252 byte: the fixture is what it claims
    const { comment, rest } = splitSaved(file);
    expect(comment).toBe(`<!-- saved from url=(0081)${SENATE_7_1649_FR} -->\n`);
    expect(rest.length).toBe(served.length);
    expect(Buffer.compare(rest, served)).toBe(0);
    expect(JSON.parse(readFileSync(join(out, '7/7-1649-fr.json'), 'utf8'))).toMatchObject({ contentType: HTML_CP1252, bytes: served.length });

    const result = analyseBytes(file, readFileSync(file), { url: null, today: TODAY });
    if (!result.ok) throw new Error(result.message);
    expect(result.analysis.question.id).toBe('7-1649');
    expect(result.analysis.question.addressee).toContain("la ministre de l'Intérieur, des Réformes");
    expect(result.analysis.page.url).toBe(SENATE_7_1649_FR);
  });

  it('saves a page that is not a written question, and says so without failing', async () => {
    await serve({ '7-9000-fr': fixtureReply('not-a-question') });
    const run = await fetchCli(['7-9000', '--out', out, '--delay', '0']);
    expect(run.code).toBe(0);
    expect(run.stderr).toEqual([
      'question-lens: fetch: 1 saved, 0 already saved, 0 numbers do not exist, 0 failed',
      'question-lens: fetch: 1 saved page is not the question asked for: 7-9000-fr (not a written question)',
    ]);
    expect(JSON.parse(readFileSync(join(out, '7/7-9000-fr.json'), 'utf8'))).toMatchObject({ writtenQuestion: false, status: 200 });
    const file = join(out, '7/7-9000-fr.html');
    expect(analyseBytes(file, readFileSync(file), { url: null, today: TODAY })).toMatchObject({ ok: false, message: 'not a written-question page' });
  });

  it('reads a list file of ids and addresses, an address keeping its own language', async () => {
    await serve({ '7-1649-fr': fixtureReply('7-1649-fr-paragraphs'), '7-1649-nl': fixtureReply('7-1649-nl'), ...questions(2, 3) });
    const list = join(scratch, 'questions.txt');
    writeFileSync(list, `# to audit\r\n7-2\r\n\r\n  ${SENAAT_7_1649_NL}  # the Dutch page\r\n7-3 # with a comment\r\n07-0002\r\n`);
    const run = await fetchCli(['--list', list, '7-1649', '--out', out, '--delay', '0']);
    expect(run.code).toBe(0);
    expect(run.summary).toBe('question-lens: fetch: 4 saved, 0 already saved, 0 numbers do not exist, 0 failed');
    expect(savedFiles(join(out, '7')).filter((f) => f.endsWith('.html'))).toEqual(['7-1649-fr.html', '7-1649-nl.html', '7-2-fr.html', '7-3-fr.html']);
  });
});

describe('fetch over a range', () => {
  it('counts numbers the Senate does not have, and that is no failure', async () => {
    const pages = questions(1, 12);
    for (const gap of [3, 7, 8]) delete pages[`7-${gap}-fr`];
    await serve(pages);
    const run = await fetchCli(['--leg', '7', '--from', '1', '--to', '12', '--out', out, '--delay', '0']);
    expect(run.code).toBe(0);
    expect(run.stderr).toEqual(['question-lens: fetch: 9 saved, 0 already saved, 3 numbers do not exist, 0 failed']);
    expect(server.requests).toHaveLength(12);
    expect(existsSync(join(out, '7/7-3-fr.html'))).toBe(false);
    expect(existsSync(join(out, '7/7-12-fr.html'))).toBe(true);
  });

  it('says "1 number does not exist" for one', async () => {
    await serve(questions(1, 1));
    const run = await fetchCli(['--leg=7', '--to=2', '--out', out, '--delay', '0']);
    expect(run.stderr).toEqual(['question-lens: fetch: 1 saved, 0 already saved, 1 number does not exist, 0 failed']);
  });

  it('fails on a 404 for an id given by name, naming it', async () => {
    await serve({ '7-1649-fr': fixtureReply('7-1649-fr-paragraphs') });
    const run = await fetchCli(['7-1649', '7-404', '--out', out, '--delay', '0']);
    expect(run.code).toBe(5);
    expect(run.stderr).toEqual([
      'question-lens: fetch: 1 saved, 0 already saved, 0 numbers do not exist, 1 failed',
      'question-lens: fetch: 7-404-fr failed: does not exist (HTTP 404)',
    ]);
  });

  it('names the first five failures and counts the rest', async () => {
    await serve({});
    const run = await fetchCli(['7-1', '7-2', '7-3', '7-4', '7-5', '7-6', '7-7', '--out', out, '--delay', '0']);
    expect(run.code).toBe(5);
    expect(run.stderr[0]).toBe('question-lens: fetch: 0 saved, 0 already saved, 0 numbers do not exist, 7 failed');
    expect(run.stderr.slice(1, 6).every((l) => /^question-lens: fetch: 7-\d-fr failed: does not exist \(HTTP 404\)$/.test(l))).toBe(true);
    expect(run.stderr[6]).toBe('question-lens: fetch: ... and 2 more failed');
    expect(run.stderr).toHaveLength(7);
  });
});

describe('fetch is polite', () => {
  it('has at most 2 requests in flight by default, and 1 with --concurrency 1', async () => {
    await serve(questions(1, 10));
    expect((await fetchCli(['--leg', '7', '--to', '10', '--out', out, '--delay', '0'])).code).toBe(0);
    expect(server.requests).toHaveLength(10);
    expect(server.maxInFlight).toBe(2);
    await server.close();

    await serve(questions(1, 10));
    expect((await fetchCli(['--leg', '7', '--to', '10', '--out', join(scratch, 'one'), '--delay', '0', '--concurrency', '1'])).code).toBe(0);
    expect(server.requests).toHaveLength(10);
    expect(server.maxInFlight).toBe(1);
    await server.close();

    // The server does see overlapping requests when they come: the two counts above are the client's doing.
    await serve(questions(1, 10));
    expect((await fetchCli(['--leg', '7', '--to', '10', '--out', join(scratch, 'four'), '--delay', '0', '--concurrency', '4'])).code).toBe(0);
    expect(server.maxInFlight).toBe(4);
  });

  it('pauses between two requests of one slot', async () => {
    await serve(questions(1, 4));
    expect((await fetchCli(['--leg', '7', '--to', '4', '--out', out, '--delay', '80', '--concurrency', '1'])).code).toBe(0);
    const starts = server.requests.map((r) => r.at);
    expect(starts).toHaveLength(4);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(80 + 20);
  });
});

describe('fetch retries what may pass', () => {
  it('retries a server error, and the page ends saved', async () => {
    await serve({ '7-1-fr': failingFirst(1, 500, questionPage(1)) });
    const run = await fetchCli(['7-1', '--out', out, '--delay', '0']);
    expect(run.code).toBe(0);
    expect(server.hits('7-1-fr')).toBe(2);
    expect(run.summary).toBe('question-lens: fetch: 1 saved, 0 already saved, 0 numbers do not exist, 0 failed');
    expect(existsSync(join(out, '7/7-1-fr.html'))).toBe(true);
  });

  it('gives up after --retries, saying why and how often it tried', async () => {
    await serve({ '7-1-fr': failingFirst(99, 502, questionPage(1)) });
    const run = await fetchCli(['7-1', '--out', out, '--delay', '0', '--retries', '2']);
    expect(run.code).toBe(5);
    expect(server.hits('7-1-fr')).toBe(3);
    expect(run.stderr[1]).toBe('question-lens: fetch: 7-1-fr failed: HTTP 502 (3 attempts)');
  });

  it('gives up on a slow page after --timeout, and retries it', async () => {
    await serve({ '7-1-fr': slow(3000, questionPage(1)), '7-2-fr': questionPage(2) });
    const started = Date.now();
    const run = await fetchCli(['7-1', '7-2', '--out', out, '--delay', '0', '--timeout', '200', '--retries', '1']);
    expect(Date.now() - started).toBeLessThan(2500);
    expect(run.code).toBe(5);
    expect(server.hits('7-1-fr')).toBe(2);
    expect(run.stderr).toEqual([
      'question-lens: fetch: 1 saved, 0 already saved, 0 numbers do not exist, 1 failed',
      'question-lens: fetch: 7-1-fr failed: no answer within 200 ms (2 attempts)',
    ]);
    expect(savedFiles(out).filter((f) => f.startsWith('7/7-1-'))).toEqual([]);
  });

  it('retries a network error', async () => {
    await serve({});
    await server.close(); // nothing listens on its port any more
    const run = await fetchCli(['7-1', '--out', out, '--delay', '0', '--retries', '1']);
    expect(run.code).toBe(5);
    expect(run.stderr[1]).toBe('question-lens: fetch: 7-1-fr failed: network error (ECONNREFUSED) (2 attempts)');
  });

  it('does not retry what will not pass (403)', async () => {
    await serve({ '7-1-fr': statusReply(403) });
    const run = await fetchCli(['7-1', '--out', out, '--delay', '0']);
    expect(run.code).toBe(5);
    expect(server.hits('7-1-fr')).toBe(1);
    expect(run.stderr[1]).toBe('question-lens: fetch: 7-1-fr failed: HTTP 403');
  });

  it('waits as long as a 503 Retry-After says', async () => {
    await serve({ '7-1-fr': failingFirst(1, 503, questionPage(1), { 'retry-after': '1' }) });
    const run = await fetchCli(['7-1', '--out', out, '--delay', '0']);
    expect(run.code).toBe(0);
    const [first, second] = server.requests.map((r) => r.at);
    expect(second! - first!).toBeGreaterThanOrEqual(1000);
  });

  it('does not wait out an unreasonable Retry-After: it fails at once, saying so', async () => {
    await serve({ '7-1-fr': failingFirst(1, 429, questionPage(1), { 'retry-after': '3600' }) });
    const run = await fetchCli(['7-1', '--out', out, '--delay', '0']);
    expect(run.code).toBe(5);
    expect(server.hits('7-1-fr')).toBe(1);
    expect(run.stderr[1]).toBe('question-lens: fetch: 7-1-fr failed: HTTP 429, and the server asks to wait 3600 s: try again later');
  });
});

describe('fetch follows redirects only where it trusts', () => {
  it('follows a redirect on the --base host', async () => {
    await serve({
      '7-5-fr': () => ({ status: 302, headers: { location: '/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr' } }),
      '7-1649-fr': fixtureReply('7-1649-fr-paragraphs'),
    });
    const run = await fetchCli(['7-5', '--out', out, '--delay', '0']);
    expect(run.code).toBe(0);
    // Saved, since it is what the Senate gave for 7-5, but not passed off as 7-5.
    expect(run.stderr[1]).toBe('question-lens: fetch: 1 saved page is not the question asked for: 7-5-fr (question 7-1649)');
    expect(splitSaved(join(out, '7/7-5-fr.html')).rest.equals(Buffer.from(fixtureBytes('7-1649-fr-paragraphs')))).toBe(true);
    expect(JSON.parse(readFileSync(join(out, '7/7-5-fr.json'), 'utf8')).fetchedFrom).toBe(`${server.base}/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr`);
  });

  it('fails a redirect to another host', async () => {
    await serve({ '7-6-fr': () => ({ status: 301, headers: { location: 'http://evil.example/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=6&LANG=fr' } }) });
    const run = await fetchCli(['7-6', '--out', out, '--delay', '0']);
    expect(run.code).toBe(5);
    expect(run.stderr[1]).toBe('question-lens: fetch: 7-6-fr failed: redirected away from the Senate, to evil.example');
    expect(savedFiles(out)).toEqual([]);
  });
});

describe('fetch resumes', () => {
  it('skips what an earlier run saved: the second run makes no request', async () => {
    const pages = questions(1, 5);
    delete pages['7-4-fr'];
    await serve(pages);
    const first = await fetchCli(['--leg', '7', '--to', '5', '--out', out, '--delay', '0']);
    expect(first.summary).toBe('question-lens: fetch: 4 saved, 0 already saved, 1 number does not exist, 0 failed');
    const requests = server.requests.length;
    expect(requests).toBe(5);

    const second = await fetchCli(['--leg', '7', '--to', '3', '--out', out, '--delay', '0']);
    expect(second.code).toBe(0);
    expect(second.stderr).toEqual(['question-lens: fetch: 0 saved, 3 already saved, 0 numbers do not exist, 0 failed']);
    expect(server.requests.length).toBe(requests);
  });

  it('fetches again a page whose record is missing, and ignores a stale temporary file', async () => {
    await serve(questions(1, 2));
    mkdirSync(join(out, '7'), { recursive: true });
    writeFileSync(join(out, '7/7-1-fr.html'), '<html>half a pa'); // the run stopped before the record
    writeFileSync(join(out, '7/7-2-fr.json.123-abc.tmp'), '{}');
    writeFileSync(join(out, '7/7-2-fr.html.123-abc.tmp'), '<html>');
    const run = await fetchCli(['7-1', '7-2', '--out', out, '--delay', '0']);
    expect(run.summary).toBe('question-lens: fetch: 2 saved, 0 already saved, 0 numbers do not exist, 0 failed');
    expect(server.requests).toHaveLength(2);
    expect(readFileSync(join(out, '7/7-1-fr.html'), 'utf8')).toContain('<title>Sénat de Belgique - Question écrite 7-1</title>');
  });

  it('leaves no temporary file behind, also when a page cannot be saved', async () => {
    await serve(questions(1, 3));
    await fetchCli(['--leg', '7', '--to', '3', '--out', out, '--delay', '0']);
    expect(savedFiles(out)).toHaveLength(7);
    expect(savedFiles(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    // Legislature 7's folder is a file: nothing can be saved there.
    const blocked = join(scratch, 'blocked');
    mkdirSync(blocked);
    writeFileSync(join(blocked, '7'), 'not a folder');
    const run = await fetchCli(['7-1', '--out', blocked, '--delay', '0']);
    expect(run.code).toBe(5);
    expect(run.stderr[1]).toMatch(/^question-lens: fetch: 7-1-fr failed: cannot be saved to .*7-1-fr\.html \((EEXIST|ENOTDIR)\)$/);
    expect(savedFiles(blocked)).toEqual(['7']);
  });
});

describe('fetch can be interrupted', () => {
  it('stops starting requests, abandons the one in flight, sums up and exits 130; the same command resumes', async () => {
    const controller = new AbortController();
    const pages = questions(1, 6);
    const fast = pages['7-3-fr']!;
    pages['7-3-fr'] = (hit) => {
      setTimeout(() => controller.abort(), 50);
      return { ...fast(hit), delayMs: 10_000 };
    };
    await serve(pages);
    const started = Date.now();
    const run = await fetchCli(['--leg', '7', '--to', '6', '--out', out, '--delay', '0', '--concurrency', '1'], { signal: controller.signal });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(run.code).toBe(130);
    expect(run.stderr).toEqual([
      'question-lens: fetch: 2 saved, 0 already saved, 0 numbers do not exist, 0 failed',
      'question-lens: fetch: interrupted, 4 pages not fetched: run the same command again to resume',
    ]);
    expect(server.requests.map((r) => r.page)).toEqual(['7-1-fr', '7-2-fr', '7-3-fr']);
    expect(savedFiles(out)).toEqual(['7', '7/7-1-fr.html', '7/7-1-fr.json', '7/7-2-fr.html', '7/7-2-fr.json']);

    server.pages.set('7-3-fr', fast);
    const resumed = await fetchCli(['--leg', '7', '--to', '6', '--out', out, '--delay', '0', '--concurrency', '1']);
    expect(resumed.code).toBe(0);
    expect(resumed.summary).toBe('question-lens: fetch: 4 saved, 2 already saved, 0 numbers do not exist, 0 failed');
  });

  it('fetches nothing when interrupted before it starts', async () => {
    await serve(questions(1, 2));
    const run = await fetchCli(['7-1', '7-2', '--out', out], { signal: AbortSignal.abort() });
    expect(run.code).toBe(130);
    expect(server.requests).toHaveLength(0);
    expect(run.stderr[1]).toBe('question-lens: fetch: interrupted, 2 pages not fetched: run the same command again to resume');
  });
});

describe('fetch shows progress', () => {
  it('writes progress lines on standard error, and none with --no-progress', async () => {
    await serve(questions(1, 3));
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const io = { out: () => {}, err: () => {}, progress: 'lines' as const };
      expect(await runFetch(['--leg', '7', '--to', '3', '--out', out, '--delay', '0', '--base', server.base], io)).toBe(0);
      expect(written.join('')).toMatch(/^fetch: 3\/3 \(/m);
      written.length = 0;
      expect(await runFetch(['--leg', '7', '--to', '3', '--out', join(scratch, 'quiet'), '--delay', '0', '--base', server.base, '--no-progress'], io)).toBe(0);
      expect(written).toEqual([]);
    } finally {
      spy.mockRestore();
    }
    expect(server.requests).toHaveLength(6);
  });
});

describe('fetch refuses bad usage in one line', () => {
  it.each([
    [['7-x', '--out', 'o'], /^question-lens: "7-x" is not a question id \(7-1649\) or a Senate question address$/],
    [['https://example.com/?LEG=7&NR=1', '--out', 'o'], /is not a question id/],
    [['--leg', '7', '--from', '5', '--to', '2', '--out', 'o'], /^question-lens: --from 5 is after --to 2$/],
    [['7-1649'], /^question-lens: --out DIR is required/],
    [['7-1649', '--out', 'o', '--frobnicate'], /^question-lens: unknown option --frobnicate/],
    [['7-1649', '--out', 'o', '--base', 'ftp://mirror'], /^question-lens: --base wants an http\(s\) address/],
    [['7-1649', '--out', 'o', '--base', 'not an address'], /^question-lens: --base wants an http\(s\) address/],
    [['7-1649', '--out', 'o', '--lang', 'de'], /^question-lens: --lang wants fr, nl or fr,nl/],
    [['7-1649', '--out', 'o', '--concurrency', '0'], /^question-lens: --concurrency wants a whole number from 1 to 8/],
    [['7-1649', '--out', 'o', '--delay', '-5'], /^question-lens: --delay wants a whole number/],
    [['--out', 'o'], /^question-lens: nothing to fetch/],
    [['--out', 'o', '--list', 'no-such-list.txt'], /^question-lens: cannot read the list no-such-list\.txt: no such file$/],
  ])('%j', async (argv, message) => {
    server = await startSenateServer({});
    const run = await fetchCli(argv, { base: false });
    expect(run.code).toBe(64);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(message);
    expect(run.stderr[0]).not.toMatch(/\n|\bat .*:\d+:\d+/);
    expect(server.requests).toHaveLength(0);
  });

  it('names the file and line of a bad list entry', async () => {
    server = await startSenateServer({});
    const list = join(scratch, 'list.txt');
    writeFileSync(list, '7-1\n# fine\nseven-two\n');
    const run = await fetchCli(['--list', list, '--out', out], { base: false });
    expect(run.code).toBe(64);
    expect(run.stderr).toEqual([`question-lens: ${list}:3: "seven-two" is not a question id (7-1649) or a Senate question address`]);
  });

  it('shows its usage on --help', async () => {
    server = await startSenateServer({});
    const run = await fetchCli(['--help'], { base: false });
    expect(run.code).toBe(0);
    expect(run.stdout).toHaveLength(1);
    expect(run.stdout[0]).toMatch(/^Usage: question-lens fetch /);
    expect(run.stderr).toEqual([]);
  });
});
