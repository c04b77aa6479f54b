// Finds the refusals of the deflection lexicon in an answer part and decides whether the refusal
// *is* the answer: a long substantive answer that sends the reader elsewhere for details is still an
// answer.

import type { Span } from '../model';
import { DEFLECTIONS, FIRST_PERSON_REFUSAL, type DeflectionEntry } from './lexicon/deflection';
import { sentenceSpans, wordCount } from './sentences';
import { fold, type TextLanguage } from './words';

export interface DeflectionMatch {
  entry: DeflectionEntry;
  evidence: string;
  span: Span;
  sentence: Span;
}

export interface DeflectionFinding {
  matches: DeflectionMatch[];
  /** Share of the answer part's words that stand in sentences holding a refusal. */
  share: number;
  /** Words outside those sentences. */
  otherWords: number;
  /** The refusal is what the answer part says (short part, or the refusal is its main content). */
  dominant: boolean;
  /** The sentences of the part that hold no refusal, where any substance must stand. */
  rest: Span[];
}

// Beyond this many words of something else, the part says more than the refusal…
const MAX_OTHER_WORDS = 12;
// …unless the whole part is this short: a two-sentence hand-over ("The matter went to the Regions.
// Please ask my regional colleagues.") is a refusal with its excuse.
const SHORT_PART_WORDS = 45;

export function findDeflections(text: string, span: Span, language: TextLanguage | null): DeflectionFinding {
  // Fold the answer part only, not the page: this runs once per sub-question.
  const folded = fold(text.slice(span.start, span.end));
  const sentences = sentenceSpans(text, span);
  const matches: DeflectionMatch[] = [];
  for (const sentence of sentences) {
    const s = folded.slice(sentence.start - span.start, sentence.end - span.start);
    for (const entry of DEFLECTIONS) {
      if (language && entry.language !== language) continue;
      const m = entry.pattern.exec(s);
      if (!m) continue;
      if (entry.needs === 'first-person-refusal' && !FIRST_PERSON_REFUSAL[entry.language].test(s)) continue;
      const start = sentence.start + m.index;
      matches.push({ entry, evidence: text.slice(start, start + m[0].length), span: { start, end: start + m[0].length }, sentence });
    }
  }
  const total = Math.max(1, wordCount(text, span));
  const refusalSentences = unique(matches.map((m) => m.sentence));
  const refusalWords = refusalSentences.reduce((n, s) => n + wordCount(text, s), 0);
  const otherWords = Math.max(0, total - refusalWords);
  const share = refusalWords / total;
  const dominant = matches.length > 0 && (otherWords <= MAX_OTHER_WORDS || share >= 0.5 || total <= SHORT_PART_WORDS);
  const refusalKeys = new Set(refusalSentences.map((s) => `${s.start}:${s.end}`));
  const rest = sentences.filter((s) => !refusalKeys.has(`${s.start}:${s.end}`));
  return { matches, share, otherWords, dominant, rest };
}

function unique(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.start}:${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
