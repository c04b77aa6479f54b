// `question-lens fetch` then `question-lens audit`, through the program's own entry (run, as
// src/cli/main.ts dispatches a command line): three pages fetched from a local server that plays the
// Senate, saved into a folder, and that folder audited. The audit must see the three questions the
// server served, by their ids, addresses and ministers. (test/cli/fetch/ tests runFetch itself.)

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import type { AuditReport } from '../../src/cli/audit/report';
import { FIXTURES } from '../helpers/fixtures';
import { fixtureReply, startSenateServer, type SenateServer } from './fetch/senate-server';

/** Three fixtures as the server serves them: under their LEG-NR-LANG, at their Senate address. */
const PAGES = [
  { fixture: '7-1649-fr-paragraphs', page: '7-1649-fr', id: '7-1649', minister: "Ministre de l'Intérieur, des Réformes institutionnelles et du Renouveau démocratique" },
  { fixture: 'referred-nl', page: '7-1890-nl', id: '7-1890', minister: 'Minister van Mobiliteit' },
  { fixture: 'ad-style', page: '7-1403-nl', id: '7-1403', minister: 'Minister van Justitie' },
] as const;
const URLS = JSON.parse(readFileSync(join(FIXTURES, 'urls.json'), 'utf8')) as Record<string, string>;
const expected = (fixture: string) => JSON.parse(readFileSync(join(FIXTURES, fixture, 'expected.json'), 'utf8')) as { question: { addressee: string }; items: unknown[] };

let server: SenateServer | undefined;
let scratch: string | undefined;
afterEach(async () => {
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

async function cli(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, (s) => out.push(s), (s) => err.push(s), { progress: 'off' });
  return { code, out, err };
}

it('fetches three pages from a local server into a folder, and the audit of that folder sees those three questions', async () => {
  server = await startSenateServer(Object.fromEntries(PAGES.map((p) => [p.page, fixtureReply(p.fixture)])));
  scratch = mkdtempSync(join(tmpdir(), 'ql-fetch-audit-'));
  const dir = join(scratch, 'pages');
  const json = join(scratch, 'audit.json');
  const addresses = PAGES.map((p) => URLS[p.fixture]!);

  // The Senate's addresses, fetched from the local server; each keeps its own language.
  const fetched = await cli(['fetch', ...addresses, '--base', server.base, '--out', dir, '--delay', '0']);
  expect(fetched.err).toEqual(['question-lens: fetch: 3 saved, 0 already saved, 0 numbers do not exist, 0 failed']);
  expect(fetched.code, fetched.err.join('\n')).toBe(0);
  for (const p of PAGES) {
    expect(server.hits(p.page), p.page).toBe(1);
    expect(existsSync(join(dir, '7', `${p.page}.html`)), p.page).toBe(true);
  }
  expect(server.requests).toHaveLength(PAGES.length);

  const audited = await cli(['audit', dir, '--json', json, '--jobs', '1', '--today', '2026-11-28']);
  expect(audited.err).toEqual([]);
  expect(audited.code).toBe(0);
  expect(audited.out.join('\n')).toContain('3 questions');
  const report = JSON.parse(readFileSync(json, 'utf8')) as AuditReport;
  expect(report.totals).toMatchObject({ files: 3, read: 3, failed: 0, duplicates: 0, questions: 3 });
  const byId = new Map(report.questions.map((q) => [q.id, q]));
  expect([...byId.keys()].sort()).toEqual(PAGES.map((p) => p.id).sort());
  for (const [i, p] of PAGES.entries()) {
    const q = byId.get(p.id)!;
    // Read from the page fetch saved, and known by its Senate address, not by the local server's.
    expect(q.file).toBe(join(dir, '7', `${p.page}.html`));
    expect(q.url).toBe(addresses[i]);
    expect(q.addressee).toBe(expected(p.fixture).question.addressee);
    expect(q.items).toHaveLength(expected(p.fixture).items.length);
  }
  // One minister a question, named as the office.
  expect(report.byMinister.map((g) => [g.label, g.questions]).sort()).toEqual(PAGES.map((p) => [p.minister, 1]).sort());
});
