import { describe, expect, it } from 'vitest';
import en from '../../_locales/en/messages.json';
import fr from '../../_locales/fr/messages.json';
import nl from '../../_locales/nl/messages.json';
import { translator } from '../../src/panel/catalogs';
import { panelLanguage } from '../../src/panel/i18n';
import { timelineShape } from '../../src/panel/timeline';

describe('panel strings', () => {
  it('has every key in all three languages, with the same $n substitutions', () => {
    const keys = Object.keys(en).sort();
    expect(keys.length).toBeGreaterThan(50);
    for (const other of [fr, nl]) {
      expect(Object.keys(other).sort()).toEqual(keys);
      for (const k of keys) {
        const subs = (m: string) => (m.match(/\$\d/g) ?? []).sort();
        expect(subs((other as Record<string, { message: string }>)[k]!.message), k).toEqual(subs((en as Record<string, { message: string }>)[k]!.message));
      }
    }
  });

  it('speaks the page language, English elsewhere, and fills substitutions', () => {
    expect(panelLanguage('nl')).toBe('nl');
    expect(panelLanguage('de')).toBe('en');
    expect(translator('fr')('questionHeading', '7-1649')).toBe('Question écrite n° 7-1649');
    expect(translator('nl')('verdictLate', translator('nl')('dayCount', 74))).toBe('Beantwoord met 74 dagen vertraging');
  });
});

describe('timeline strip', () => {
  it('puts the deadline between asked and answered, and marks the late part', () => {
    // Asked 14/1/2021, deadline 18/2/2021 (35 days), answered 3/5/2021 (109 days).
    const shape = timelineShape({ askedOn: '2021-01-14', deadline: '2021-02-18', answeredOn: '2021-05-03' }, '2025-01-01')!;
    expect(shape.points.map((p) => p.kind)).toEqual(['asked', 'deadline', 'answered']);
    expect(shape.points[1]!.position).toBeCloseTo(35 / 109, 5);
    expect(shape.lateFrom).toBeCloseTo(35 / 109, 5);
  });

  it('ends at today while awaiting, with no late part before the deadline', () => {
    const shape = timelineShape({ askedOn: '2024-10-03', deadline: '2024-11-07', answeredOn: null }, '2024-10-20')!;
    expect(shape.points.map((p) => p.kind)).toEqual(['asked', 'today', 'deadline']);
    expect(shape.lateFrom).toBeNull();
  });
});
