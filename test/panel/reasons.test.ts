import { describe, expect, it } from 'vitest';
import { translator } from '../../src/panel/catalogs';
import { reasonText } from '../../src/panel/reasons';
import { analyseFixture, fixtureCases } from '../helpers/fixtures';

// Every reason the engine gives on the fixtures, in the three panel languages.
const items = fixtureCases().flatMap((name) => analyseFixture(name).analysis.items);
const reasons = items.flatMap((item) => item.reasons.map((reason) => ({ item, reason })));

describe('reasons in the panel language', () => {
  it('has reasons of many kinds to check', () => {
    expect(new Set(reasons.map((r) => r.reason.code)).size).toBeGreaterThanOrEqual(6);
  });

  it.each(['fr', 'nl'] as const)('words every reason code the engine gives in %s, with no placeholder left', (language) => {
    const t = translator(language);
    for (const { item, reason } of reasons) {
      const text = reasonText(reason, item, t);
      expect(text, reason.code).not.toBe(reason.text);
      expect(text, reason.code).not.toMatch(/\$\d/);
    }
  });

  it('names the label a referred answer points to', () => {
    const referred = reasons.find((r) => r.reason.code === 'refers-to')!;
    expect(reasonText(referred.reason, referred.item, translator('fr'))).toBe(`La réponse renvoie à la réponse au point ${referred.item.refersTo!.label} au lieu de répondre ici.`);
    expect(reasonText(referred.reason, referred.item, translator('nl'))).toBe(`Het antwoord verwijst naar het antwoord op punt ${referred.item.refersTo!.label} in plaats van hier te antwoorden.`);
  });

  it('keeps the engine\'s sentence for a code it does not know', () => {
    const { item } = reasons[0]!;
    expect(reasonText({ code: 'something-new' as never, text: 'A new kind of reason.' }, item, translator('fr'))).toBe('A new kind of reason.');
  });
});
