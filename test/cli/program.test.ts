// The command line run as a program from the sources (node --import tsx src/cli/main.ts), as a
// shell runs it: piped into a reader that stops early, with a file name starting with "-", asked
// its version.

import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_TODAY, fixturePath } from '../helpers/fixtures';

const exec = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');
const MAIN = join(ROOT, 'src/cli/main.ts');
/** What `node --import tsx` loads, named so that it is found from any working folder. */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'question-lens-program-'));
  mkdirSync(join(dir, 'many'));
  for (let i = 0; i < 40; i++) copyFileSync(fixturePath('7-1649-fr-paragraphs'), join(dir, 'many', `q${String(i).padStart(2, '0')}.html`));
  copyFileSync(fixturePath('7-1649-nl'), join(dir, '-dash.html'));
});

describe('question-lens as a program', () => {
  it('stops quietly, exit 0, when its output is piped into head', async () => {
    // The subshell keeps the program's stderr and exit status; head closes the pipe after 3 lines.
    const script = `(node --import "${TSX}" "${MAIN}" analyse "${join(dir, 'many')}" --today ${FIXTURE_TODAY} 2>"${join(dir, 'err')}"; echo $? >"${join(dir, 'code')}") | head -n 3`;
    const { stdout } = await exec('sh', ['-c', script], { cwd: ROOT });
    expect(stdout.split('\n').slice(0, 2)).toEqual([join(dir, 'many', 'q00.html'), '  Written question 7-1649 — Clearview - Reconnaissance faciale - Vie privée - Police - Chiffres et tendances']);
    expect(readFileSync(join(dir, 'err'), 'utf8')).toBe('');
    expect(readFileSync(join(dir, 'code'), 'utf8').trim()).toBe('0');
  });

  it('reads a file whose name starts with "-" after --, and prints its version', async () => {
    const { stdout } = await exec('node', ['--import', TSX, MAIN, 'analyse', '--json', '--today', FIXTURE_TODAY, '--', '-dash.html'], { cwd: dir });
    expect(JSON.parse(stdout)).toMatchObject({ page: { language: 'nl' }, question: { id: '7-1649' } });
    const version = await exec('node', ['--import', TSX, MAIN, '-V'], { cwd: dir });
    expect(version.stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
  });
});
