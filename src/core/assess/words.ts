// Words as evidence: content words reduced to their Snowball stem, with the stop words of the
// language and the words that only make a sentence a question left out. Numbers and capitalised
// names are kept apart because they are strong evidence on their own.

import { stemmer as frenchStem } from '@orama/stemmers/french';
import { stemmer as dutchStem } from '@orama/stemmers/dutch';
import type { Language, Span } from '../model';
import { GENERIC_ACTION_WORDS, QUESTION_WORDS } from './lexicon/question-words';
import { STOP_WORDS } from './lexicon/stopwords';

export type TextLanguage = 'fr' | 'nl';

export interface Token {
  /** The word as written. */
  word: string;
  /** Lower-cased Snowball stem. */
  stem: string;
  span: Span;
  /** Capitalised inside a sentence: likely a name ("Clearview", "Child Focus"). */
  isName: boolean;
  isNumber: boolean;
}

const ODD_APOSTROPHE = /[’‘`´]/;
const ODD_APOSTROPHES = /[’‘`´]/g;

const STOP: Record<TextLanguage, Set<string>> = {
  fr: new Set([...STOP_WORDS.fr, ...QUESTION_WORDS.fr, ...GENERIC_ACTION_WORDS.fr].map(fold)),
  nl: new Set([...STOP_WORDS.nl, ...QUESTION_WORDS.nl, ...GENERIC_ACTION_WORDS.nl].map(fold)),
};

const STEMMERS: Record<TextLanguage, (word: string) => string> = { fr: frenchStem, nl: dutchStem };

// Stemming is most of the engine's time on long pages, and a page says the same words again and
// again: each (folded) word is stemmed once. Bounded, so a long-running process does not grow.
const STEM_CACHE_LIMIT = 50_000;
const stemCache: Record<TextLanguage, Map<string, string>> = { fr: new Map(), nl: new Map() };

function stem(lower: string, language: TextLanguage): string {
  const cache = stemCache[language];
  let found = cache.get(lower);
  if (found === undefined) {
    if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
    found = STEMMERS[language](lower);
    cache.set(lower, found);
  }
  return found;
}

// Letters (elisions and hyphens split words: "l'entreprise" → "entreprise", "sont-ils" → "sont",
// "ils") or numbers written with thousands separators ("1.500"; "2 500" is two tokens, and that is fine).
const WORD = /\p{L}[\p{L}\p{M}]*|\d+(?:[.,]\d+)*/gu;

/** Lower-case and unify apostrophes, keeping the length so that offsets stay valid. */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  // Most words hold no apostrophe: skip the replace (and its new string) for them.
  return ODD_APOSTROPHE.test(lower) ? lower.replace(ODD_APOSTROPHES, "'") : lower;
}

export function textLanguage(language: Language | null, sample: string): TextLanguage {
  if (language === 'fr' || language === 'nl') return language;
  return guessLanguage(sample);
}

/** Decide between French and Dutch by counting their commonest short words. */
export function guessLanguage(sample: string): TextLanguage {
  const words = fold(sample).match(/\p{L}+/gu) ?? [];
  let fr = 0;
  let nl = 0;
  for (const w of words) {
    if (FRENCH_MARKERS.has(w)) fr += 1;
    if (DUTCH_MARKERS.has(w)) nl += 1;
  }
  return nl > fr ? 'nl' : 'fr';
}
const FRENCH_MARKERS = new Set(['le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'pour', 'que', 'qui', 'dans', 'sur', 'au', 'aux', 'pas', 'ne']);
const DUTCH_MARKERS = new Set(['de', 'het', 'een', 'en', 'van', 'is', 'voor', 'dat', 'die', 'niet', 'op', 'met', 'zijn', 'worden', 'wordt', 'ook']);

/** Every word of `text` within `span`, with its stem; stop words included (see contentTokens). */
export function tokens(text: string, span: Span, language: TextLanguage): Token[] {
  const out: Token[] = [];
  const slice = text.slice(span.start, span.end);
  WORD.lastIndex = 0;
  for (const m of slice.matchAll(WORD)) {
    let word = m[0];
    let start = span.start + (m.index ?? 0);
    // Trailing hyphens come from "a-t-il" and the like.
    if (word.endsWith('-')) word = word.replace(/-+$/, '');
    if (!word) continue;
    const isNumber = /^\d/.test(word);
    const lower = fold(word);
    // A capital only says "name" inside a sentence: look at what precedes only for capitals.
    const isName = !isNumber && /^\p{Lu}/u.test(word) && !startsSentence(text, span.start, start) && !STOP[language].has(lower);
    out.push({ word, stem: isNumber ? normaliseNumber(word) : stem(lower, language), span: { start, end: start + word.length }, isName, isNumber });
  }
  return out;
}

function startsSentence(text: string, from: number, start: number): boolean {
  const before = text.slice(Math.max(from, start - 3), start);
  return before.trim() === '' || /[.?!:;)]\s*$/.test(before) || /\n/.test(before);
}

// The signals, the evidence and the focus sentences read the same spans of the same page: each
// span's content tokens are computed once per page. Callers only read the arrays.
let memo: { text: string; language: TextLanguage; spans: Map<string, Token[]> } | null = null;

/** Tokens that carry meaning: no stop words, no question words, no one- or two-letter words. */
export function contentTokens(text: string, span: Span, language: TextLanguage): Token[] {
  if (!memo || memo.text !== text || memo.language !== language) memo = { text, language, spans: new Map() };
  const key = `${span.start}:${span.end}`;
  let found = memo.spans.get(key);
  if (!found) {
    found = tokens(text, span, language).filter((t) => t.isNumber || (t.word.length > 2 && !STOP[language].has(fold(t.word))));
    memo.spans.set(key, found);
  }
  return found;
}

/** The Snowball stem of one word, as tokens() computes it. */
export function stemOf(word: string, language: TextLanguage): string {
  return stem(fold(word), language);
}

export function isStopWord(word: string, language: TextLanguage): boolean {
  return STOP[language].has(fold(word));
}

/** "1.500" and "1500" are the same number; years stay as they are. */
function normaliseNumber(word: string): string {
  return word.replace(/[.,](?=\d{3}\b)/g, '');
}
