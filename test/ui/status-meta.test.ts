// Status metadata in one place (issue 11): complete for every status, the panel's names derived from
// it, and an icon per status that tells it without its colour.

import { describe, expect, it } from 'vitest';
import type { ItemStatus } from '../../src/core/model';
import { translator } from '../../src/panel/catalogs';
import * as panelStatus from '../../src/panel/status';
import {
  STATUS_ATTENTION,
  STATUS_COLOURS,
  STATUS_ICON,
  STATUS_MESSAGE,
  STATUS_ORDER,
  STATUS_SYMBOL,
  STATUS_SYMBOL_ASCII,
  needsAttention,
  statusMeta,
  statusSymbol,
} from '../../src/ui/status-meta';

const ALL: ItemStatus[] = ['answered', 'partial', 'deflected', 'referred', 'missing', 'awaiting', 'unanswered'];
const sorted = (xs: readonly string[]) => [...xs].sort();

describe('status metadata', () => {
  it('orders every status once, good news first', () => {
    expect(sorted(STATUS_ORDER)).toEqual(sorted(ALL));
    expect(new Set(STATUS_ORDER).size).toBe(STATUS_ORDER.length);
    expect(STATUS_ORDER[0]).toBe('answered');
  });

  it('has every table complete', () => {
    for (const table of [STATUS_MESSAGE, STATUS_ATTENTION, STATUS_ICON, STATUS_SYMBOL, STATUS_SYMBOL_ASCII, STATUS_COLOURS]) {
      expect(sorted(Object.keys(table))).toEqual(sorted(ALL));
    }
  });

  // The French catalog calls both missing and unanswered "sans réponse" (left to the catalogs' owner);
  // their icons (✕, —) and colours still tell them apart. Any other shared word fails.
  const SHARED_WORDS = new Set(['fr:missing/unanswered']);

  it('names every status in the three catalogs, each differently (but the known French pair)', () => {
    for (const language of ['en', 'fr', 'nl'] as const) {
      const t = translator(language);
      const words = STATUS_ORDER.map((s) => t(STATUS_MESSAGE[s]));
      for (const [i, w] of words.entries()) {
        expect(w.length, `${language} ${STATUS_ORDER[i]}`).toBeGreaterThan(0);
        expect(w, `${language} ${STATUS_ORDER[i]}`).not.toBe(STATUS_MESSAGE[STATUS_ORDER[i]!]);
      }
      for (let i = 0; i < words.length; i++) {
        for (let j = i + 1; j < words.length; j++) {
          const pair = `${language}:${STATUS_ORDER[i]}/${STATUS_ORDER[j]}`;
          if (words[i] === words[j]) expect(SHARED_WORDS.has(pair), `${pair} share "${words[i]}"`).toBe(true);
        }
      }
    }
  });

  it('asks for attention on everything but a plain answer', () => {
    expect(STATUS_ORDER.filter(needsAttention)).toEqual(STATUS_ORDER.filter((s) => s !== 'answered'));
  });

  it('gives every status an icon of its own: one character, not an emoji, not a letter', () => {
    const icons = STATUS_ORDER.map((s) => STATUS_ICON[s]);
    expect(new Set(icons).size).toBe(STATUS_ORDER.length);
    for (const icon of icons) {
      expect([...icon]).toHaveLength(1);
      expect(icon).not.toMatch(/\p{Emoji_Presentation}|\p{L}|\p{N}/u);
      // Not one that turns into an emoji with a variation selector either (e.g. ✔, ↪, ⏳).
      expect(icon).not.toMatch(/\p{Extended_Pictographic}/u);
    }
    // The shapes the issue asked for: a check, a half disc, an arrow, a barred circle, a cross, a clock, a dash.
    expect(STATUS_ICON).toEqual({ answered: '✓', partial: '◐', referred: '→', deflected: '⊘', missing: '✕', awaiting: '◷', unanswered: '—' });
  });

  it('gives the CLI a plain-text symbol per status, and an ASCII one, all different', () => {
    expect(STATUS_SYMBOL).toEqual(STATUS_ICON);
    const ascii = STATUS_ORDER.map((s) => STATUS_SYMBOL_ASCII[s]);
    expect(new Set(ascii).size).toBe(ascii.length);
    for (const a of ascii) expect(a).toMatch(/^[\x21-\x7e]$/);
    expect(statusSymbol('partial')).toBe('◐');
    expect(statusSymbol('partial', true)).toBe('~');
  });

  it('gathers one status\'s metadata', () => {
    expect(statusMeta('deflected')).toEqual({
      status: 'deflected',
      order: 3,
      message: 'statusDeflected',
      needsAttention: true,
      icon: '⊘',
      symbol: '⊘',
      asciiSymbol: '/',
      colours: STATUS_COLOURS.deflected,
    });
  });

  it('is what src/panel/status.ts exports, and counts from it', () => {
    expect(panelStatus.STATUS_ORDER).toBe(STATUS_ORDER);
    expect(panelStatus.STATUS_MESSAGE).toBe(STATUS_MESSAGE);
    expect(panelStatus.STATUS_ICON).toBe(STATUS_ICON);
    expect(panelStatus.needsAttention).toBe(needsAttention);
    const items = (['missing', 'answered', 'missing', 'awaiting'] as ItemStatus[]).map((status) => ({ status }));
    const counts = panelStatus.countByStatus(items);
    expect([...counts.keys()]).toEqual(STATUS_ORDER);
    expect(Object.fromEntries(counts)).toMatchObject({ answered: 1, missing: 2, awaiting: 1, partial: 0 });
    expect(panelStatus.attentionCount(items)).toBe(3);
  });
});
