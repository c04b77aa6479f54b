// `npm run package`: the store-ready zips, named with the version, into artifacts/:
//   question-lens-chrome-<version>.zip    dist/chrome, manifest.json at the root (Chrome Web Store, Edge)
//   question-lens-firefox-<version>.zip   dist/firefox, likewise (addons.mozilla.org)
//   question-lens-source-<version>.zip    the git-tracked sources, which AMO asks for when the
//                                         uploaded code is bundled; README.md says how to rebuild.
// Entries carry the last commit's time, so the same tree gives the same zips.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync, type Zippable } from 'fflate';

export interface PackageResult {
  version: string;
  files: { kind: 'chrome' | 'firefox' | 'source'; path: string; entries: number }[];
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full));
    else out.push(full);
  }
  return out.sort();
}

function zipOf(base: string, files: string[], mtime: Date): Uint8Array {
  const tree: Zippable = {};
  for (const file of files) {
    const name = relative(base, file).split(sep).join('/');
    tree[name] = [readFileSync(file), { mtime, level: 9 }];
  }
  return zipSync(tree);
}

function lastCommitTime(root: string): Date {
  try {
    const seconds = Number(execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: root, encoding: 'utf8' }).trim());
    if (Number.isFinite(seconds) && seconds > 0) return new Date(seconds * 1000);
  } catch {
    // Not a git checkout: the time of packaging will do.
  }
  return new Date();
}

/** The files git tracks (as they stand in the working tree), i.e. what a clone holds. */
function trackedFiles(root: string): string[] {
  const listed = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' });
  return listed
    .split('\0')
    .filter(Boolean)
    .map((f) => join(root, f))
    .filter((f) => existsSync(f) && statSync(f).isFile());
}

export function packageExtension(root: string, outDir = join(root, 'artifacts')): PackageResult {
  const { version } = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { version: string };
  const mtime = lastCommitTime(root);
  mkdirSync(outDir, { recursive: true });
  const result: PackageResult = { version, files: [] };
  for (const kind of ['chrome', 'firefox'] as const) {
    const dist = join(root, 'dist', kind);
    if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${relative(root, dist)} is not built: run npm run build:ext`);
    const built = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { version?: string };
    if (built.version !== version) throw new Error(`${relative(root, dist)} holds version ${built.version}, manifest.json says ${version}: rebuild`);
    const files = filesUnder(dist);
    const path = join(outDir, `question-lens-${kind}-${version}.zip`);
    writeFileSync(path, zipOf(dist, files, mtime));
    result.files.push({ kind, path, entries: files.length });
  }
  const sources = trackedFiles(root);
  const path = join(outDir, `question-lens-source-${version}.zip`);
  writeFileSync(path, zipOf(root, sources, mtime));
  result.files.push({ kind: 'source', path, entries: sources.length });
  return result;
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const root = resolve(import.meta.dirname, '..');
  try {
    const { files } = packageExtension(root);
    for (const f of files) console.log(`${relative(root, f.path)}  (${f.entries} files)`);
  } catch (e) {
    console.error(`package: ${(e as Error).message}`);
    process.exit(1);
  }
}
