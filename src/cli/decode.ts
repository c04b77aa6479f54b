// Saved pages come as bytes in the encoding the site served them in (old Senate pages are
// windows-1252). Decode as a browser would: byte-order mark first, then a meta charset in the first
// kilobytes, else UTF-8.

const SNIFF_BYTES = 4096;

function bomEncoding(bytes: Uint8Array): { label: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { label: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', skip: 2 };
  return null;
}

/** The charset a page declares in `<meta charset>` or `<meta http-equiv="Content-Type" content="…">`. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Latin-1 keeps one character per byte, so ASCII markup reads right whatever the real encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const m = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (m) return m[1]!.toLowerCase();
  }
  return null;
}

export function decodeHtml(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom.label).decode(bytes.subarray(bom.skip));
  const declared = declaredCharset(bytes);
  if (declared) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // An unknown label: fall through to UTF-8 as browsers do.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}
