// Pages come as bytes in the encoding the site served them in (old Senate pages are windows-1252):
// saved files for the CLI, fetched related pages for the extension's background. Decode as a
// browser would: byte-order mark first, then the charset the server declared, then a meta charset
// in the first kilobytes, else UTF-8 when the bytes are valid UTF-8, else windows-1252 (an old Senate page saved
// without its charset: its é is one byte, never valid UTF-8).

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

// Node's TextDecoder turns windows-1252 into ISO-8859-1 (0x92 becomes U+0092, not ’), so the
// bytes 0x80-0x9F are mapped here by the WHATWG table; undefined bytes keep their C1 code point.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const chars: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes = Array.from(bytes.subarray(i, i + CHUNK), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b));
    chars.push(String.fromCharCode(...codes));
  }
  return chars.join('');
}

function decodeAs(label: string, bytes: Uint8Array): string {
  const decoder = new TextDecoder(label);
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
}

export function decodeHtml(bytes: Uint8Array, served: string | null = null): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom.label).decode(bytes.subarray(bom.skip));
  for (const declared of [served, declaredCharset(bytes)]) {
    if (!declared) continue;
    try {
      return decodeAs(declared, bytes);
    } catch {
      // An unknown label: fall through to UTF-8 as browsers do.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}
