// Highlights in place with the CSS Custom Highlight API: each sub-question and each answer part
// becomes a Range from the engine's offsets, gathered in one highlight per status. The page's DOM
// is not touched; the only addition is a small <style> in the page's head, because
// ::highlight() rules only apply from the page's own stylesheets.

import type { Analysis, ItemStatus, Span } from '../core/model';
import type { FlatText } from '../core/text';

export const HIGHLIGHT_PREFIX = 'ql-';
export const FLASH_NAME = 'ql-flash';
const STYLE_MARKER = 'data-question-lens-highlights';
const FLASH_MS = 1600;

const STATUS_COLOURS: Record<ItemStatus, { light: string; dark: string }> = {
  answered: { light: 'rgb(46 125 50 / 0.13)', dark: 'rgb(102 187 106 / 0.2)' },
  partial: { light: 'rgb(240 166 64 / 0.22)', dark: 'rgb(240 166 64 / 0.25)' },
  referred: { light: 'rgb(63 81 181 / 0.14)', dark: 'rgb(140 158 255 / 0.22)' },
  deflected: { light: 'rgb(255 138 80 / 0.25)', dark: 'rgb(255 138 80 / 0.28)' },
  missing: { light: 'rgb(179 38 30 / 0.16)', dark: 'rgb(255 107 96 / 0.25)' },
  awaiting: { light: 'rgb(107 114 128 / 0.14)', dark: 'rgb(160 166 177 / 0.2)' },
  unanswered: { light: 'rgb(91 33 182 / 0.12)', dark: 'rgb(167 139 250 / 0.2)' },
};

export function highlightName(status: ItemStatus): string {
  return HIGHLIGHT_PREFIX + status;
}

export function highlightCss(): string {
  const rule = (name: string, colour: string) => `::highlight(${name}){background-color:${colour}}`;
  const entries = Object.entries(STATUS_COLOURS) as [ItemStatus, { light: string; dark: string }][];
  const light = entries.map(([s, c]) => rule(highlightName(s), c.light)).join('');
  const dark = entries.map(([s, c]) => rule(highlightName(s), c.dark)).join('');
  const flash = `::highlight(${FLASH_NAME}){background-color:rgb(255 214 0 / 0.6);color:inherit}`;
  return `${light}@media (prefers-color-scheme: dark){${dark}}${flash}`;
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

export interface PageHighlights {
  show(): void;
  hide(): void;
  flash(ranges: Range[]): void;
  /** Removes everything this module added to the page. */
  dispose(): void;
}

export function pageHighlights(doc: Document, analysis: Analysis, flat: FlatText<Node>): PageHighlights {
  const hl = api(doc);
  const byStatus = new Map<ItemStatus, Range[]>();
  for (const item of analysis.items) {
    const ranges = byStatus.get(item.status) ?? [];
    for (const span of [item.questionSpan, item.answerSpan]) {
      const r = rangeOf(doc, flat, span);
      if (r) ranges.push(r);
    }
    byStatus.set(item.status, ranges);
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

/** Scrolls the page so the range stands in its upper third. */
export function scrollToRange(range: Range, reducedMotion: boolean): void {
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
  win.scrollTo({ top: win.scrollY + rect.top - win.innerHeight / 3, behavior });
}
