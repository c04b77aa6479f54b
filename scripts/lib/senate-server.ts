// The Senate's pages served locally, as if from www.senate.be / www.senaat.be: the engine's fixtures
// and the end-to-end tests' own pages at their real addresses, over HTTPS with a fresh self-signed
// certificate. Shared by the end-to-end tests (test/e2e/harness.ts) and `npm run demo`; a browser
// reaches it by mapping the Senate's hosts to 127.0.0.1 (Chromium: --host-resolver-rules).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');

// ---- pages and their addresses ------------------------------------------------------------------

export interface ServedPage {
  name: string;
  url: string;
  file: string;
}

/** [name, address, fixture]: an entry is an address, or `{ "url", "fixture" }` for one of the
 * engine's fixtures served at a second address (no copy of the page). */
function urlEntries(file: string): [string, string, string | null][] {
  if (!existsSync(file)) return [];
  const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const entries: [string, string, string | null][] = [];
  const add = (name: unknown, value: unknown) => {
    const url = typeof value === 'string' ? value : (value as { url?: unknown } | null)?.url;
    const fixture = typeof value === 'object' && value !== null ? (value as { fixture?: unknown }).fixture : undefined;
    if (typeof name === 'string' && typeof url === 'string') entries.push([name, url, typeof fixture === 'string' ? fixture : null]);
  };
  if (Array.isArray(data)) for (const d of data) add((d as { case?: unknown; name?: unknown }).case ?? (d as { name?: unknown }).name, d);
  else if (data && typeof data === 'object') for (const [k, v] of Object.entries(data)) add(k, v);
  return entries;
}

/** The engine's fixtures at their real addresses (test/fixtures/senate-be/urls.json), and our own
 * pages (test/e2e/pages/urls.json), some of them fixtures at another address. */
export function servedPages(): Map<string, ServedPage> {
  const pages = new Map<string, ServedPage>();
  const fixtures = join(ROOT, 'test', 'fixtures', 'senate-be');
  for (const [name, url] of urlEntries(join(fixtures, 'urls.json'))) {
    const file = join(fixtures, name, 'page.html');
    if (existsSync(file)) pages.set(name, { name, url, file });
  }
  const own = join(ROOT, 'test', 'e2e', 'pages');
  for (const [name, url, fixture] of urlEntries(join(own, 'urls.json'))) {
    pages.set(name, { name, url, file: fixture ? join(fixtures, fixture, 'page.html') : join(own, `${name}.html`) });
  }
  return pages;
}

function routeKey(url: URL): string {
  return `${url.host}${url.pathname}${url.search}`;
}

// ---- the server ------------------------------------------------------------------------------------

export interface SiteServerOptions {
  /** Plain HTTP instead of HTTPS, for a browser that reaches it as an HTTP proxy and cannot be told
   * to accept a self-signed certificate (Firefox). Requests then carry the absolute address. */
  http?: boolean;
  /** Answers requests the pages do not (a test's own endpoints); true when it answered. */
  extraRoute?: (url: URL, req: IncomingMessage, res: ServerResponse) => boolean;
  /** ASCII markup added before </body> of every page served (a test's observer script). */
  inject?: string;
  /** Called as each request starts; the function it returns, when its response ends (or the client
   * goes away). Tests count concurrent requests with it. */
  onRequest?: (url: URL) => (() => void) | void;
  /** Called for every TLS connection with the host name the browser asked for (SNI). */
  onConnection?: (servername: string | null) => void;
}

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

export async function startSiteServer(pages: Iterable<ServedPage>, options: SiteServerOptions = {}): Promise<SiteServer> {
  const routes = new Map<string, string>();
  for (const p of pages) {
    const key = routeKey(new URL(p.url));
    if (!routes.has(key)) routes.set(key, p.file);
  }
  const dir = mkdtempSync(join(tmpdir(), 'ql-e2e-cert-'));
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'www.senate.be'}`);
    const finished = options.onRequest?.(url);
    if (finished) {
      let once = false;
      const end = () => {
        if (!once) finished();
        once = true;
      };
      res.on('finish', end);
      res.on('close', end);
    }
    const file = routes.get(routeKey(url));
    if (file) {
      // No charset here: the page's own <meta> decides, as on the old site (some are windows-1252).
      res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
      res.end(options.inject ? injectBeforeBodyEnd(readFileSync(file), options.inject) : readFileSync(file));
      return;
    }
    if (options.extraRoute?.(url, req, res)) return;
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
  };
  const server: Server = options.http ? createHttpServer(handler) : createHttpsServer(certificate(dir), handler);
  if (options.onConnection) {
    const seen = options.onConnection;
    server.on('secureConnection', (socket: { servername?: string | false }) => seen(typeof socket.servername === 'string' ? socket.servername : null));
  }
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

/** Byte-level, so a windows-1252 page stays as it was around the (ASCII) insertion. */
function injectBeforeBodyEnd(page: Buffer, markup: string): Buffer {
  const at = page.lastIndexOf('</body>') >= 0 ? page.lastIndexOf('</body>') : page.lastIndexOf('</BODY>');
  const insert = Buffer.from(markup, 'latin1');
  return at < 0 ? Buffer.concat([page, insert]) : Buffer.concat([page.subarray(0, at), insert, page.subarray(at)]);
}

const EMPTY_GIF = Buffer.from('R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==', 'base64');
