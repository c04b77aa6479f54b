// Which built files a Senate page loads for the content script, and their gzipped size. Shared by the
// bundle budget test and the benchmark. The crx build lists a small loader in the manifest; the loader
// imports the real module by URL, and that module imports its shared chunks: we follow the imports.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The gzip budget of everything a Senate page loads for the content script. */
export const CONTENT_BUDGET_BYTES = 40 * 1024;

/** The built Chromium extension: dist/chrome once the Firefox build sits beside it, dist/ before. */
export function chromeDist(root: string): string {
  const chrome = join(root, 'dist', 'chrome');
  return existsSync(join(chrome, 'manifest.json')) ? chrome : join(root, 'dist');
}

export interface BundleFile {
  file: string;
  bytes: number;
  gzip: number;
  /** Loaded only through a dynamic import(): not on every page. */
  lazy: boolean;
}

const STATIC_IMPORT = /(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;
const EXPORT_FROM = /export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g;
const DYNAMIC_IMPORT = /import\(\s*(?:\/\*[^*]*\*\/\s*)?(?:chrome\.runtime\.getURL\(\s*)?["']([^"']+)["']/g;

function resolveChunk(dist: string, from: string, spec: string): string | null {
  if (/^[a-z]+:/i.test(spec)) return null;
  const base = spec.startsWith('.') ? join(from, '..', spec) : spec.replace(/^\//, '');
  const rel = base.replace(/\\/g, '/');
  return existsSync(join(dist, rel)) ? rel : null;
}

/** Every file the manifest's content scripts load, each once, with how it is reached. */
export function contentScriptFiles(dist: string): BundleFile[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const entries = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  if (!entries.length) throw new Error(`no content script in ${join(dist, 'manifest.json')}`);
  const seen = new Map<string, BundleFile>();
  const visit = (file: string, lazy: boolean, isLoader: boolean) => {
    const known = seen.get(file);
    if (known) {
      if (!lazy) known.lazy = false;
      return;
    }
    const code = readFileSync(join(dist, file));
    const entry: BundleFile = { file, bytes: code.length, gzip: gzipSync(code, { level: 9 }).length, lazy };
    seen.set(file, entry);
    const text = code.toString('utf8');
    const follow = (re: RegExp, childLazy: boolean) => {
      for (const m of text.matchAll(re)) {
        const target = resolveChunk(dist, file, m[1]!);
        if (target) visit(target, childLazy, false);
      }
    };
    follow(STATIC_IMPORT, lazy);
    follow(EXPORT_FROM, lazy);
    // The crx loader's own import() is how every page gets the content script: not lazy.
    follow(DYNAMIC_IMPORT, isLoader ? lazy : true);
  };
  for (const e of entries) visit(e, false, true);
  return [...seen.values()];
}

export interface BundleTotals {
  files: BundleFile[];
  /** Loaded on every Senate page (loader and what it imports eagerly). */
  everyPage: number;
  /** Everything a written-question page loads, lazy chunks included. */
  questionPage: number;
}

export function contentBundle(dist: string): BundleTotals {
  const files = contentScriptFiles(dist);
  const sum = (list: BundleFile[]) => list.reduce((n, f) => n + f.gzip, 0);
  return { files, everyPage: sum(files.filter((f) => !f.lazy)), questionPage: sum(files) };
}

/** What each source module weighs inside the built chunks (gzipped alone, so the figures only rank
 * the modules; they do not add up to the total). Needs the bundler's "// src/…" region comments,
 * which an unminified build keeps; empty for a minified one. */
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
