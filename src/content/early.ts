// Started by the entry as soon as its checks say "a question page", while the engine and the panel
// load: the two storage reads the panel waits for (its state and the reader's settings), on the
// browser's own namespace, in a few bytes, since this module is loaded on every Senate page; and,
// when they say the panel will open by itself beside the page, the page's room for it, so that the
// page's reflow is not in the panel's first frame. The keys are the controller's and
// ui/settings.ts's (test/content/layout.test.ts holds them equal).

import type { Catalog } from '../panel/i18n';
import { clamp, DEFAULT_WIDTH, GUTTER, layoutMode, widthBounds } from './room';

/** What the entry started for a question page while its engine and panel load. */
export interface EarlyStart {
  /** The raw stored [panel state, settings] (readEarly). */
  stored: Promise<[unknown, unknown]>;
  /** The room made for the panel in the page, and how to give it back (reserveRoom). */
  room: Promise<() => void>;
  /** The panel's catalog in the address's language, loading; null when that language has none. */
  catalog: { language: string; module: Promise<{ default: Catalog }> } | null;
}

export const STATE_KEY = 'ql.panel';
export const SETTINGS_KEY = 'ql.settings';

interface Area {
  get(key: string): Promise<Record<string, unknown>>;
}
type Api = { runtime?: unknown; storage?: { local?: Area; sync?: Area } };

const read = (area: Area | undefined, key: string): Promise<unknown> =>
  area ? area.get(key).then((got) => got?.[key], () => undefined) : Promise.resolve(undefined);

/** [the panel's stored state, the stored settings], raw; undefined for what cannot be read. */
export function readEarly(): Promise<[unknown, unknown]> {
  try {
    const g = globalThis as { browser?: Api; chrome?: Api };
    const storage = (g.browser?.runtime ? g.browser : g.chrome)?.storage;
    return Promise.all([read(storage?.local, STATE_KEY), read(storage?.sync, SETTINGS_KEY)]);
  } catch {
    return Promise.resolve([undefined, undefined]);
  }
}

/** Makes the panel's room in the page now (the margin layout.ts will set, to the pixel) when the
 * raw stored settings say it opens by itself beside the page; returns how to give the page its own
 * margin back, which the panel does as it takes over, or the entry when no panel comes. Raw values
 * are read as readSettings reads them: anything but "on-demand" opens, anything but "left" is the
 * right side, anything but false shows the marks' strip. */
export function reserveRoom(doc: Document, [state, settings]: [unknown, unknown]): () => void {
  const win = doc.defaultView;
  const s = (settings ?? {}) as { open?: unknown; side?: unknown; highlights?: unknown };
  const w = (state as { width?: unknown } | undefined)?.width;
  // An earlier instance's panel (the extension reloaded under the page) holds the margin: left to it.
  if (!win || s.open === 'on-demand' || layoutMode(win.innerWidth) !== 'side' || doc.documentElement.hasAttribute('data-question-lens')) return () => {};
  const gutter = s.highlights === false ? 0 : GUTTER;
  const width = clamp(typeof w === 'number' && Number.isFinite(w) ? w : DEFAULT_WIDTH, widthBounds(win.innerWidth, gutter));
  const prop = s.side === 'left' ? 'margin-left' : 'margin-right';
  const style = doc.documentElement.style;
  const before = style.getPropertyValue(prop);
  const priority = style.getPropertyPriority(prop);
  style.setProperty(prop, `${width + gutter}px`, 'important');
  return () => {
    if (before) style.setProperty(prop, before, priority);
    else style.removeProperty(prop);
  };
}

type Changes = Record<string, { newValue?: unknown } | undefined>;
type ChangeApi = { runtime?: unknown; storage?: { onChanged?: { addListener(l: (c: Changes, area: string) => void): void; removeListener(l: (c: Changes, area: string) => void): void } } };

/** Calls `listener` with the new raw settings whenever the reader changes them (options page, popup);
 * returns how to stop listening. On the browser's own namespace, in a few bytes, as readEarly. */
export function onSettingsChanged(listener: (raw: unknown) => void): () => void {
  try {
    const g = globalThis as { browser?: ChangeApi; chrome?: ChangeApi };
    const changed = (g.browser?.runtime ? g.browser : g.chrome)?.storage?.onChanged;
    if (!changed) return () => {};
    const l = (changes: Changes, area: string) => {
      if (area === 'sync' && changes[SETTINGS_KEY]) listener(changes[SETTINGS_KEY]!.newValue);
    };
    changed.addListener(l);
    return () => changed.removeListener(l);
  } catch {
    return () => {};
  }
}
