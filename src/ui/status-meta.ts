// Everything the interfaces say about a status, in one place: its display order, its catalog
// message, whether it needs a reader's look, its icon (and a plain-text symbol for the CLI), and its
// colours in the panel (light and dark) and in the page's highlights. Pure data, no DOM.
//
// One table per aspect rather than one record per status: the content script imports the order and
// the attention rule on every question page, and separate constants let the bundler leave the
// colours and icons out of it (nothing there reads them at run time; the CSS holds them literally).
// Record<ItemStatus, …> keeps every table complete.
//
// The CSS does not import this file: src/panel/theme.css (--<status>, --on-status),
// src/panel/status-bar.css (--status-icon) and the highlight rules in src/content/highlights.ts hold
// the same values literally, and test/ui/palette.test.ts fails when any of them differs from here.
// The same test measures the palette under colour-vision deficiencies and the contrasts; change a
// colour here, run it, then copy the value to the CSS.

import type { ItemStatus } from '../core/model';
import type { MessageKey } from '../panel/i18n';

/** Display order: the good news first, then what needs a look, so the stacked bar reads left to right. */
export const STATUS_ORDER: readonly ItemStatus[] = ['answered', 'partial', 'referred', 'deflected', 'missing', 'awaiting', 'unanswered'];

export const STATUS_MESSAGE: Record<ItemStatus, MessageKey> = {
  answered: 'statusAnswered',
  partial: 'statusPartial',
  referred: 'statusReferred',
  deflected: 'statusDeflected',
  missing: 'statusMissing',
  awaiting: 'statusAwaiting',
  unanswered: 'statusUnanswered',
};

/** Everything that is not a plain answer deserves a reader's look, awaiting included. */
export const STATUS_ATTENTION: Record<ItemStatus, boolean> = {
  answered: false,
  partial: true,
  referred: true,
  deflected: true,
  missing: true,
  awaiting: true,
  unanswered: true,
};

export function needsAttention(status: ItemStatus): boolean {
  return STATUS_ATTENTION[status];
}

/** The icon beside the status's word on the panel's chips and legend (drawn from CSS, see
 * status-bar.css), so that no status is told by its colour alone. Unicode glyphs with a text
 * presentation in common system fonts (none is an emoji), each a different shape: a check, a half
 * disc, an arrow, a barred circle, a cross, a clock face, a dash. */
export const STATUS_ICON: Record<ItemStatus, string> = {
  answered: '\u2713', // ✓ check mark
  partial: '\u25D0', // ◐ circle, left half black
  referred: '\u2192', // → rightwards arrow
  deflected: '\u2298', // ⊘ circled division slash: barred
  missing: '\u2715', // ✕ multiplication x
  awaiting: '\u25F7', // ◷ circle with upper right quadrant: a clock face
  unanswered: '\u2014', // — em dash: nothing came
};

/** Plain-text symbol per status for the CLI and other text outputs: the panel's icon. */
export const STATUS_SYMBOL: Record<ItemStatus, string> = STATUS_ICON;

/** The same in ASCII, for terminals or files that cannot take Unicode. One character each, all different. */
export const STATUS_SYMBOL_ASCII: Record<ItemStatus, string> = {
  answered: '+',
  partial: '~',
  referred: '>',
  deflected: '/',
  missing: 'x',
  awaiting: '?',
  unanswered: '-',
};

export function statusSymbol(status: ItemStatus, ascii = false): string {
  return (ascii ? STATUS_SYMBOL_ASCII : STATUS_SYMBOL)[status];
}

/** A status's colours in one colour scheme of the panel (and the popup). */
export interface SchemeColours {
  /** The status's colour: bar segment, legend swatch, card edge, chip background. Other styles use
   * it as text on the panel's background (--answered, --partial, --missing), so it holds 4.5:1 on
   * --bg and --card. */
  fill: string;
  /** Text and icon on `fill`: the chip's foreground. */
  onFill: string;
}

/** How a status's text is marked in the Senate's page. That page stays light whatever the reader's
 * colour scheme (the panel turns dark, the page does not), so there is one set, drawn over white
 * under the page's black text. */
export interface HighlightColours {
  background: string;
  /** The CSS text-decoration drawn with it: line, style (a different one per status, a second cue
   * besides the colour) and colour (the light fill), or 'none'. */
  decoration: string;
}

export interface StatusColours {
  light: SchemeColours;
  dark: SchemeColours;
  highlight: HighlightColours;
}

// Chosen so that every pair stays apart under normal vision and simulated deuteranopia,
// protanopia and tritanopia (the figures and thresholds are in test/ui/palette.test.ts): lightness
// carries much of the difference, since a dichromat keeps it. Red-green pairs are never left to hue
// alone: missing is darker than partial, deflected is a violet that keeps its blue for a
// deuteranope, referred a deep blue; awaiting is a mid grey and unanswered near black (near white
// in dark), the one pair that differs by lightness only.
export const STATUS_COLOURS: Record<ItemStatus, StatusColours> = {
  answered: {
    light: { fill: '#227f59', onFill: '#ffffff' },
    dark: { fill: '#7fe1a8', onFill: '#1e1f22' },
    highlight: { background: '#e2fbd0', decoration: 'none' },
  },
  partial: {
    light: { fill: '#a06001', onFill: '#ffffff' },
    dark: { fill: '#ffb044', onFill: '#1e1f22' },
    highlight: { background: '#fed780', decoration: 'underline dashed #a06001' },
  },
  referred: {
    light: { fill: '#044479', onFill: '#ffffff' },
    dark: { fill: '#678fef', onFill: '#1e1f22' },
    highlight: { background: '#aac5fb', decoration: 'underline double #044479' },
  },
  deflected: {
    light: { fill: '#9751bc', onFill: '#ffffff' },
    dark: { fill: '#eabcfd', onFill: '#1e1f22' },
    highlight: { background: '#fbe0fe', decoration: 'underline wavy #9751bc' },
  },
  missing: {
    light: { fill: '#8b2117', onFill: '#ffffff' },
    dark: { fill: '#ee6762', onFill: '#1e1f22' },
    highlight: { background: '#fdaf9c', decoration: 'underline solid #8b2117' },
  },
  awaiting: {
    light: { fill: '#60646d', onFill: '#ffffff' },
    dark: { fill: '#a0a5af', onFill: '#1e1f22' },
    highlight: { background: '#dad9d0', decoration: 'underline dotted #60646d' },
  },
  unanswered: {
    light: { fill: '#2f2e36', onFill: '#ffffff' },
    dark: { fill: '#eeeef4', onFill: '#1e1f22' },
    highlight: { background: '#bac2cb', decoration: 'underline overline dotted #2f2e36' },
  },
};

export interface StatusMeta {
  status: ItemStatus;
  /** Position in STATUS_ORDER. */
  order: number;
  message: MessageKey;
  needsAttention: boolean;
  icon: string;
  symbol: string;
  asciiSymbol: string;
  colours: StatusColours;
}

/** All of a status's metadata at once (pulls every table into the bundle that calls it). */
export function statusMeta(status: ItemStatus): StatusMeta {
  return {
    status,
    order: STATUS_ORDER.indexOf(status),
    message: STATUS_MESSAGE[status],
    needsAttention: STATUS_ATTENTION[status],
    icon: STATUS_ICON[status],
    symbol: STATUS_SYMBOL[status],
    asciiSymbol: STATUS_SYMBOL_ASCII[status],
    colours: STATUS_COLOURS[status],
  };
}
