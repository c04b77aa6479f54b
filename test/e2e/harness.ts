// What every end-to-end test file shares: the built extension, a local HTTPS server answering as
// www.senate.be / www.senaat.be, and one persistent Chromium context with the extension loaded.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist', 'chrome');
export const DIST_FIREFOX = join(ROOT, 'dist', 'firefox');
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

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

// ---- pages and their addresses ------------------------------------------------------------------

export interface ServedPage {
  name: string;
  url: string;
  file: string;
}

function urlEntries(file: string): [string, string][] {
  if (!existsSync(file)) return [];
  const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const entries: [string, string][] = [];
  const add = (name: unknown, value: unknown) => {
    const url = typeof value === 'string' ? value : (value as { url?: unknown } | null)?.url;
    if (typeof name === 'string' && typeof url === 'string') entries.push([name, url]);
  };
  if (Array.isArray(data)) for (const d of data) add((d as { case?: unknown; name?: unknown }).case ?? (d as { name?: unknown }).name, d);
  else if (data && typeof data === 'object') for (const [k, v] of Object.entries(data)) add(k, v);
  return entries;
}

/** The engine's fixtures at their real addresses (test/fixtures/senate-be/urls.json), and our own
 * pages (test/e2e/pages/urls.json). */
export function servedPages(): Map<string, ServedPage> {
  const pages = new Map<string, ServedPage>();
  const fixtures = join(ROOT, 'test', 'fixtures', 'senate-be');
  for (const [name, url] of urlEntries(join(fixtures, 'urls.json'))) {
    const file = join(fixtures, name, 'page.html');
    if (existsSync(file)) pages.set(name, { name, url, file });
  }
  const own = join(ROOT, 'test', 'e2e', 'pages');
  for (const [name, url] of urlEntries(join(own, 'urls.json'))) pages.set(name, { name, url, file: join(own, `${name}.html`) });
  return pages;
}

function routeKey(url: URL): string {
  return `${url.host}${url.pathname}${url.search}`;
}

// ---- the HTTPS server -----------------------------------------------------------------------------

export interface SiteServer {
  port: number;
  /** Several fixtures share one address (variants of the same page): choose which one answers. */
  use(page: ServedPage): void;
  close(): Promise<void>;
}

/** A self-signed certificate for the Senate's hosts, made fresh for the run. */
function certificate(dir: string): { key: Buffer; cert: Buffer } {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-keyout', key, '-out', cert,
    '-subj', '/CN=www.senate.be', '-addext', 'subjectAltName=DNS:www.senate.be,DNS:www.senaat.be',
  ], { stdio: 'pipe' });
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

export async function startSiteServer(pages: Iterable<ServedPage>): Promise<SiteServer> {
  const routes = new Map<string, string>();
  for (const p of pages) {
    const key = routeKey(new URL(p.url));
    if (!routes.has(key)) routes.set(key, p.file);
  }
  const dir = mkdtempSync(join(tmpdir(), 'ql-e2e-cert-'));
  const server: Server = createServer(certificate(dir), (req, res) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'www.senate.be'}`);
    const file = routes.get(routeKey(url));
    if (file) {
      // No charset here: the page's own <meta> decides, as on the old site (some are windows-1252).
      res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
      res.end(readFileSync(file));
      return;
    }
    // The fixtures link the site's stylesheet and images, which we do not have: empty, not 404,
    // so that the no-console-errors check hears only the extension.
    const type = /\.css$/.test(url.pathname) ? 'text/css' : /\.(png|gif|ico|jpe?g)$/.test(url.pathname) ? 'image/gif' : null;
    if (type) {
      res.writeHead(200, { 'content-type': type });
      res.end(type === 'text/css' ? '' : EMPTY_GIF);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    use: (page) => void routes.set(routeKey(new URL(page.url)), page.file),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
        rmSync(dir, { recursive: true, force: true });
      }),
  };
}

const EMPTY_GIF = Buffer.from('R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==', 'base64');

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
    args: [
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      `--host-resolver-rules=MAP www.senate.be:443 127.0.0.1:${port}, MAP www.senaat.be:443 127.0.0.1:${port}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
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
