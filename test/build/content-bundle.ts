// Which built files a Senate page loads for the content script, and their gzipped size. Shared by the
// bundle budget test and the benchmark. The crx build lists a small loader in the manifest; the loader
// imports the entry by URL; we follow the imports from there, and sort what we reach by when a page
// loads it:
//   every page      the loader, the entry (the URL and heading check) and what the entry imports;
//   question page   what the entry imports with import() once the checks said yes (the engine and
//                   the panel), with their static imports, plus ONE panel catalog (the heaviest
//                   counted): files named panel-strings-<lang>-*, see vite.config.ts;
//   on demand       any other import() below that: code a reader may never use (the legal style and
//                   the reference-manager records, loaded on the first copy in them) and the two
//                   catalogs of the languages the panel does not speak on this page.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The gzip budget of what a written-question page loads for the content script (issue 6's target). */
export const CONTENT_BUDGET_BYTES = 40 * 1024;

/** What the build may not grow past while the target is not met: the size measured when the
 * ceiling was last set, rounded up to the next KB. Lower it as the engine shrinks, until it meets
 * CONTENT_BUDGET_BYTES. It was 54 KB (53.4 KB measured) until the fitted verdict (issue 9): its cue
 * lexicons, signals and weights added 7 KB net after the phrase lexicon they replace left the bundle
 * (60.5 KB measured), and a question's whole life (issue 10: closed and lapsed questions, the
 * legislature calendar, their wording in the panel and the catalogs) 1.7 KB more (62.2 KB
 * measured), and 68 KB (67.7 KB measured) since the panel made for reading and the related pages
 * (issues 11 and 12): the checklist, the margin marks, the window-size layouts and the section frame
 * (+4.5 KB), every word from the catalogs (+1.9 KB of catalog), the related-pages client and the
 * site descriptor with its citation profile (+2 KB), against what those issues moved out of the
 * first load (catalog descriptions, JSON parsed as strings, cards, reasons, citations, meta tags
 * and the related views loaded when needed: about -11 KB); the README says so. Raising it again
 * needs the same reckoning. */
export const CONTENT_CEILING_BYTES = 68 * 1024;

/** The panel's catalogs, one chunk per language (named so by vite.config.ts). */
export const CATALOG_FILE = /(?:^|\/)panel-strings-[a-z]{2}-[^/]*\.js$/;

/** The built Chromium extension: dist/chrome once the Firefox build sits beside it, dist/ before. */
export function chromeDist(root: string): string {
  const chrome = join(root, 'dist', 'chrome');
  return existsSync(join(chrome, 'manifest.json')) ? chrome : join(root, 'dist');
}

export type Reach = 'every-page' | 'question-page' | 'on-demand';

export interface BundleFile {
  file: string;
  bytes: number;
  gzip: number;
  reach: Reach;
  /** The files it imports statically (loaded with it). */
  imports: string[];
}

const STATIC_IMPORT = /(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+)["'`]/g;
const EXPORT_FROM = /export\s*(?:\*|\{[^}]*\})\s*from\s*["'`]([^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*(?:\/\*[^*]*\*\/\s*)?(?:chrome\.runtime\.getURL\(\s*)?["'`]([^"'`]+)["'`]/g;

const ORDER: Record<Reach, number> = { 'every-page': 0, 'question-page': 1, 'on-demand': 2 };

