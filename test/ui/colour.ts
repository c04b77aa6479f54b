// Colour arithmetic for the palette tests: sRGB parsing and linearisation, simulated colour-vision
// deficiencies, CIELAB, CIEDE2000 and the WCAG contrast ratio. Test code only: the extension ships
// none of it.

export type Rgb = [number, number, number]; // components 0..1
export type Lab = [number, number, number];

/** '#rrggbb' or 'rgb(r g b / a)' (also with commas), as gamma-encoded sRGB 0..1 and alpha. */
export function parseColour(css: string): { rgb: Rgb; alpha: number } {
  const hex = /^#([0-9a-f]{6})$/i.exec(css.trim());
  if (hex) {
    const n = parseInt(hex[1]!, 16);
    return { rgb: [(n >> 16) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255], alpha: 1 };
  }
  const fn = /^rgba?\(([^)]*)\)$/i.exec(css.trim());
  if (!fn) throw new Error(`not a colour this test reads: ${css}`);
  const parts = fn[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
  if (parts.length < 3 || parts.some((p) => Number.isNaN(p))) throw new Error(`not a colour this test reads: ${css}`);
  return { rgb: [parts[0]! / 255, parts[1]! / 255, parts[2]! / 255], alpha: parts[3] ?? 1 };
}

/** `top` at its alpha over the opaque `below`, in gamma-encoded sRGB as browsers blend. */
export function over(top: string, below: string): Rgb {
  const t = parseColour(top);
  const b = parseColour(below).rgb;
  return t.rgb.map((c, i) => c * t.alpha + b[i]! * (1 - t.alpha)) as Rgb;
}

export const rgbOf = (css: string): Rgb => parseColour(css).rgb;

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
export const linear = (rgb: Rgb): Rgb => rgb.map(toLinear) as Rgb;

export type Vision = 'normal' | 'deuteranopia' | 'protanopia' | 'tritanopia';
export const VISIONS: readonly Vision[] = ['normal', 'deuteranopia', 'protanopia', 'tritanopia'];

/** Machado, Oliveira & Fernandes (2009), "A physiologically-based model for simulation of color
 * vision deficiency", IEEE TVCG 15(6): the matrices for severity 1.0 (dichromacy), applied to linear
 * sRGB (as Machado's model is derived, and as DaltonLens recommends), the result clipped to the gamut. */
const MACHADO: Record<Exclude<Vision, 'normal'>, readonly (readonly [number, number, number])[]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** A linear-sRGB colour as seen with `vision`. */
export function simulate(lin: Rgb, vision: Vision): Rgb {
  if (vision === 'normal') return lin;
  return MACHADO[vision].map((row) => Math.min(1, Math.max(0, row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2]))) as Rgb;
}

/** Linear sRGB to CIELAB, D65 white. */
export function lab([r, g, b]: Rgb): Lab {
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIEDE2000 (kL = kC = kH = 1), after Sharma, Wu & Dalal (2005). */
export function deltaE2000([L1, a1, b1]: Lab, [L2, a2, b2]: Lab): number {
  const rad = Math.PI / 180;
  const C1 = Math.hypot(a1, b1);
  const C2 = Math.hypot(a2, b2);
  const Cbar7 = ((C1 + C2) / 2) ** 7;
  const G = 0.5 * (1 - Math.sqrt(Cbar7 / (Cbar7 + 25 ** 7)));
  const a1p = (1 + G) * a1;
  const a2p = (1 + G) * a2;
  const C1p = Math.hypot(a1p, b1);
  const C2p = Math.hypot(a2p, b2);
  const hue = (b: number, a: number) => (a === 0 && b === 0 ? 0 : ((Math.atan2(b, a) / rad) + 360) % 360);
  const h1p = hue(b1, a1p);
  const h2p = hue(b2, a2p);
  const dLp = L2 - L1;
  const dCp = C2p - C1p;
  let dhp = 0;
  if (C1p * C2p !== 0) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    else if (dhp < -180) dhp += 360;
  }
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin((dhp / 2) * rad);
  const Lbp = (L1 + L2) / 2;
  const Cbp = (C1p + C2p) / 2;
  let hbp = h1p + h2p;
  if (C1p * C2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) hbp = (h1p + h2p) / 2;
    else hbp = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
  }
  const T = 1 - 0.17 * Math.cos((hbp - 30) * rad) + 0.24 * Math.cos(2 * hbp * rad) + 0.32 * Math.cos((3 * hbp + 6) * rad) - 0.2 * Math.cos((4 * hbp - 63) * rad);
  const dTheta = 30 * Math.exp(-(((hbp - 275) / 25) ** 2));
  const RC = 2 * Math.sqrt(Cbp ** 7 / (Cbp ** 7 + 25 ** 7));
  const SL = 1 + (0.015 * (Lbp - 50) ** 2) / Math.sqrt(20 + (Lbp - 50) ** 2);
  const SC = 1 + 0.045 * Cbp;
  const SH = 1 + 0.015 * Cbp * T;
  const RT = -Math.sin(2 * dTheta * rad) * RC;
  return Math.sqrt((dLp / SL) ** 2 + (dCp / SC) ** 2 + (dHp / SH) ** 2 + RT * (dCp / SC) * (dHp / SH));
}

/** ΔE00 between two sRGB colours as seen with `vision`. */
export function distance(a: Rgb, b: Rgb, vision: Vision): number {
  return deltaE2000(lab(simulate(linear(a), vision)), lab(simulate(linear(b), vision)));
}

/** WCAG 2 relative luminance and contrast ratio. */
export function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The closest pair of a set of named colours under `vision`. */
export function closestPair<K extends string>(colours: Record<K, Rgb>, vision: Vision): { pair: [K, K]; deltaE: number } {
  const names = Object.keys(colours) as K[];
  let best: { pair: [K, K]; deltaE: number } = { pair: [names[0]!, names[1]!], deltaE: Infinity };
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const d = distance(colours[names[i]!], colours[names[j]!], vision);
      if (d < best.deltaE) best = { pair: [names[i]!, names[j]!], deltaE: d };
    }
  }
  return best;
}
