// The saved pages under the folders given: every file ending .html or .htm, at any depth, in a
// stable order (so that two runs over the same folders list questions alike). Only paths are
// gathered; the pages are read later, a few at a time.
//
// Symbolic links to files are followed, links to folders are not (a link back up would never end).
// A folder that cannot be listed is reported, not fatal.

import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { EXIT } from '../analyse-file';
import type { AuditFailure } from './record';

const PAGE_FILE = /\.html?$/i;

export interface PageList {
  files: string[];
  /** Folders that could not be listed. */
  failures: AuditFailure[];
}

/** Every page under `roots` (a root may also be a page itself), without the paths in `exclude`
 * (the audit's own outputs, which a later run would otherwise read as pages). */
export async function listPages(roots: readonly string[], exclude: readonly string[] = []): Promise<PageList> {
  const skip = new Set(exclude.map((p) => resolve(p)));
  const seen = new Set<string>();
  const files: string[] = [];
  const failures: AuditFailure[] = [];

  const add = (file: string) => {
    const absolute = resolve(file);
    if (skip.has(absolute) || seen.has(absolute)) return;
    seen.add(absolute);
    files.push(file);
  };

  const visit = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      failures.push({ file: dir, code: EXIT.unreadable, reason: 'unreadable', message: 'folder cannot be read' });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await visit(path);
      else if (PAGE_FILE.test(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && (await isFile(path))))) add(path);
    }
  };

  for (const root of roots) {
    if (await isFile(root)) add(root);
    else await visit(root);
  }
  return { files, failures };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
