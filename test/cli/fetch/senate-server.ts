// A local HTTP server that plays the Senate for the fetch tests: it answers question addresses
// (?MIval=/Vragen/SchriftelijkeVraag&LEG=…&NR=…&LANG=…) from a table of replies by page
// ("7-1649-fr"), 404 for any other, and it records what it saw: every request, its headers, and how
// many were in flight at once.

import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { fixturePath } from '../../helpers/fixtures';

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: Uint8Array | string;
  /** Waits this long before answering (beyond a test's --timeout: a slow page). */
  delayMs?: number;
}

/** The reply to the `hit`-th request (1, 2, …) for a page. */
export type PageHandler = (hit: number) => Reply;

export interface SeenRequest {
  page: string | null;
  url: string;
  headers: IncomingHttpHeaders;
  at: number;
}

export interface SenateServer {
  base: string;
  pages: Map<string, PageHandler>;
  requests: SeenRequest[];
  maxInFlight: number;
  /** Requests seen for a page ("7-1649-fr"). */
  hits(page: string): number;
  close(): Promise<void>;
}

/** Every reply waits this long, so that requests sent together overlap and are counted so. */
const LATENCY_MS = 25;

export const HTML_UTF8 = 'text/html; charset=utf-8';
export const HTML_CP1252 = 'text/html; charset=windows-1252';

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fixturePath(name)));
}

export function fixtureReply(name: string, contentType = HTML_UTF8): PageHandler {
  const body = fixtureBytes(name);
  return () => ({ status: 200, headers: { 'content-type': contentType }, body });
}

/** Question 7-1649 (UTF-8) renumbered as another question of legislature 7. */
export function questionPage(number: number): PageHandler {
  const html = new TextDecoder().decode(fixtureBytes('7-1649-fr-paragraphs')).replaceAll('1649', String(number));
  return () => ({ status: 200, headers: { 'content-type': HTML_UTF8 }, body: html });
}

export function statusReply(status: number, headers: Record<string, string> = {}): PageHandler {
  return () => ({ status, headers, body: `<html><body>${status}</body></html>` });
}

/** Fails `times` times with `status`, then answers as `then` does. */
export function failingFirst(times: number, status: number, then: PageHandler, headers: Record<string, string> = {}): PageHandler {
  return (hit) => (hit <= times ? statusReply(status, headers)(hit) : then(hit - times));
}

export function slow(delayMs: number, then: PageHandler): PageHandler {
  return (hit) => ({ ...then(hit), delayMs });
}

function pageOf(url: URL): string | null {
  const params = new Map([...url.searchParams].map(([k, v]) => [k.toLowerCase(), v]));
  const leg = params.get('leg');
  const nr = params.get('nr');
  const lang = params.get('lang');
  return leg && nr && lang ? `${leg}-${nr}-${lang}` : null;
}

export async function startSenateServer(pages: Record<string, PageHandler> = {}): Promise<SenateServer> {
  const table = new Map(Object.entries(pages));
  const requests: SeenRequest[] = [];
  const hitCount = new Map<string, number>();
  let inFlight = 0;
  const state = { maxInFlight: 0 };

  const server: Server = createServer((req, res) => {
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const page = pageOf(url);
    requests.push({ page, url: req.url ?? '', headers: req.headers, at: Date.now() });
    const hit = (hitCount.get(page ?? '') ?? 0) + 1;
    hitCount.set(page ?? '', hit);
    const handler = (page && table.get(page)) || statusReply(404);
    const reply = handler(hit);
    const timer = setTimeout(() => {
      res.writeHead(reply.status, reply.headers ?? {});
      res.end(reply.body ?? '');
    }, LATENCY_MS + (reply.delayMs ?? 0));
    // A client that gave up (a timeout, an interruption) must not keep the timer alive.
    res.on('close', () => clearTimeout(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    base: `http://127.0.0.1:${port}`,
    pages: table,
    requests,
    get maxInFlight() {
      return state.maxInFlight;
    },
    hits: (page) => hitCount.get(page) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
