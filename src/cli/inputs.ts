// What `analyse` was given, as the list of pages to read: a file as it is, a folder as every .html
// and .htm file under it (walked recursively, in the byte order of their paths, so that two runs
// list the same pages in the same order whatever the locale), and "-" as standard input.

import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fail, type FileFailure } from './analyse-file';

export type Input =
  /** `inFolder`: found by walking a folder given, not named itself. */
  | { kind: 'file'; path: string; inFolder?: true }
  | { kind: 'stdin'; path: '-' }
  /** A folder, or part of one, that could not be read or holds no page: a failure in its place. */
  | { kind: 'failed'; path: string; failure: FileFailure };

export const STDIN = '-';
const PAGE = /\.html?$/i;

function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The pages named by the command line, in its order, each folder expanded in place. */
export async function expandInputs(names: readonly string[]): Promise<Input[]> {
  const inputs: Input[] = [];
  for (const name of names) {
    if (name === STDIN) {
      inputs.push({ kind: 'stdin', path: STDIN });
      continue;
    }
    const info = await stat(name).catch(() => null);
    // A missing or unreadable name is left for the reader to name the reason.
    if (!info?.isDirectory()) {
      inputs.push({ kind: 'file', path: name });
      continue;
    }
    const found: Input[] = [];
    await walk(name, found, new Set());
    if (found.length === 0) found.push({ kind: 'failed', path: name, failure: fail(name, 'no-pages', 'no .html or .htm page in this folder') });
    found.sort((a, b) => byteOrder(a.path, b.path));
    inputs.push(...found);
  }
  return inputs;
}

async function walk(dir: string, found: Input[], seen: Set<string>): Promise<void> {
  // A folder reached twice through links is walked once, so a link loop ends.
  const real = await realpath(dir).catch(() => dir);
  if (seen.has(real)) return;
  seen.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : 'cannot be read';
    found.push({ kind: 'failed', path: dir, failure: fail(dir, 'unreadable', `folder ${why}`) });
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => null);
      isDir = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isDir) await walk(path, found, seen);
    else if (isFile && PAGE.test(entry.name)) found.push({ kind: 'file', path, inFolder: true });
  }
}
