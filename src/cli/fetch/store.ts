// The saved layout: DIR/<leg>/<id>-<lang>.html, the page's bytes exactly as served after one
// browser-style "saved from url" comment line (so `analyse` knows the page's Senate address), and
// DIR/<leg>/<id>-<lang>.json beside it saying where and when it was fetched.
//
// Both files are written to a temporary name and renamed into place, the .json last: a page counts
// as saved only when its .json exists, so a run interrupted at any point leaves either nothing, or
// a page that the next run fetches again, never a half page that resume would skip.

import { mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { targetLabel, type Target } from './targets';

export interface SavedPaths {
  page: string;
  meta: string;
}

/** What the .json beside a saved page says. */
export interface PageRecord {
  /** The page's address on the Senate's site (the one its comment line gives). */
  url: string;
  /** Where the bytes actually came from, when not `url`: the --base server, or a redirect. */
  fetchedFrom?: string;
  fetchedAt: string;
  status: number;
  contentType: string | null;
  /** Length of the page as served, without the comment line. */
  bytes: number;
  /** Whether the page reads as a written question (the Senate may answer an unknown number with
   * some other page). */
  writtenQuestion: boolean;
}

export const TEMP_SUFFIX = '.tmp';

export function savedPaths(outDir: string, target: Pick<Target, 'legislature' | 'questionId' | 'language'>): SavedPaths {
  const stem = join(outDir, String(target.legislature), targetLabel(target));
  return { page: `${stem}.html`, meta: `${stem}.json` };
}

/** Saved by an earlier run: the page and, written after it, its record. */
export async function isSaved(outDir: string, target: Target): Promise<boolean> {
  const paths = savedPaths(outDir, target);
  return (await isFile(paths.meta)) && (await isFile(paths.page));
}

/** The line a browser writes at the top of a page it saves. The number is the address's length,
 * zero-padded to four digits as browsers write it. */
export function savedFromComment(address: string): string {
  return `<!-- saved from url=(${String(address.length).padStart(4, '0')})${address} -->\n`;
}

/** Byte-order marks and how to write the (ASCII) comment line in that encoding. A page that opens
 * with a BOM keeps it first: readers decide the encoding from a page's very first bytes. */
const BYTE_ORDER_MARKS: ReadonlyArray<{ bom: readonly number[]; encode(text: string): Uint8Array }> = [
  { bom: [0xef, 0xbb, 0xbf], encode: (text) => new TextEncoder().encode(text) },
  { bom: [0xff, 0xfe], encode: (text) => utf16(text, true) },
  { bom: [0xfe, 0xff], encode: (text) => utf16(text, false) },
];

/** The page as saved: the comment line, then the bytes as served. */
export function withSavedFromComment(address: string, body: Uint8Array): Uint8Array {
  const comment = savedFromComment(address);
  const marked = BYTE_ORDER_MARKS.find(({ bom }) => bom.every((byte, i) => body[i] === byte));
  if (!marked) return concat([new TextEncoder().encode(comment), body]);
  const bom = body.subarray(0, marked.bom.length);
  return concat([bom, marked.encode(comment), body.subarray(marked.bom.length)]);
}

/** Saves one page and its record, each atomically, the record last. */
export async function savePage(outDir: string, target: Target, body: Uint8Array, record: PageRecord): Promise<SavedPaths> {
  const paths = savedPaths(outDir, target);
  await mkdir(join(outDir, String(target.legislature)), { recursive: true });
  await writeAtomically(paths.page, withSavedFromComment(target.url, body));
  await writeAtomically(paths.meta, `${JSON.stringify(record, null, 2)}\n`);
  return paths;
}

async function writeAtomically(path: string, data: Uint8Array | string): Promise<void> {
  // Unique per process and call, so that two runs into the same folder never share a temp file.
  const temp = `${path}.${process.pid}-${Math.random().toString(36).slice(2, 10)}${TEMP_SUFFIX}`;
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