function resolveChunk(dist: string, from: string, spec: string): string | null {
  if (/^[a-z]+:/i.test(spec)) return null;
  const base = spec.startsWith('.') ? join(from, '..', spec) : spec.replace(/^\//, '');
  const rel = base.replace(/\\/g, '/');
  return existsSync(join(dist, rel)) ? rel : null;
}

/** Chunks the entry imports only when the reader opted in (the status beside question links). */
const OPT_IN_CHUNK = /link-chips-page/;

/** Every file the manifest's content scripts load, each once, with the earliest reach it has. */
export function contentScriptFiles(dist: string): BundleFile[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const loaders = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  if (!loaders.length) throw new Error(`no content script in ${join(dist, 'manifest.json')}`);
  const seen = new Map<string, BundleFile>();
  /** `depth`: 0 the loader, 1 the entry, 2+ below; what a dynamic import at each depth reaches. */
  const visit = (file: string, reach: Reach, depth: number) => {
    const known = seen.get(file);
    if (known && ORDER[known.reach] <= ORDER[reach]) return;
    const code = readFileSync(join(dist, file));
    const entry: BundleFile = known ?? { file, bytes: code.length, gzip: gzipSync(code, { level: 9 }).length, reach, imports: [] };
    entry.reach = reach;
    seen.set(file, entry);
    const text = code.toString('utf8');
    const follow = (re: RegExp, childReach: Reach, childDepth: number) => {
      for (const m of text.matchAll(re)) {
        const target = resolveChunk(dist, file, m[1]!);
        if (!target) continue;
        if (re !== DYNAMIC_IMPORT && !entry.imports.includes(target)) entry.imports.push(target);
        visit(target, childReach, childDepth);
      }
    };
    follow(STATIC_IMPORT, reach, depth);
    follow(EXPORT_FROM, reach, depth);
    // The loader's import() is how every page gets the entry; the entry's is how a question page
    // gets the rest; anything deeper waits for the reader.
    const dynamicReach: Reach = depth === 0 ? reach : depth === 1 && reach === 'every-page' ? 'question-page' : 'on-demand';
    // The link chips, which the entry loads only for a reader who switched them on: on demand.
    for (const m of text.matchAll(DYNAMIC_IMPORT)) {
      const target = resolveChunk(dist, file, m[1]!);
      if (target) visit(target, OPT_IN_CHUNK.test(target) ? 'on-demand' : dynamicReach, depth + 1);
    }
  };
  for (const loader of loaders) visit(loader, 'every-page', 0);
  return [...seen.values()].sort((a, b) => ORDER[a.reach] - ORDER[b.reach]);
}

export interface BundleTotals {
  files: BundleFile[];
  /** Loaded on every Senate page: the loader, the entry and its static imports. */
  everyPage: number;
  /** Loaded on a written-question page: the above, the engine and the panel, one catalog. */
  questionPage: number;
  /** The panel catalog counted in questionPage (the heaviest, with its imports), or null. */
  catalog: BundleFile | null;
  /** Loaded only when the reader asks (other citation forms, other languages). */
  onDemand: number;
}

export function contentBundle(dist: string): BundleTotals {
  const files = contentScriptFiles(dist);
  const sum = (list: BundleFile[]) => list.reduce((n, f) => n + f.gzip, 0);
  const catalogs = files.filter((f) => CATALOG_FILE.test(f.file));
  const catalog = catalogs.reduce<BundleFile | null>((max, f) => (!max || f.gzip > max.gzip ? f : max), null);
  // The catalog comes with whatever it imports (the bundler's small runtime).
  const byName = new Map(files.map((f) => [f.file, f]));
  const withCatalog = new Set<BundleFile>();
  const add = (f: BundleFile | undefined) => {
    if (!f || withCatalog.has(f)) return;
    withCatalog.add(f);
    f.imports.forEach((i) => add(byName.get(i)));
  };
  add(catalog ?? undefined);
  const loaded = files.filter((f) => (f.reach === 'on-demand' ? withCatalog.has(f) : !catalogs.includes(f) || f === catalog));
  return {
    files,
    everyPage: sum(files.filter((f) => f.reach === 'every-page')),
    questionPage: sum(loaded),
    catalog,
    onDemand: sum(files) - sum(loaded),
  };
}

/** What each source module weighs inside the built chunks (gzipped alone, so the figures only rank
 * the modules; they do not add up to the total). Needs the bundler's "// src/…" region comments,
 * which only an unminified build keeps (`vite build --minify false`); empty for the shipped one. */
export function moduleWeights(dist: string, files: BundleFile[]): { module: string; bytes: number; gzip: number }[] {
  const out: { module: string; bytes: number; gzip: number }[] = [];
  for (const f of files) {
    const lines = readFileSync(join(dist, f.file), 'utf8').split('\n');
    let name: string | null = null;
    let body: string[] = [];
    const flush = () => {
      if (name && body.length) {
        const code = body.join('\n');
        out.push({ module: name, bytes: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length });
      }
    };
    for (const line of lines) {
      const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
      if (m) {
        flush();
        name = m[1]!;
        body = [];
      } else body.push(line);
    }
    flush();
  }
  return out.sort((a, b) => b.gzip - a.gzip);
}
