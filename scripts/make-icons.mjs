// Writes the extension's icons (icons/icon-{16,32,48,128}.png) from code, so no image is downloaded
// or drawn by hand: a rounded square in the Senate's deep red with a white lens (ring and handle).
// PNG bytes are built directly: IHDR + one zlib-compressed IDAT + IEND, RGBA, no filter.
// Run: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZES = [16, 32, 48, 128];
const BACKGROUND = [0x8a, 0x1c, 0x2b];
const LENS = [0xff, 0xff, 0xff];
const GLASS = [0xf4, 0xd3, 0x5e];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Coverage (0..1) of a pixel by a shape, from 4×4 supersampling, for smooth edges at 16 px. */
function coverage(inside, x, y) {
  let hits = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4)) hits++;
  return hits / 16;
}

function icon(size) {
  const s = size;
  const radius = s * 0.2;
  const roundedSquare = (x, y) => {
    const cx = Math.min(Math.max(x, radius), s - radius);
    const cy = Math.min(Math.max(y, radius), s - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
  const lensX = s * 0.42;
  const lensY = s * 0.42;
  const outer = s * 0.27;
  const inner = s * 0.17;
  const ring = (x, y) => {
    const d = Math.hypot(x - lensX, y - lensY);
    return d <= outer && d >= inner;
  };
  const glass = (x, y) => Math.hypot(x - lensX, y - lensY) < inner;
  const handle = (x, y) => {
    // A thick segment from the ring towards the lower right corner.
    const ax = lensX + outer * 0.7, ay = lensY + outer * 0.7;
    const bx = s * 0.8, by = s * 0.8;
    const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= s * 0.075;
  };

  const raw = Buffer.alloc(s * (s * 4 + 1));
  for (let y = 0; y < s; y++) {
    raw[y * (s * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < s; x++) {
      const bg = coverage(roundedSquare, x, y);
      const fg = coverage((px, py) => ring(px, py) || handle(px, py), x, y);
      const gl = coverage(glass, x, y);
      const rgb = BACKGROUND.map((b, k) => Math.round(b * (1 - fg - gl) + LENS[k] * fg + GLASS[k] * gl));
      const o = y * (s * 4 + 1) + 1 + x * 4;
      raw[o] = rgb[0];
      raw[o + 1] = rgb[1];
      raw[o + 2] = rgb[2];
      raw[o + 3] = Math.round(255 * bg);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(s, 0);
  ihdr.writeUInt32BE(s, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'icons');
mkdirSync(out, { recursive: true });
for (const size of SIZES) writeFileSync(join(out, `icon-${size}.png`), icon(size));
console.log(`wrote ${SIZES.length} icons to ${out}`);
