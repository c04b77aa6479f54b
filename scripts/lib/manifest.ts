// One manifest.json, two browsers. Chromium gets it as written. Firefox gets `background.scripts`
// beside the service worker (Firefox runs MV3 backgrounds as event pages, and ignores the service
// worker key; Chromium ignores `scripts`), and its add-on settings under browser_specific_settings.
//
// strict_min_version 140: the first Firefox (and an ESR line) with the CSS Custom Highlight API
// the highlights use, and with `data_collection_permissions` understood rather than ignored.

import baseManifest from '../../manifest.json' with { type: 'json' };
import { siteMatchPatterns } from '../../src/sites/descriptors';

export const TARGETS = ['chrome', 'firefox'] as const;
export type Target = (typeof TARGETS)[number];

export const GECKO_SETTINGS = {
  id: 'question-lens@question-lens',
  strict_min_version: '140.0',
  data_collection_permissions: { required: ['none'] },
} as const;

type Manifest = typeof baseManifest & Record<string, unknown>;

export function isTarget(value: string | undefined): value is Target {
  return (TARGETS as readonly string[]).includes(value ?? '');
}

/** The manifest handed to the bundler (source paths) for one browser. Where the extension runs is
 * not written in manifest.json: the content script's matches and the host permissions are the
 * sites' domains, from the site registry (src/sites/descriptors.ts). */
export function sourceManifest(target: Target): Manifest {
  const manifest = structuredClone(baseManifest) as Manifest;
  const patterns = siteMatchPatterns();
  manifest.content_scripts = manifest.content_scripts.map((script) => ({ matches: [...patterns], ...script }));
  // Where it stood when it was written by hand: before "permissions".
  const ordered = Object.fromEntries(
    Object.entries(manifest).flatMap(([key, value]) => (key === 'permissions' ? [['host_permissions', [...patterns]], [key, value]] : [[key, value]])),
  ) as Manifest;
  return target === 'firefox' ? forFirefox(ordered) : ordered;
}

function forFirefox(manifest: Manifest): Manifest {
  // The bundler (crxjs, browser "firefox") emits the background from `scripts`.
  manifest.background = { scripts: [baseManifest.background.service_worker], type: 'module' } as never;
  manifest.browser_specific_settings = { gecko: structuredClone(GECKO_SETTINGS) };
  return manifest;
}

interface BuiltBackground {
  service_worker?: string;
  scripts?: string[];
  type?: string;
}

/** The built manifest (bundled paths) made final for one browser: Firefox keeps the service worker
 * key beside its scripts, so one manifest shape serves both stores' reviewers. */
export function finishManifest(target: Target, built: Record<string, unknown>): Record<string, unknown> {
  if (target !== 'firefox') return built;
  const background = (built.background ?? {}) as BuiltBackground;
  const script = background.scripts?.[0] ?? background.service_worker;
  if (!script) return built;
  // Spreading keeps `background` where it stood.
  return { ...built, background: { service_worker: script, scripts: [script], type: background.type ?? 'module' } };
}
