import { describe, expect, it } from 'vitest';
import { PAGE_STRINGS, pageTranslator } from '../../src/options/strings';
import { uiLanguageOf } from '../../src/ui/ui-language';
import { languageFor } from '../../src/panel/i18n';

describe('strings of the options page and the popup', () => {
  it('has every key in all three languages, with the same $n substitutions', () => {
    const keys = Object.keys(PAGE_STRINGS.en).sort();
    expect(keys.length).toBeGreaterThan(30);
    const subs = (m: string) => (m.match(/\$\d/g) ?? []).sort();
    for (const other of [PAGE_STRINGS.fr, PAGE_STRINGS.nl]) {
      expect(Object.keys(other).sort()).toEqual(keys);
      for (const k of keys) expect(subs((other as Record<string, string>)[k]!), k).toEqual(subs((PAGE_STRINGS.en as Record<string, string>)[k]!));
    }
  });

  it('fills substitutions and falls back to the panel catalogue', () => {
    expect(pageTranslator('nl')('popupAttention', 3, 8)).toBe('3 van de 8 deelvragen vragen aandacht');
    expect(pageTranslator('fr')('questionHeading', '7-1649')).toBe('Question écrite n° 7-1649');
  });

  it('picks the interface and panel languages', () => {
    expect(uiLanguageOf('fr-BE')).toBe('fr');
    expect(uiLanguageOf('nl_NL')).toBe('nl');
    expect(uiLanguageOf('de')).toBe('en');
    expect(languageFor({ language: 'page' }, 'nl')).toBe('nl');
    expect(languageFor({ language: 'page' }, null)).toBe('en');
    expect(languageFor({ language: 'en' }, 'fr')).toBe('en');
  });
});
