// Reading a page's bytes without ever holding more than the limit: a file's size is asked first
// (a 50 MB file is refused before a byte of it is read), and whatever has no size to ask — standard
// input, a pipe, a device such as /dev/zero — is read up to the limit and then let go.

import { open } from 'node:fs/promises';
import { MAX_PAGE_BYTES } from './limits';

export type ReadOutcome =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; why: 'too-large' }
  | { ok: false; why: 'missing' | 'directory' | 'permission' | 'unreadable'; errno?: string };

const CHUNK = 64 * 1024;

function failure(error: unknown): ReadOutcome {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, why: 'missing', errno: code };
  if (code === 'EISDIR') return { ok: false, why: 'directory', errno: code };
  if (code === 'EACCES' || code === 'EPERM') return { ok: false, why: 'permission', errno: code };
  return { ok: false, why: 'unreadable', errno: code };
}

/** A file's bytes, or why not; never more than `limit` bytes read. */
export async function readFileLimited(file: string, limit = MAX_PAGE_BYTES): Promise<ReadOutcome> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    return failure(error);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { ok: false, why: 'directory' };
    if (info.isFile() && info.size > limit) return { ok: false, why: 'too-large' };
    // A regular file is read to its end (it may have grown since); anything else has no size.
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const buffer = new Uint8Array(Math.min(CHUNK, limit + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limit) return { ok: false, why: 'too-large' };
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return { ok: true, bytes: concat(chunks, total) };
  } catch (error) {
    return failure(error);
  } finally {
    await handle.close().catch(() => {});
  }
}

/** All of a stream (standard input) up to `limit` bytes; past it, stops reading and lets it go. */
export async function readStreamLimited(stream: NodeJS.ReadableStream, limit = MAX_PAGE_BYTES): Promise<ReadOutcome> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Uint8Array | string>) {
      const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
      total += bytes.length;
      // Leaving the loop destroys the stream: nothing more is read or kept.
      if (total > limit) return { ok: false, why: 'too-large' };
      chunks.push(bytes);
    }
  } catch (error) {
    return failure(error);
  }
  return { ok: true, bytes: concat(chunks, total) };
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}
