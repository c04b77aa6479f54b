// Finds the refusal and pointer cue families of lexicon/cues.ts in a span, sentence by sentence. A
// sentence meets a family when each concept group of one of its rules has a word in it, in any order,
// so the cue survives another person, tense or word order. One pass over the words of the span; the
// concept terms are indexed by the first three letters of their first word.

import type { Span } from '../model';
import { CONCEPTS, CUE_RULES, QUESTION_NUMBER, type CueFamily } from './lexicon/cues';
import { sentenceSpans } from './sentences';
import { fold, type TextLanguage } from './words';

export interface CueMatch {
  family: CueFamily;
  /** The sentence holding the cue. */
  sentence: Span;
  /** From the first to the last word that met the rule: the deciding words. */
  span: Span;
  evidence: string;
  /** The folded words that met the rule. */
  words: string[];
}

interface Term { concept: string; words: string[]; exact: boolean[] }
interface Index { byPrefix: Map<string, Term[]> }

const WORD = /[\p{L}\p{N}]+/gu;
const indexes: Partial<Record<TextLanguage, Index>> = {};

function indexFor(language: TextLanguage): Index {
  const cached = indexes[language];
  if (cached) return cached;
  const byPrefix = new Map<string, Term[]>();
  for (const [concept, terms] of Object.entries(CONCEPTS[language])) {
    for (const raw of terms) {
      const parts = fold(raw).match(/[\p{L}\p{N}]+\$?|\$/gu) ?? [];
      const words: string[] = [];
      const exact: boolean[] = [];
      for (const p of parts) {
        if (p === '$') { exact[exact.length - 1] = true; continue; }
        words.push(p.replace(/\$$/, ''));
        exact.push(p.endsWith('$'));
      }
      if (words.length === 0) continue;
      // A trailing "$" in the source applies to the last word ("data$").
      if (/\$$/.test(raw)) exact[exact.length - 1] = true;
      const key = words[0]!.slice(0, 3);
      const list = byPrefix.get(key) ?? [];
      list.push({ concept, words, exact });
      byPrefix.set(key, list);
    }
  }
  const built = { byPrefix };
  indexes[language] = built;
  return built;
}

interface Word { w: string; start: number; end: number }

function wordsOf(folded: string, offset: number): Word[] {
  const out: Word[] = [];
  for (const m of folded.matchAll(WORD)) out.push({ w: m[0], start: offset + m.index!, end: offset + m.index! + m[0].length });
  return out;
}

function termAt(words: Word[], i: number, term: Term): boolean {
  for (let k = 0; k < term.words.length; k++) {
    const word = words[i + k];
    if (!word) return false;
    const want = term.words[k]!;
    if (term.exact[k] ? word.w !== want : !word.w.startsWith(want)) return false;
  }
  return true;
}

interface Hit { at: number; words: Word[] }

/** Every place each concept stands in a run of words. */
function conceptsIn(words: Word[], index: Index): Map<string, Hit[]> {
  const found = new Map<string, Hit[]>();
  for (let i = 0; i < words.length; i++) {
    const candidates = index.byPrefix.get(words[i]!.w.slice(0, 3));
    if (!candidates) continue;
    for (const term of candidates) {
      if (!termAt(words, i, term)) continue;
      const list = found.get(term.concept) ?? [];
      list.push({ at: i, words: words.slice(i, i + term.words.length) });
      found.set(term.concept, list);
    }
  }
  return found;
}

// The words that meet a rule must stand close together: a clause, not a whole long sentence.
const WINDOW = 12;

/** One hit per group, all within WINDOW words, or null. Tries each hit of the first group as anchor. */
function closeHits(groups: readonly (readonly string[])[], concepts: Map<string, Hit[]>): Hit[] | null {
  const options = groups.map((g) => g.flatMap((c) => concepts.get(c) ?? []));
  if (options.some((o) => o.length === 0)) return null;
  for (const anchor of options[0]!) {
    const chosen: Hit[] = [anchor];
    let ok = true;
    for (const opts of options.slice(1)) {
      const near = opts.find((h) => Math.abs(h.at - anchor.at) <= WINDOW && h !== anchor);
      if (!near) { ok = false; break; }
      chosen.push(near);
    }
    if (ok) return chosen;
  }
  return null;
}

export interface CueReading {
  matches: CueMatch[];
  /** Each sentence with the concepts standing in it: the model weighs concepts too, not only the
   * families they make up. */
  sentences: Array<{ span: Span; concepts: Set<string> }>;
}

export function findCues(text: string, span: Span, language: TextLanguage): CueMatch[] {
  return readCues(text, span, language).matches;
}

// The whole answer and its parts hold the same sentences: each sentence is read once per page.
let memo: { text: string; language: TextLanguage; sentences: Map<string, { concepts: Set<string>; matches: CueMatch[] }> } | null = null;

export function readCues(text: string, span: Span, language: TextLanguage): CueReading {
  if (!memo || memo.text !== text || memo.language !== language) memo = { text, language, sentences: new Map() };
  const out: CueMatch[] = [];
  const sentences: CueReading['sentences'] = [];
  for (const sentence of sentenceSpans(text, span)) {
    const key = `${sentence.start}:${sentence.end}`;
    let read = memo.sentences.get(key);
    if (!read) {
      read = readSentence(text, sentence, language);
      memo.sentences.set(key, read);
    }
    sentences.push({ span: sentence, concepts: read.concepts });
    out.push(...read.matches);
  }
  return { matches: out, sentences };
}

function readSentence(text: string, sentence: Span, language: TextLanguage): { concepts: Set<string>; matches: CueMatch[] } {
  const index = indexFor(language);
  const out: CueMatch[] = [];
  const raw = text.slice(sentence.start, sentence.end);
  const folded = fold(raw);
  const words = wordsOf(folded, sentence.start);
  const concepts = conceptsIn(words, index);
  const number = QUESTION_NUMBER.exec(folded);
  if (number) {
    const at = words.findIndex((w) => w.start >= sentence.start + number.index);
    concepts.set('question', [...(concepts.get('question') ?? []), { at: Math.max(0, at), words: at >= 0 ? [words[at]!] : [] }]);
  }
  const conceptNames = new Set(concepts.keys());
  const met = new Set<CueFamily>();
  for (const rule of CUE_RULES) {
    if (met.has(rule.family)) continue;
    const chosen = closeHits(rule.all, concepts);
    if (!chosen || rule.none?.some((c) => concepts.has(c))) continue;
    const hits = chosen.flatMap((h) => h.words);
    met.add(rule.family);
    const start = hits.length ? Math.min(...hits.map((h) => h.start)) : sentence.start;
    const end = hits.length ? Math.max(...hits.map((h) => h.end)) : sentence.end;
    out.push({ family: rule.family, sentence, span: { start, end }, evidence: clip(text.slice(start, end)), words: hits.map((h) => h.w) });
  }
  return { concepts: conceptNames, matches: out };
}

/** The number of the written question a pointer names, as written ("54-1234", "242"). */
export function questionNumberIn(s: string): string | null {
  return QUESTION_NUMBER.exec(fold(s))?.[1] ?? null;
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 140 ? `${one.slice(0, 137)}…` : one;
}
