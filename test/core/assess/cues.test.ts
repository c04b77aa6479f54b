// Every cue family meets its examples, in any person, tense and word order, and misses the plain
// statements beside them (lexicon/cue-examples.ts); the words it relied on are quoted.
import { describe, expect, it } from 'vitest';
import { findCues, questionNumberIn } from '../../../src/core/assess/cues';
import { CUE_EXAMPLES } from '../../../src/core/assess/lexicon/cue-examples';
import { CUE_FAMILIES } from '../../../src/core/assess/lexicon/cues';

const cuesOf = (s: string, language: 'fr' | 'nl') => findCues(s, { start: 0, end: s.length }, language);

describe('cue families', () => {
  it('every family has examples in both languages', () => {
    for (const family of CUE_FAMILIES.filter((f) => f !== 'cannot-answer' && f !== 'point-answer')) {
      for (const language of ['fr', 'nl'] as const) expect(CUE_EXAMPLES.some((e) => e.family === family && e.language === language), `${family} ${language}`).toBe(true);
    }
  });
  for (const example of CUE_EXAMPLES) {
    it(`${example.family} (${example.language}) meets its examples`, () => {
      for (const s of example.meets) {
        const found = cuesOf(s, example.language).filter((c) => c.family === example.family);
        expect(found.length, s).toBeGreaterThan(0);
        expect(s, s).toContain(found[0]!.evidence.split(' ')[0]);
      }
    });
    it(`${example.family} (${example.language}) misses the plain statements`, () => {
      for (const s of example.missesAll) expect(cuesOf(s, example.language).map((c) => c.family), s).not.toContain(example.family);
    });
  }
  it('reads the number of the question pointed to', () => {
    expect(questionNumberIn('Je renvoie à ma réponse à la question écrite n° 5-7879.')).toBe('5-7879');
    expect(questionNumberIn('Zie mijn antwoord op vraag nr. 242.')).toBe('242');
    expect(questionNumberIn('Zie het antwoord hierboven.')).toBeNull();
  });
});
