// How much room the panel takes beside the page: pure numbers, shared by the layout (layout.ts)
// and the entry, which reserves the room while the engine loads (early.ts), so both agree to the
// pixel.

export const DEFAULT_WIDTH = 380;
export const MIN_WIDTH = 280;
/** Below this window width the panel is a bottom sheet. */
export const SHEET_BELOW = 1140;
/** Beside the panel the page keeps at least this width. */
export const MIN_PAGE_WIDTH = 600;
/** The strip beside the page where the marks stand (marks.ts). */
export const GUTTER = 24;

export type LayoutMode = 'side' | 'sheet';

export function layoutMode(windowWidth: number): LayoutMode {
  return windowWidth >= SHEET_BELOW ? 'side' : 'sheet';
}

/** The widths the panel may take beside the page: the page keeps MIN_PAGE_WIDTH and the gutter. */
export function widthBounds(windowWidth: number, gutter: number): [number, number] {
  return [MIN_WIDTH, Math.max(MIN_WIDTH, windowWidth - MIN_PAGE_WIDTH - gutter)];
}

export const clamp = (v: number, [min, max]: [number, number]) => Math.round(Math.min(max, Math.max(min, v)));
