// Where the panel stands at each window size, and what is remembered of it.

import { describe, expect, it } from 'vitest';
import { readState, STATE_KEY as CONTROLLER_STATE_KEY } from '../../src/content/controller';
import { readEarly, reserveRoom, SETTINGS_KEY as EARLY_SETTINGS_KEY, STATE_KEY } from '../../src/content/early';
import { DEFAULT_SHEET, DEFAULT_WIDTH, GUTTER, layoutMode, MIN_PAGE_WIDTH, sheetBounds, widthBounds } from '../../src/content/layout';
import { SETTINGS_KEY } from '../../src/ui/settings';

describe('the panel at every window size', () => {
  it('stands beside the page on a wide window, as a bottom sheet below 1 140 px', () => {
    expect(layoutMode(1920)).toBe('side');
    expect(layoutMode(1366)).toBe('side');
    expect(layoutMode(1140)).toBe('side');
    expect(layoutMode(1139)).toBe('sheet');
    expect(layoutMode(1024)).toBe('sheet');
    expect(layoutMode(390)).toBe('sheet');
  });

  it('never grows so wide that the page keeps less than its minimum', () => {
    const [min, max] = widthBounds(1366, GUTTER);
    expect(min).toBe(280);
    expect(1366 - max - GUTTER).toBe(MIN_PAGE_WIDTH);
    expect(widthBounds(1140, GUTTER)[1]).toBeGreaterThanOrEqual(DEFAULT_WIDTH);
  });

  it('starts the sheet at a third of the height and keeps it between bounds', () => {
    expect(DEFAULT_SHEET).toBeCloseTo(1 / 3);
    const [min, max] = sheetBounds(844);
    expect(min).toBeLessThan(844 / 3);
    expect(max).toBeLessThan(844);
  });
});

describe('what is remembered', () => {
  it('keeps the width and the sheet, and forgets an "open" stored by earlier versions', () => {
    expect(readState({ open: false, width: 420 })).toEqual({ width: 420, sheet: DEFAULT_SHEET });
    expect(readState({ width: 'wide', sheet: 7 })).toEqual({ width: DEFAULT_WIDTH, sheet: DEFAULT_SHEET });
    expect(readState({ width: 300, sheet: 0.5 })).toEqual({ width: 300, sheet: 0.5 });
    expect(readState(null)).toEqual({ width: DEFAULT_WIDTH, sheet: DEFAULT_SHEET });
  });

  it('reads the stored state and settings under the keys the rest uses, before the engine loads', async () => {
    expect(STATE_KEY).toBe(CONTROLLER_STATE_KEY);
    expect(EARLY_SETTINGS_KEY).toBe(SETTINGS_KEY);
    const g = globalThis as { chrome?: unknown };
    const area = (values: Record<string, unknown>) => ({ get: async (key: string) => (key in values ? { [key]: values[key] } : {}) });
    g.chrome = { runtime: {}, storage: { local: area({ [STATE_KEY]: { width: 400 } }), sync: area({}) } };
    try {
      expect(await readEarly()).toEqual([{ width: 400 }, undefined]);
    } finally {
      delete g.chrome;
    }
    // No extension API (an orphaned script): nothing, and no throw.
    expect(await readEarly()).toEqual([undefined, undefined]);
  });
});

describe('the room reserved while the engine loads', () => {
  /** A page as reserveRoom sees it: a window's width, and <html>'s inline style and attributes. */
  const page = (width: number) => {
    const props = new Map<string, [string, string]>([['margin-right', ['3px', '']]]);
    const attributes = new Set<string>();
    const style = {
      getPropertyValue: (p: string) => props.get(p)?.[0] ?? '',
      getPropertyPriority: (p: string) => props.get(p)?.[1] ?? '',
      setProperty: (p: string, v: string, priority = '') => void props.set(p, [v, priority]),
      removeProperty: (p: string) => void props.delete(p),
    };
    const documentElement = { style, hasAttribute: (a: string) => attributes.has(a), setAttribute: (a: string) => void attributes.add(a) };
    return { defaultView: { innerWidth: width }, documentElement } as unknown as Document;
  };
  const margin = (doc: Document, prop = 'margin-right') => doc.documentElement.style.getPropertyValue(prop);
  it('is the margin the panel will take beside the page, to the pixel, and is given back', () => {
    const doc = page(1366);
    const release = reserveRoom(doc, [undefined, undefined]);
    expect(margin(doc)).toBe(`${DEFAULT_WIDTH + GUTTER}px`);
    release();
    expect(margin(doc)).toBe('3px');
    reserveRoom(doc, [{ width: 5000 }, { highlights: false }]);
    expect(margin(doc)).toBe(`${widthBounds(1366, 0)[1]}px`);
    const left = page(1920);
    reserveRoom(left, [{ width: 300 }, { side: 'left' }]);
    expect(margin(left, 'margin-left')).toBe(`${300 + GUTTER}px`);
  });

  it('is not made for a panel that opens on demand, as a sheet, or over an earlier instance', () => {
    const asked = page(1366);
    reserveRoom(asked, [undefined, { open: 'on-demand' }]);
    expect(margin(asked)).toBe('3px');
    const narrow = page(1024);
    reserveRoom(narrow, [undefined, undefined]);
    expect(margin(narrow)).toBe('3px');
    const taken = page(1366);
    taken.documentElement.setAttribute('data-question-lens', 'panel');
    reserveRoom(taken, [undefined, undefined]);
    expect(margin(taken)).toBe('3px');
  });
});
