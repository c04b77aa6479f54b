// `npm run demo -- --screenshot FILE` end to end: it builds, serves, opens Chromium headless on the
// reference question and writes a picture with the panel in it; without a browser it says so in
// one line.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { missingBrowser, ROOT } from './harness';

const skipReason = missingBrowser();
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const demo = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [TSX, join(ROOT, 'scripts', 'demo.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 90_000 });

/** Width and height from a PNG header. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('npm run demo', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ql-demo-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.skipIf(skipReason !== null)('writes a screenshot of the panel on the reference question', () => {
    const file = join(dir, 'shots', 'demo.png');
    const run = demo(['--screenshot', file]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('8 sub-questions in the panel');
    expect(existsSync(file)).toBe(true);
    expect(pngSize(file)).toEqual({ width: 1366, height: 768 });
    // A page with a panel beside it is far from a blank picture.
    expect(readFileSync(file).length).toBeGreaterThan(40_000);
  });

  it('says in one line when no browser is found', () => {
    const run = demo(['--screenshot', join(dir, 'none.png')], { CHROME_PATH: join(dir, 'no-such-chrome') });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^demo: CHROME_PATH=.*no-such-chrome does not exist; install one/);
  });

  it('refuses an unknown argument with its usage', () => {
    const run = demo(['--screnshot', 'x.png']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('unknown argument --screnshot');
    expect(run.stderr).toContain('usage: npm run demo');
  });
});
