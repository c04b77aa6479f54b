// What every end-to-end test file shares: the built extension, a local HTTPS server answering as
// www.senate.be / www.senaat.be, and one persistent Chromium context with the extension loaded.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumExtensionArgs, findChromium } from '../../scripts/lib/browsers';

export { servedPages, startSiteServer, type ServedPage, type SiteServer } from '../../scripts/lib/senate-server';
import { startSiteServer, type ServedPage, type SiteServer } from '../../scripts/lib/senate-server';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist', 'chrome');
export const DIST_FIREFOX = join(ROOT, 'dist', 'firefox');
export const CHROMIUM = findChromium() ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Why the suite cannot run here, or null. In CI a missing browser is a failure, not a skip. */
export function missingBrowser(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const reason = `no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROME_PATH)`;
  if (process.env.CI === 'true') throw new Error(`End-to-end tests need a browser in CI: ${reason}`);
  return reason;
}

/** Builds dist/chrome and dist/firefox unless a global setup already did in this run. */
export function buildExtension(): void {
  if (process.env.QL_E2E_BUILT === '1' && existsSync(join(DIST, 'manifest.json')) && existsSync(join(DIST_FIREFOX, 'manifest.json'))) return;
  for (const mode of ['chrome', 'firefox']) {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--mode', mode, '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'pipe',
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    });
  }
  process.env.QL_E2E_BUILT = '1';
}

// ---- the browser ----------------------------------------------------------------------------------

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Console errors and page errors seen in any page, with the page's address. */
  errors: string[];
  close(): Promise<void>;
}

export async function launchWithExtension(port: number, viewport = { width: 1366, height: 768 }): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'ql-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: chromiumExtensionArgs(DIST, port),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => errors.push(`${page.url()}: ${err.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return {
    context,
    worker,
    extensionId,
    errors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The tab id of a page, as the service worker knows it. */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (u) => {
    const tabs = await (globalThis as unknown as { chrome: ChromeInWorker }).chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab for ${url}`);
  return id;
}

/** The few chrome.* calls the tests make inside the service worker (no @types/chrome here). */
export interface ChromeInWorker {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
}

/** The shared start of an end-to-end file: the extension built, the Senate's pages served at their
 * addresses, one Chromium with the extension loaded. */
export async function openSenateSite(
  pages: Map<string, ServedPage>,
  viewport?: { width: number; height: number },
): Promise<{ server: SiteServer; browser: ExtensionBrowser }> {
  buildExtension();
  const server = await startSiteServer(pages.values());
  const browser = await launchWithExtension(server.port, viewport);
  return { server, browser };
}

/** The shared end: whatever of the start was reached is closed. */
export async function closeSenateSite(site: { server?: SiteServer; browser?: ExtensionBrowser }): Promise<void> {
  await site.browser?.close();
  await site.server?.close();
}
