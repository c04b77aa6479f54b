// The status palette (issue 11): the CSS holds src/ui/status-meta.ts's colours and icons; every pair of
// statuses stays apart under normal vision and simulated dichromacy, on the panel's chips and bar in
// light and dark and in the page's highlights; chip text, status text and highlighted page text keep
// their contrast.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ItemStatus } from '../../src/core/model';
import { highlightCss, highlightName } from '../../src/content/highlights';
import { STATUS_COLOURS, STATUS_ICON, STATUS_ORDER } from '../../src/ui/status-meta';
import { closestPair, contrast, deltaE2000, distance, linear, over, rgbOf, simulate, VISIONS, type Rgb, type Vision } from './colour';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** Thresholds, in CIEDE2000 units. ΔE00 ≈ 1 is a just-noticeable difference between two large
 * patches side by side; a status colour must be recognised, not merely noticed, on small marks (a
 * 10 px bar segment, a 14 px swatch, a chip one line high) that are often not side by side, and
 * Stone, Szafir & Setlur (2014, "An engineering model for color difference as a function of size")
 * measured that the difference needed to tell colours apart grows several-fold as marks shrink to
 * such sizes. The simulations are approximations too (full dichromacy, an average observer, an
 * ideal sRGB display). 12 keeps a wide margin for all of that on the panel's colours.
 * The page's highlights are large fields (whole lines of text), where differences show more readily,
 * are rarely side by side with another status, and carry a second cue (a different underline per
 * status): 9 there. Each highlight must also stand out from the white page around it: 8. */
const PANEL_MIN_DE = 12;
const HIGHLIGHT_MIN_DE = 9;
const HIGHLIGHT_VS_PAGE_MIN_DE = 8;
/** WCAG 2 AA for normal-size text; 3:1 for non-text marks (WCAG 1.4.11). */
const TEXT_CONTRAST = 4.5;
const MARK_CONTRAST = 3;

/** The pairs a reader met confused (issue 11), or that mean the most different things. */
const KEY_PAIRS: [ItemStatus, ItemStatus][] = [
  ['partial', 'deflected'],
  ['partial', 'referred'],
  ['missing', 'deflected'],
  ['awaiting', 'unanswered'],
  ['answered', 'missing'],
  ['answered', 'partial'],
];

/** The Senate's page: black text on white, in both of the reader's colour schemes. */
const PAGE_BG = '#ffffff';
const PAGE_TEXT = '#000000';

type Scheme = 'light' | 'dark';
const SCHEMES: readonly Scheme[] = ['light', 'dark'];

