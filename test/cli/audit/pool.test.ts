// The worker pool from the sources (no build): the workers start worker.ts under tsx, read the
// pages as this thread does, and whatever goes wrong with a worker costs its page only, or falls
// back to this thread, never a page lost.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditFiles } from '../../../src/cli/audit/pool';
import type { AuditOutcome } from '../../../src/cli/audit/record';
import { FIXTURE_TODAY, fixturePath } from '../../helpers/fixtures';

const NAMES = ['grouped', 'referred-nl', 'unanswered-closed', 'not-a-question', 'ad-style'];
let files: string[];

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'ql-audit-pool-'));
  files = NAMES.map((name) => {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, readFileSync(fixturePath(name)));
    return file;
  });
});

async function collect(jobs: number, extra: { pageTimeoutMs?: number; startTimeoutMs?: number } = {}) {
  const outcomes: AuditOutcome[] = [];
  const notices: string[] = [];
  const mode = await auditFiles(files, { jobs, today: FIXTURE_TODAY, onOutcome: (o) => outcomes.push(o), onNotice: (n) => notices.push(n), ...extra });
  const fileOf = (o: AuditOutcome) => (o.ok ? o.question.file : o.failure.file);
  outcomes.sort((a, b) => files.indexOf(fileOf(a)) - files.indexOf(fileOf(b)));
  return { mode, outcomes, notices };
}

describe('auditFiles', () => {
  it('reads the pages in worker threads started from the sources, as this thread reads them', async () => {
    const inWorkers = await collect(2);
    const inProcess = await collect(1);
    expect(inWorkers.mode).toBe('workers');
    expect(inProcess.mode).toBe('in-process');
    expect(inWorkers.notices).toEqual([]);
    expect(inWorkers.outcomes).toHaveLength(NAMES.length);
    expect(inWorkers.outcomes.filter((o) => o.ok)).toHaveLength(4);
    expect(inWorkers.outcomes).toEqual(inProcess.outcomes);
  }, 60_000);

  it('falls back to this thread when no worker starts in time', async () => {
    const { mode, outcomes, notices } = await collect(2, { startTimeoutMs: 1 });
    expect(mode).toBe('in-process');
    expect(notices).toEqual(['worker threads unavailable (a worker did not start within 1 ms); the pages left were read in one thread']);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(4);
  }, 60_000);

  it('fails a page whose worker hangs on it, replaces the worker, and loses no page', async () => {
    const { mode, outcomes } = await collect(2, { pageTimeoutMs: 1 });
    expect(mode).toBe('workers');
    expect(outcomes).toHaveLength(NAMES.length);
    for (const o of outcomes) expect(o).toMatchObject({ ok: false, failure: { reason: 'crashed', message: 'the analysis failed: it took longer than 1 ms' } });
  }, 120_000);
});
