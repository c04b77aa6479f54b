// Where the panel stands, and how the page makes room for it, so that it never lies over the page:
//   side    (a window at least SHEET_BELOW wide): fixed at the right or the left edge (the reader's
//           setting); the page is reflowed narrower by a margin on its <html> (the panel's width and
//           the marks' gutter), and the width is clamped so the page keeps MIN_PAGE_WIDTH;
//   sheet   (narrower windows, phones): a bottom sheet across the window, a third of its height at
//           first; the page's own scroll box is shortened to the part above the sheet (its <body>
//           scrolls, as tall as what is left), so no line of the page is ever under the sheet;
//   closed  (× or Escape): only the edge tab, and the page as it was.
// Whatever is set on the page is put back as it was, property by property, and while it prints.

import type { PanelSide } from '../ui/settings';
import { clamp, layoutMode, widthBounds, type LayoutMode } from './room';

export { DEFAULT_WIDTH, GUTTER, layoutMode, MIN_PAGE_WIDTH, MIN_WIDTH, SHEET_BELOW, widthBounds, type LayoutMode } from './room';

export const HOST_TAG = 'question-lens-panel';
/** The sheet's height at first, as a fraction of the window's. */
export const DEFAULT_SHEET = 1 / 3;
const MIN_SHEET = 140;
const MAX_SHEET = 0.75;

export function sheetBounds(windowHeight: number): [number, number] {
  return [Math.min(MIN_SHEET, Math.round(windowHeight / 2)), Math.round(windowHeight * MAX_SHEET)];
}

/** The part of the window the page shows, in window coordinates. */
export interface Area {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  mode: LayoutMode | 'closed';
  /** The panel's width (side) or height (sheet), and the bounds the handle may move it in. */
  size: number;
  min: number;
  max: number;
  /** What the page shows beside or above the panel, the gutter included. */
  area: Area;
}

export interface Wanted {
  open: boolean;
  width: number;
  /** The sheet's height as a fraction of the window's. */
  sheet: number;
  /** The marks' strip at the page's edge beside the panel (0 without marks). */
  gutter: number;
}

export interface PanelHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  apply(wanted: Wanted): Placement;
  /** The element the page scrolls in: its <body> under a sheet, else null (the window). */
  scroller(): HTMLElement | null;
  /** Removes the host and gives the page back its own styles and scroll. */
  remove(): void;
}

/** Inline styles set on the page's own elements, each property's former value kept to put back. */
function pageStyles() {
  const saved = new Map<HTMLElement, Map<string, [string, string]>>();
  return {
    set(el: HTMLElement, prop: string, value: string) {
      const props = saved.get(el) ?? new Map<string, [string, string]>();
      saved.set(el, props);
      if (!props.has(prop)) props.set(prop, [el.style.getPropertyValue(prop), el.style.getPropertyPriority(prop)]);
      el.style.setProperty(prop, value, 'important');
    },
    reset(el: HTMLElement, props: readonly string[]) {
      for (const prop of props) {
        const was = saved.get(el)?.get(prop);
        if (!was) continue;
        if (was[0]) el.style.setProperty(prop, was[0], was[1]);
        else el.style.removeProperty(prop);
        saved.get(el)!.delete(prop);
      }
    },
  };
}

const SHEET_HTML = ['overflow'];
const SHEET_BODY = ['box-sizing', 'height', 'min-height', 'max-height', 'overflow'];

export function createHost(doc: Document, side: PanelSide = 'right'): PanelHost {
  const win = doc.defaultView!;
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-side', side);
  const shadow = host.attachShadow({ mode: 'open' });
  doc.documentElement.append(host);

  const html = doc.documentElement;
  const margin = side === 'left' ? 'margin-left' : 'margin-right';
  const styles = pageStyles();
  let sheetBody: HTMLElement | null = null;

  const place = (css: string) => host.setAttribute('style', `all:initial;position:fixed;z-index:2147483647;display:block;${css}`);

  /** The page scrolls in its body, as tall as the window above the sheet. */
  const enterSheet = (visible: number) => {
    const body = doc.body;
    if (!body) return;
    const entering = sheetBody === null;
    const y = entering ? win.scrollY : body.scrollTop;
    const cs = win.getComputedStyle(body);
    const margins = (parseFloat(cs.marginTop) || 0) + (parseFloat(cs.marginBottom) || 0);
    styles.set(html, 'overflow', 'hidden');
    styles.set(body, 'box-sizing', 'border-box');
    styles.set(body, 'height', `${Math.max(0, visible - margins)}px`);
    styles.set(body, 'min-height', '0');
    styles.set(body, 'max-height', 'none');
    styles.set(body, 'overflow', 'auto');
    sheetBody = body;
    if (entering && y) body.scrollTop = y;
  };
  const leaveSheet = () => {
    const body = sheetBody;
    if (!body) return;
    const y = body.scrollTop;
    styles.reset(html, SHEET_HTML);
    styles.reset(body, SHEET_BODY);
    sheetBody = null;
    if (y) win.scrollTo(win.scrollX, y);
  };

  // A printed page is the page's own: no room for a panel, no shortened scroll box.
  let last: Wanted | null = null;
  const beforePrint = () => {
    leaveSheet();
    styles.reset(html, [margin]);
    host.style.setProperty('display', 'none', 'important');
  };
  const afterPrint = () => {
    if (last) api.apply(last);
  };
  win.addEventListener('beforeprint', beforePrint);
  win.addEventListener('afterprint', afterPrint);

  const api: PanelHost = {
    host,
    shadow,
    apply(wanted) {
      last = wanted;
      const { open, width, sheet, gutter } = wanted;
      const w = win.innerWidth;
      const h = win.innerHeight;
      if (!open) {
        leaveSheet();
        styles.reset(html, [margin]);
        place(`top:0;${side}:0;width:0;height:0`);
        return { mode: 'closed', size: 0, min: 0, max: 0, area: { left: 0, top: 0, width: w, height: h } };
      }
      if (layoutMode(w) === 'side') {
        leaveSheet();
        const bounds = widthBounds(w, gutter);
        const size = clamp(width, bounds);
        place(`top:0;${side}:0;height:100vh;width:${size}px`);
        styles.set(html, margin, `${size + gutter}px`);
        return { mode: 'side', size, min: bounds[0], max: bounds[1], area: { left: side === 'left' ? size : 0, top: 0, width: w - size, height: h } };
      }
      const bounds = sheetBounds(h);
      const size = clamp(sheet * h, bounds);
      place(`left:0;right:0;bottom:0;height:${size}px`);
      if (gutter) styles.set(html, margin, `${gutter}px`);
      else styles.reset(html, [margin]);
      enterSheet(h - size);
      return { mode: 'sheet', size, min: bounds[0], max: bounds[1], area: { left: 0, top: 0, width: w, height: h - size } };
    },
    scroller: () => sheetBody,
    remove() {
      win.removeEventListener('beforeprint', beforePrint);
      win.removeEventListener('afterprint', afterPrint);
      leaveSheet();
      styles.reset(html, [margin]);
      host.remove();
    },
  };
  return api;
}