function customProperties(block: string): Map<string, string> {
  return new Map([...block.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** theme.css's custom properties: the light block, then the dark one inside its media query. */
function theme(): Record<Scheme, Map<string, string>> {
  const css = read('src/panel/theme.css');
  const at = css.indexOf('@media (prefers-color-scheme: dark)');
  expect(at).toBeGreaterThan(0);
  return { light: customProperties(css.slice(0, at)), dark: customProperties(css.slice(at)) };
}

const decodeCssString = (s: string) => s.replace(/^'|'$/g, '').replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));

function fills(scheme: Scheme): Record<ItemStatus, Rgb> {
  return Object.fromEntries(STATUS_ORDER.map((s) => [s, rgbOf(STATUS_COLOURS[s][scheme].fill)])) as Record<ItemStatus, Rgb>;
}

function highlightBackgrounds(): Record<ItemStatus, Rgb> {
  return Object.fromEntries(STATUS_ORDER.map((s) => [s, rgbOf(STATUS_COLOURS[s].highlight.background)])) as Record<ItemStatus, Rgb>;
}

/** Closest pair per vision, for the failure messages. */
function summary(colours: Record<ItemStatus, Rgb>): string {
  return VISIONS.map((v) => {
    const { pair, deltaE } = closestPair(colours, v);
    return `${v}: ${deltaE.toFixed(1)} (${pair.join('/')})`;
  }).join('; ');
}

describe('the colour arithmetic the palette is measured with', () => {
  it('computes CIEDE2000 as Sharma, Wu & Dalal\'s test data', () => {
    const pairs: [[number, number, number], [number, number, number], number][] = [
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
      [[50, -1.3802, -84.2814], [50, 0, -82.7485], 1.0],
      [[50, 2.49, -0.001], [50, -2.49, 0.0009], 7.1792],
      [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
      [[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373],
      [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
    ];
    for (const [a, b, expected] of pairs) expect(deltaE2000(a, b)).toBeCloseTo(expected, 4);
  });

  it('simulates dichromacy: greys unchanged, the classic confusions confused', () => {
    for (const v of VISIONS) expect(distance(rgbOf('#808080'), rgbOf('#808080'), v)).toBe(0);
    for (const v of VISIONS) {
      const grey = linear(rgbOf('#7a7a7a'));
      for (const [i, c] of simulate(grey, v).entries()) expect(c).toBeCloseTo(grey[i]!, 5);
    }
    // Red and green of equal lightness, far apart for most readers, nearly one colour for a deuteranope.
    const red = rgbOf('#c25a4b');
    const green = rgbOf('#6f8f3a');
    expect(distance(red, green, 'normal')).toBeGreaterThan(30);
    expect(distance(red, green, 'deuteranopia')).toBeLessThan(8);
    // Blue and green, a tritanope's confusion.
    expect(distance(rgbOf('#3a8fb7'), rgbOf('#5aa05a'), 'tritanopia')).toBeLessThan(distance(rgbOf('#3a8fb7'), rgbOf('#5aa05a'), 'normal') / 2);
  });

  it('computes WCAG contrast', () => {
    expect(contrast(rgbOf('#000000'), rgbOf('#ffffff'))).toBeCloseTo(21, 5);
    expect(contrast(rgbOf('#767676'), rgbOf('#ffffff'))).toBeCloseTo(4.54, 2);
    expect(over('rgb(0 0 0 / 0.5)', '#ffffff')).toEqual([0.5, 0.5, 0.5]);
  });
});

describe('the CSS holds status-meta\'s colours and icons', () => {
  // One --on-status per scheme keeps the panel's CSS small while every chip's text is the same; give
  // the statuses a --<status>-on each (and status-bar.css a --status-on) once they differ.
  it('theme.css: --<status> is the fill and --on-status the chip text, in light and dark', () => {
    const props = theme();
    for (const scheme of SCHEMES) {
      for (const s of STATUS_ORDER) {
        expect(props[scheme].get(s)?.toLowerCase(), `--${s} (${scheme})`).toBe(STATUS_COLOURS[s][scheme].fill);
        expect(props[scheme].get('on-status')?.toLowerCase(), `--on-status for ${s} (${scheme})`).toBe(STATUS_COLOURS[s][scheme].onFill);
      }
    }
  });

  it('status-bar.css: each status class takes its colours and its icon', () => {
    const css = read('src/panel/status-bar.css');
    const rules = new Map([...css.matchAll(/\.status-([a-z]+)\s*\{([^}]*)\}/g)].map((m) => [m[1]!, customProperties(m[2]!)]));
    expect([...rules.keys()].sort()).toEqual([...STATUS_ORDER].sort());
    for (const s of STATUS_ORDER) {
      const rule = rules.get(s)!;
      expect(rule.get('status'), s).toBe(`var(--${s})`);
      expect(decodeCssString(rule.get('status-icon') ?? ''), s).toBe(STATUS_ICON[s]);
    }
    // The chips and the legend's swatches draw the icon; the chip is the word on the status's colour.
    expect(css).toMatch(/\.badge\[class\*='status-'\]::before, \.swatch::before \{ content: var\(--status-icon\) \/ ''; \}/);
    expect(css).toMatch(/\.badge\[class\*='status-'\] \{ color: var\(--on-status\); background: var\(--status\);/);
  });

  it('the page\'s highlights: one set (the page stays light), background and underline from status-meta', () => {
    const css = highlightCss();
    expect(css).not.toMatch(/prefers-color-scheme/);
    const rules = new Map([...css.matchAll(/::highlight\(([\w-]+)\)\{([^}]*)\}/g)].map((m) => [m[1]!, m[2]!]));
    for (const s of STATUS_ORDER) {
      const { background, decoration } = STATUS_COLOURS[s].highlight;
      expect(rules.get(highlightName(s)), s).toBe(`background-color:${background};text-decoration:${decoration}`);
    }
  });
});

describe('the panel\'s status colours (bar, swatches, card edges, chips)', () => {
  for (const scheme of SCHEMES) {
    describe(scheme, () => {
      it(`keeps every pair of statuses ≥ ${PANEL_MIN_DE} ΔE00 apart, with normal vision and each simulated dichromacy`, () => {
        const colours = fills(scheme);
        for (const v of VISIONS) expect(closestPair(colours, v).deltaE, summary(colours)).toBeGreaterThanOrEqual(PANEL_MIN_DE);
      });

      it('keeps the pairs that matter most apart', () => {
        const colours = fills(scheme);
        for (const [a, b] of KEY_PAIRS) {
          for (const v of VISIONS) expect(distance(colours[a], colours[b], v), `${a}/${b}, ${v}`).toBeGreaterThanOrEqual(PANEL_MIN_DE);
        }
      });

      it(`writes the chip's word at ≥ ${TEXT_CONTRAST}:1 on its colour`, () => {
        for (const s of STATUS_ORDER) {
          const { fill, onFill } = STATUS_COLOURS[s][scheme];
          expect(contrast(rgbOf(onFill), rgbOf(fill)), s).toBeGreaterThanOrEqual(TEXT_CONTRAST);
        }
      });

      it(`can be used as text on the panel's background and cards (≥ ${TEXT_CONTRAST}:1), and so as a mark`, () => {
        const props = theme()[scheme];
        for (const bg of ['bg', 'card'] as const) {
          const background = rgbOf(props.get(bg)!);
          for (const s of STATUS_ORDER) {
            expect(contrast(rgbOf(STATUS_COLOURS[s][scheme].fill), background), `${s} on --${bg}`).toBeGreaterThanOrEqual(TEXT_CONTRAST);
          }
        }
      });
    });
  }
});

describe('the page\'s highlights', () => {
  const backgrounds = highlightBackgrounds();

  it(`keep every pair of statuses ≥ ${HIGHLIGHT_MIN_DE} ΔE00 apart, with normal vision and each simulated dichromacy`, () => {
    for (const v of VISIONS) expect(closestPair(backgrounds, v).deltaE, summary(backgrounds)).toBeGreaterThanOrEqual(HIGHLIGHT_MIN_DE);
    for (const [a, b] of KEY_PAIRS) {
      for (const v of VISIONS) expect(distance(backgrounds[a], backgrounds[b], v), `${a}/${b}, ${v}`).toBeGreaterThanOrEqual(HIGHLIGHT_MIN_DE);
    }
  });

  it(`stand out from the white page (≥ ${HIGHLIGHT_VS_PAGE_MIN_DE} ΔE00) for every reader`, () => {
    for (const s of STATUS_ORDER) {
      for (const v of VISIONS) expect(distance(backgrounds[s], rgbOf(PAGE_BG), v), `${s}, ${v}`).toBeGreaterThanOrEqual(HIGHLIGHT_VS_PAGE_MIN_DE);
    }
  });

  it(`keep the page's black text at ≥ ${TEXT_CONTRAST}:1`, () => {
    for (const s of STATUS_ORDER) expect(contrast(rgbOf(PAGE_TEXT), backgrounds[s]), s).toBeGreaterThanOrEqual(TEXT_CONTRAST);
  });

  it(`underline each status (but answered) in a style of its own, in its light colour, visible on its background (≥ ${MARK_CONTRAST}:1)`, () => {
    const styles = new Set<string>();
    for (const s of STATUS_ORDER) {
      const { background, decoration } = STATUS_COLOURS[s].highlight;
      if (s === 'answered') {
        expect(decoration).toBe('none');
        styles.add('none');
        continue;
      }
      const words = decoration.split(/\s+/);
      const colour = words.pop()!;
      expect(colour, s).toBe(STATUS_COLOURS[s].light.fill);
      expect(words, s).toContain('underline');
      styles.add(words.join(' '));
      expect(contrast(rgbOf(colour), rgbOf(background)), s).toBeGreaterThanOrEqual(MARK_CONTRAST);
    }
    expect(styles.size).toBe(STATUS_ORDER.length);
  });

  it(`show the flash (the jump to a card's text) over every status (≥ ${HIGHLIGHT_MIN_DE} ΔE00), and keep its text readable`, () => {
    const flash = /::highlight\(ql-flash\)\{background-color:([^;}]+)/.exec(highlightCss())?.[1];
    expect(flash).toBeDefined();
    for (const s of STATUS_ORDER) {
      const under = STATUS_COLOURS[s].highlight.background;
      const flashed = over(flash!, under);
      for (const v of VISIONS as Vision[]) expect(distance(flashed, rgbOf(under), v), `${s}, ${v}`).toBeGreaterThanOrEqual(HIGHLIGHT_MIN_DE);
      expect(contrast(rgbOf(PAGE_TEXT), flashed), s).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    }
  });
});
