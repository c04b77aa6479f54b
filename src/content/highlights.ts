// Highlights in place with the CSS Custom Highlight API: each sub-question and each answer part
// becomes a Range from the engine's offsets, gathered in one highlight per status. The page's DOM
// is not touched; the only addition is a small <style> in the page's head, because
// ::highlight() rules only apply from the page's own stylesheets. The marks beside the page
// (marks.ts) stand at the same Ranges.

import type { Analysis, Item, ItemStatus, Span } from '../core/model';
import type { FlatText } from '../core/text';

export const HIGHLIGHT_PREFIX = 'ql-';
export const FLASH_NAME = 'ql-flash';
const STYLE_MARKER = 'data-question-lens-highlights';
const FLASH_MS = 1600;

// Background and text-decoration per status. The Senate's page stays light when the reader's
// colour scheme is dark (only the panel turns dark), so there is one set, made for black text on
// white. The values are src/ui/status-meta.ts's STATUS_COLOURS[status].highlight, copied to keep the
// content script small; test/ui/palette.test.ts checks they match.
const STATUS_COLOURS: Record<ItemStatus, [background: string, decoration: string]> = {
  answered: ['#e2fbd0', 'none'],
  partial: ['#fed780', 'underline dashed #a06001'],
  referred: ['#aac5fb', 'underline double #044479'],
  deflected: ['#fbe0fe', 'underline wavy #9751bc'],
  missing: ['#fdaf9c', 'underline solid #8b2117'],
  awaiting: ['#dad9d0', 'underline dotted #60646d'],
  unanswered: ['#bac2cb', 'underline overline dotted #2f2e36'],
};

export function highlightName(status: ItemStatus): string {
  return HIGHLIGHT_PREFIX + status;
}

export function highlightCss(): string {
  const rule = (name: string, [background, decoration]: [string, string]) => `::highlight(${name}){background-color:${background};text-decoration:${decoration}}`;
  const entries = Object.entries(STATUS_COLOURS) as [ItemStatus, [string, string]][];
  const flash = `::highlight(${FLASH_NAME}){background-color:#fff500;color:inherit}`;
  return entries.map(([s, c]) => rule(highlightName(s), c)).join('') + flash;
}

type Registry = Map<string, unknown>;
type HighlightCtor = new (...ranges: Range[]) => unknown;

function api(doc: Document): { registry: Registry; Highlight: HighlightCtor } | null {
  const win = doc.defaultView as (Window & { Highlight?: HighlightCtor; CSS?: { highlights?: Registry } }) | null;
  const registry = win?.CSS?.highlights;
  const Highlight = win?.Highlight;
  return registry && Highlight ? { registry, Highlight } : null;
}

/** A DOM Range for a span of the flat text, or null when the offsets do not map (any more). */
export function rangeOf(doc: Document, flat: FlatText<Node>, span: Span | null): Range | null {
  if (!span || span.end <= span.start) return null;
  try {
    const start = flat.toDom(span.start, 'forward');
    const end = flat.toDom(span.end, 'backward');
    if (!start || !end) return null;
    const range = doc.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range.collapsed ? null : range;
  } catch {
    return null;
  }
}

/** An item's Ranges in the page: its sub-question and its answer part (null when not found). */
export type ItemRanges = readonly [question: Range | null, answer: Range | null];

export interface PageHighlights {
  /** Every item's Ranges, in the order of the analysis. */
  ranges: ReadonlyMap<Item, ItemRanges>;
  show(): void;
  hide(): void;
  flash(ranges: Range[]): void;
  /** Removes everything this module added to the page. */
  dispose(): void;
}

export function pageHighlights(doc: Document, analysis: Analysis, flat: FlatText<Node>): PageHighlights {
  const hl = api(doc);
  const byStatus = new Map<ItemStatus, Range[]>();
  const byItem = new Map<Item, ItemRanges>();
  for (const item of analysis.items) {
    const ranges = byStatus.get(item.status) ?? [];
    const pair = [rangeOf(doc, flat, item.questionSpan), rangeOf(doc, flat, item.answerSpan)] as const;
    for (const r of pair) if (r) ranges.push(r);
    byStatus.set(item.status, ranges);
    byItem.set(item, pair);
  }
  let style: HTMLStyleElement | null = null;
  let flashTimer: number | undefined;

  const ensureStyle = () => {
    if (style?.isConnected) return;
    doc.querySelectorAll(`style[${STYLE_MARKER}]`).forEach((s) => s.remove());
    style = doc.createElement('style');
    style.setAttribute(STYLE_MARKER, '');
    style.textContent = highlightCss();
    (doc.head ?? doc.documentElement).append(style);
  };

  const clearFlash = () => {
    if (flashTimer !== undefined) doc.defaultView?.clearTimeout(flashTimer);
    flashTimer = undefined;
    hl?.registry.delete(FLASH_NAME);
  };

  return {
    ranges: byItem,
    show() {
      if (!hl) return;
      ensureStyle();
      for (const [status, ranges] of byStatus) {
        if (ranges.length) hl.registry.set(highlightName(status), new hl.Highlight(...ranges));
      }
    },
    hide() {
      if (!hl) return;
      for (const status of byStatus.keys()) hl.registry.delete(highlightName(status));
      clearFlash();
    },
    flash(ranges) {
      if (!hl || !ranges.length) return;
      ensureStyle();
      clearFlash();
      hl.registry.set(FLASH_NAME, new hl.Highlight(...ranges));
      flashTimer = doc.defaultView?.setTimeout(clearFlash, FLASH_MS);
    },
    dispose() {
      this.hide();
      style?.remove();
      style = null;
    },
  };
}

/** Scrolls the page so the range stands in the upper third of what the page shows: the window, or
 * `scroller` (the page's body above a bottom sheet, layout.ts), so never under the panel. */
export function scrollToRange(range: Range, reducedMotion: boolean, scroller: HTMLElement | null = null): void {
  const doc = range.startContainer.ownerDocument;
  const win = doc?.defaultView;
  if (!win) return;
  const rect = range.getBoundingClientRect();
  const behavior: ScrollBehavior = reducedMotion ? 'auto' : 'smooth';
  if (rect.height === 0 && rect.width === 0) {
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior });
    return;
  }
  if (scroller) {
    const box = scroller.getBoundingClientRect();
    scroller.scrollTo({ top: scroller.scrollTop + rect.top - box.top - scroller.clientHeight / 3, behavior });
    return;
  }
  win.scrollTo({ top: win.scrollY + rect.top - win.innerHeight / 3, behavior });
}
