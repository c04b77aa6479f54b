// Where the panel sits, at the right or the left edge (the reader's setting). On a wide window the
// page makes room for it (a margin on the page's <html>, restored on close), so nothing is covered;
// on a narrow one it overlays the page and may collapse to a tab at the edge.

import type { PanelSide } from '../options/settings';

export const HOST_TAG = 'question-lens-panel';
export const DEFAULT_WIDTH = 380;
/** The page keeps at least this much width beside the panel to go side by side. */
const MIN_PAGE_WIDTH = 760;
const COLLAPSED_WIDTH = 30;

export type LayoutMode = 'side' | 'overlay';

export function layoutMode(windowWidth: number, panelWidth: number): LayoutMode {
  return windowWidth - panelWidth >= MIN_PAGE_WIDTH ? 'side' : 'overlay';
}

function hostStyle(side: PanelSide): string {
  return ['all: initial', 'position: fixed', 'top: 0', `${side}: 0`, 'height: 100vh', 'z-index: 2147483647', 'display: block'].join(';');
}

export interface PanelHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Sizes the host and makes room in the page when side by side. Returns the mode applied. */
  apply(width: number, collapsed: boolean): LayoutMode;
  /** Removes the host and gives the page its own margin back. */
  remove(): void;
}

export function createHost(doc: Document, side: PanelSide = 'right'): PanelHost {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', hostStyle(side));
  host.setAttribute('data-side', side);
  const shadow = host.attachShadow({ mode: 'open' });
  doc.documentElement.append(host);

  const html = doc.documentElement;
  const margin = side === 'left' ? 'margin-left' : 'margin-right';
  const saved = { value: html.style.getPropertyValue(margin), priority: html.style.getPropertyPriority(margin) };
  let marginSet = false;

  const restoreMargin = () => {
    if (!marginSet) return;
    if (saved.value) html.style.setProperty(margin, saved.value, saved.priority);
    else html.style.removeProperty(margin);
    marginSet = false;
  };

  return {
    host,
    shadow,
    apply(width, collapsed) {
      const win = doc.defaultView!;
      const mode = layoutMode(win.innerWidth, width);
      const shown = mode === 'overlay' && collapsed ? COLLAPSED_WIDTH : width;
      host.style.setProperty('width', `${shown}px`, 'important');
      if (mode === 'side') {
        html.style.setProperty(margin, `${width}px`, 'important');
        marginSet = true;
      } else restoreMargin();
      return mode;
    },
    remove() {
      restoreMargin();
      host.remove();
    },
  };
}
