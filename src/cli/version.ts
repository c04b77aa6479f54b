// The version the command line prints (--version, -V, -v) and names itself by (fetch's User-Agent).
// The bundle gets it from package.json at build time (vite.cli.config.ts defines __VERSION__); run
// from the sources (tsx, tests) it reads package.json itself, two folders up from this file.

import { readFileSync } from 'node:fs';

declare const __VERSION__: string | undefined;

let cached: string | undefined;

export function cliVersion(): string {
  if (typeof __VERSION__ === 'string') return __VERSION__;
  if (cached === undefined) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
      cached = typeof pkg.version === 'string' ? pkg.version : 'unknown';
    } catch {
      cached = 'unknown';
    }
  }
  return cached;
}
