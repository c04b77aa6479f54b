// One related page fetched: only from the sites' own hosts (the host permission covers them, and
// nothing else is ever requested), without cookies, with a timeout, never following a redirect off
// the site, and never reading more than a page can be.

import { SITE_DESCRIPTORS } from '../../sites/descriptors';

export const FETCH_TIMEOUT_MS = 15_000;
/** Real pages are about 15 KB; anything near this is not a written question. */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;

export type FetchFailure = 'refused' | 'not-found' | 'http' | 'timeout' | 'network' | 'too-large' | 'cancelled';

export type FetchedPage =
  | { ok: true; url: string; bytes: Uint8Array; charset: string | null }
  | { ok: false; error: FetchFailure };

/** The address as it will be fetched, when it is one of a site's written-question pages on one of
 * its own hosts; null for anything else. */
export function relatedAddress(url: unknown): string | null {
  if (typeof url !== 'string' || url.length > 2000) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (parsed.username || parsed.password || parsed.port) return null;
  const host = parsed.hostname.toLowerCase();
  const site = SITE_DESCRIPTORS.find((s) => s.hosts.includes(host) && s.isCandidateUrl(url));
  if (!site) return null;
  parsed.hash = '';
  return parsed.href;
}

/** "text/html; charset=windows-1252" → "windows-1252". */
export function charsetOf(contentType: string | null): string | null {
  const m = contentType ? /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType) : null;
  return m ? m[1]!.toLowerCase() : null;
}

export async function fetchRelatedPage(fetcher: typeof fetch, url: string, signal: AbortSignal, timeoutMs = FETCH_TIMEOUT_MS): Promise<FetchedPage> {
  const address = relatedAddress(url);
  if (!address) return { ok: false, error: 'refused' };
  const timeout = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetcher(address, {
      signal: AbortSignal.any([signal, timeout]),
      credentials: 'omit',
      redirect: 'follow',
      headers: { accept: 'text/html' },
    });
  } catch {
    return { ok: false, error: signal.aborted ? 'cancelled' : timeout.aborted ? 'timeout' : 'network' };
  }
  // A redirect may only land on another of the sites' question pages.
  if (response.redirected && response.url && relatedAddress(response.url) === null) return { ok: false, error: 'refused' };
  if (response.status === 404 || response.status === 410) return { ok: false, error: 'not-found' };
  if (!response.ok) return { ok: false, error: 'http' };
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_PAGE_BYTES) return { ok: false, error: 'too-large' };
  try {
    const bytes = await readAtMost(response, MAX_PAGE_BYTES);
    if (!bytes) return { ok: false, error: 'too-large' };
    return { ok: true, url: address, bytes, charset: charsetOf(response.headers.get('content-type')) };
  } catch {
    return { ok: false, error: signal.aborted ? 'cancelled' : timeout.aborted ? 'timeout' : 'network' };
  }
}

/** The body, or null once it passes `limit` bytes (the rest is not read). */
async function readAtMost(response: Response, limit: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
