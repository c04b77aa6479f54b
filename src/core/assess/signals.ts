// Named, typed signals for one (sub-question, answer part) pair: what the fitted verdict
// (assess/verdict.ts) weighs, what the eval logs, and where the reasons find their deciding words.
// Every signal is a number (0/1 for a presence, a share, or a log-length); SIGNAL_NAMES fixes their
// order, which the committed model weights follow.

import type { Span } from '../model';
import { readCues, type CueMatch, type CueReading } from './cues';
import { weighInterrogatives, type AssessedInterrogative } from './evidence';
import type { FoundInterrogative } from './interrogatives';
import { ASK_KINDS, ASK_PATTERNS, GIVE_YES_NO, MONTHS_OR_TERMS, type AskKind } from './lexicon/asks';
import { NUMBER_WORDS } from './lexicon/interrogatives';
import { CONCEPT_NAMES, CUE_FAMILIES, POINTER_FAMILIES, REFUSAL_FAMILIES, type CueFamily } from './lexicon/cues';
import { wordCount } from './sentences';
import { topicStems } from './topic';
import { contentTokens, fold, type TextLanguage } from './words';

export const PAIRING_KINDS = ['none', 'label', 'group', 'range', 'whole-answer', 'alignment'] as const;

export const SIGNAL_NAMES = [
  ...PAIRING_KINDS.map((k) => `paired.${k}` as const),
  'paired.sharedBy', // log2 of how many sub-questions share this answer part
  'paired.refersToItem', // pairing read a pointer to another sub-question's answer
  'length.part', // log(1 + words of the part)
  'length.question', // log(1 + words of the sub-question)
  'length.ratio', // log of part words over sub-question words
  'length.answer', // log(1 + words of the whole answer)
  'length.partShare', // share of the whole answer the part makes up
  ...CUE_FAMILIES.map((f) => `cue.${f}` as const), // the family is met in the part
  'cue.refusalShare', // share of the part's words in sentences with a refusal cue
  'cue.pointerShare',
  'cue.refusalFirst', // the part's first sentence carries a refusal cue
  'cue.pointerFirst',
  'answer.refusalShare', // the same shares over the whole answer
  'answer.pointerShare',
  'answer.shortHandOver', // a short whole answer mostly made of a refusal or a pointer
  ...ASK_KINDS.map((k) => `ask.${k}` as const), // what the sub-question asks for
  'ask.interrogatives', // log(1 + interrogatives found)
  'give.numbers', // log(1 + numbers in the part)
  'give.manyNumbers', // four or more numbers: a breakdown may stand there
  'give.date',
  'give.yesNo',
  'gap.number', // a number asked, none given
  'gap.date',
  'gap.breakdown',
  'cover.stems', // share of the sub-question's content stems found in the part (topic words aside)
  'cover.names', // share of its names and numbers found
  'iq.addressedStrong', // share of interrogatives addressed in words of their own
  'iq.unaddressed', // share with no trace
  'iq.unaddressedCheckable', // interrogatives with no trace that had words enough to be found by
  'iq.notApplicable', // a follow-up made moot by a denied premise
  'iq.mixed', // one interrogative answered in its own words and another, checkable one without a trace
  // The sentences of the part that take up this sub-question's own words (in a part shared by
  // several sub-questions, a refusal may concern one of them and not the others).
  'focus.refusal', // a refusal cue stands in those sentences
  'focus.pointer',
  'focus.coverage', // the best share of the sub-question's own stems found in one sentence
  'focus.silent', // no sentence of the part takes up any of them
  ...CONCEPT_NAMES.map((c) => `concept.${c}` as const), // the concept stands in the part's sentences that take up the sub-question
  ...CONCEPT_NAMES.map((c) => `first.${c}` as const), // … in the part's first sentence
  'answer.wordsPerItem', // log of the whole answer's words over the sub-questions it serves
  'cue.echo', // a refusal cue whose words the sub-question itself uses ("compétences" asked about): likely substance
  'focus.substance', // figures or dates stand in the sentences that take up the sub-question
  // A short part made of a refusal, a pointer or a cross-reference is that and nothing else.
  'short.refusal',
  'short.pointer',
  'short.crossReference',
] as const;

export type SignalName = (typeof SIGNAL_NAMES)[number];
export type Signals = Record<SignalName, number>;

export interface SignalInput {
  text: string;
  language: TextLanguage;
  questionSpan: Span;
  /** The paired answer part, or null. */
  answerSpan: Span | null;
  /** The whole answer region. */
  answerRegion: Span | null;
  pairedBy: string;
  /** How many sub-questions share this answer part (1 for a part of its own). */
  sharedBy: number;
  refersToItem: boolean;
  /** How many sub-questions the question has. */
  items?: number;
  interrogatives: FoundInterrogative[];
  /** The answer it refers to, when it refers: looked at for evidence too. */
  extraAnswerSpans?: Span[];
}

export interface SignalReading {
  signals: Signals;
  /** Cue matches in the part, for the reasons. */
  cues: CueMatch[];
  /** Cue matches in the sentences that take up this sub-question. */
  focusCues: CueMatch[];
  /** Cue matches of the whole answer. */
  answerCues: CueMatch[];
  weighed: AssessedInterrogative[];
  asks: AskKind[];
}

// The whole answer's cues are the same for every sub-question: computed once per answer.
interface AnswerCues { cues: CueMatch[]; words: number; refusalShare: number; pointerShare: number }
let answerCueCache: (AnswerCues & { text: string; start: number; end: number }) | null = null;

function answerCues(text: string, region: Span, language: TextLanguage): AnswerCues {
  const c = answerCueCache;
  if (c && c.text === text && c.start === region.start && c.end === region.end) return c;
  const cues = readCues(text, region, language).matches;
  const words = wordCount(text, region);
  const fresh = { text, start: region.start, end: region.end, cues, words, refusalShare: familyShare(text, cues, REFUSAL_FAMILIES, words), pointerShare: familyShare(text, cues, POINTER_FAMILIES, words) };
  answerCueCache = fresh;
  return fresh;
}
const NO_ANSWER: AnswerCues = { cues: [], words: 0, refusalShare: 0, pointerShare: 0 };

// A part shared by several sub-questions is read once.
let partCueCache: { text: string; start: number; end: number; reading: CueReading } | null = null;

function partCues(text: string, part: Span, language: TextLanguage): CueReading {
  const c = partCueCache;
  if (c && c.text === text && c.start === part.start && c.end === part.end) return c.reading;
  const reading = readCues(text, part, language);
  partCueCache = { text, start: part.start, end: part.end, reading };
  return reading;
}

export function computeSignals(input: SignalInput): SignalReading {
  const { text, language, questionSpan, answerSpan, answerRegion } = input;
  const s = Object.fromEntries(SIGNAL_NAMES.map((n) => [n, 0])) as Signals;
  const pairing = answerSpan ? input.pairedBy : 'none';
  s[`paired.${(PAIRING_KINDS as readonly string[]).includes(pairing) ? pairing : 'label'}` as SignalName] = 1;
  s['paired.sharedBy'] = Math.log2(Math.max(1, input.sharedBy));
  s['paired.refersToItem'] = input.refersToItem ? 1 : 0;

  const questionWords = wordCount(text, questionSpan);
  const partWords = answerSpan ? wordCount(text, answerSpan) : 0;
  const answer = answerRegion ? answerCues(text, answerRegion, language) : NO_ANSWER;
  s['length.part'] = Math.log1p(partWords);
  s['length.question'] = Math.log1p(questionWords);
  s['length.ratio'] = Math.log((1 + partWords) / (1 + questionWords));
  s['length.answer'] = Math.log1p(answer.words);
  s['length.partShare'] = answer.words ? Math.min(1, partWords / answer.words) : 0;

  const partReading = answerSpan ? partCues(text, answerSpan, language) : { matches: [], sentences: [] };
  const cues = partReading.matches;
  for (const c of cues) s[`cue.${c.family}` as SignalName] = 1;
  s['cue.refusalShare'] = familyShare(text, cues, REFUSAL_FAMILIES, partWords);
  s['cue.pointerShare'] = familyShare(text, cues, POINTER_FAMILIES, partWords);
  const first = partReading.sentences[0]?.span;
  const inFirst = (families: readonly CueFamily[]) => (first && cues.some((c) => families.includes(c.family) && c.sentence.start === first.start) ? 1 : 0);
  s['cue.refusalFirst'] = inFirst(REFUSAL_FAMILIES);
  s['cue.pointerFirst'] = inFirst(POINTER_FAMILIES);
  s['answer.refusalShare'] = answer.refusalShare;
  s['answer.pointerShare'] = answer.pointerShare;
  s['answer.shortHandOver'] = answer.words > 0 && answer.words <= 80 ? Math.max(s['answer.refusalShare'], s['answer.pointerShare']) : 0;

  const questionText = fold(text.slice(questionSpan.start, questionSpan.end));
  const asks = ASK_KINDS.filter((k) => ASK_PATTERNS[language][k].test(questionText));
  for (const k of asks) s[`ask.${k}` as SignalName] = 1;
  s['ask.interrogatives'] = Math.log1p(input.interrogatives.length);

  const partText = answerSpan ? text.slice(answerSpan.start, answerSpan.end) : '';
  const foldedPart = fold(partText);
  const numbers = countNumbers(partText) + (NUMBER_WORDS[language].test(foldedPart) ? 1 : 0);
  s['give.numbers'] = Math.log1p(numbers);
  s['give.manyNumbers'] = numbers >= 4 ? 1 : 0;
  s['give.date'] = MONTHS_OR_TERMS[language].test(foldedPart) ? 1 : 0;
  s['give.yesNo'] = GIVE_YES_NO[language].test(foldedPart) ? 1 : 0;
  s['gap.number'] = asks.includes('number') && numbers === 0 ? 1 : 0;
  s['gap.date'] = asks.includes('date') && !s['give.date'] ? 1 : 0;
  s['gap.breakdown'] = asks.includes('breakdown') && numbers < 4 ? 1 : 0;

  const topic = topicStems(text, language);
  const qTokens = contentTokens(text, questionSpan, language);
  const spans = answerSpan ? [answerSpan, ...(input.extraAnswerSpans ?? [])] : [];
  const partStems = new Set(spans.flatMap((sp) => contentTokens(text, sp, language)).map((t) => t.stem));
  const own = [...new Set(qTokens.filter((t) => !t.isNumber && !topic.has(t.stem)).map((t) => t.stem))];
  s['cover.stems'] = own.length ? own.filter((st) => partStems.has(st)).length / own.length : 0;
  const names = [...new Set(qTokens.filter((t) => t.isName || (t.isNumber && t.word.length > 1)).map((t) => t.stem))];
  s['cover.names'] = names.length ? names.filter((st) => partStems.has(st)).length / names.length : 0;

  const weighed = spans.length
    ? weighInterrogatives(input.interrogatives, { text, language, answerSpans: spans, topicStems: topic })
    : [];
  const n = Math.max(1, weighed.length);
  s['iq.addressedStrong'] = weighed.filter((q) => q.verdict === 'addressed' && q.strength === 'strong').length / n;
  s['iq.unaddressed'] = weighed.filter((q) => q.verdict === 'unaddressed').length / n;
  s['iq.unaddressedCheckable'] = Math.min(3, weighed.filter((q) => q.verdict === 'unaddressed' && q.checkable >= 2).length);
  s['iq.notApplicable'] = weighed.some((q) => q.verdict === 'not-applicable') ? 1 : 0;
  s['iq.mixed'] = s['iq.addressedStrong'] > 0 && s['iq.unaddressedCheckable'] > 0 ? 1 : 0;

  const focus = answerSpan ? focusSentences(text, answerSpan, partReading.sentences.map((x) => x.span), language, own) : { sentences: [], best: 0 };
  const inFocus = (c: CueMatch) => focus.sentences.some((f) => f.start === c.sentence.start);
  const focusCues = cues.filter(inFocus);
  s['focus.refusal'] = focusCues.some((c) => REFUSAL_FAMILIES.includes(c.family)) ? 1 : 0;
  s['focus.pointer'] = focusCues.some((c) => POINTER_FAMILIES.includes(c.family)) ? 1 : 0;
  s['focus.coverage'] = focus.best;
  s['focus.silent'] = answerSpan && own.length >= 2 && focus.best === 0 ? 1 : 0;
  const focusStarts = new Set((focus.sentences.length ? focus.sentences : partReading.sentences.map((x) => x.span)).map((f) => f.start));
  for (const x of partReading.sentences) {
    if (!focusStarts.has(x.span.start)) continue;
    for (const c of x.concepts) s[`concept.${c}` as SignalName] = 1;
  }
  for (const c of partReading.sentences[0]?.concepts ?? []) s[`first.${c}` as SignalName] = 1;
  s['answer.wordsPerItem'] = Math.log1p(answer.words / Math.max(1, input.items ?? 1));
  const questionWords4 = new Set((questionText.match(/\p{L}{5,}/gu) ?? []).map((w) => w.slice(0, 6)));
  s['cue.echo'] = cues.some((c) => REFUSAL_FAMILIES.includes(c.family) && c.words.some((w) => w.length >= 5 && questionWords4.has(w.slice(0, 6)))) ? 1 : 0;
  const short = partWords > 0 && partWords <= 40 ? 1 : 0;
  s['short.refusal'] = short * s['cue.refusalShare'];
  s['short.pointer'] = short * s['cue.pointerShare'];
  s['short.crossReference'] = short * s['paired.refersToItem'];
  s['focus.substance'] = focus.sentences.some((f) => {
    const t = text.slice(f.start, f.end);
    return countNumbers(t) > 0 || MONTHS_OR_TERMS[language].test(fold(t));
  }) ? 1 : 0;

  return { signals: s, cues, focusCues, answerCues: answer.cues, weighed, asks };
}

// A part's sentences with their stems, computed once per part: a part shared by ten sub-questions
// is read once, not ten times.
let sentenceCache: { text: string; start: number; end: number; sentences: Array<{ span: Span; stems: Set<string> }> } | null = null;

function focusSentences(text: string, part: Span, spans: Span[], language: TextLanguage, own: string[]): { sentences: Span[]; best: number } {
  if (!sentenceCache || sentenceCache.text !== text || sentenceCache.start !== part.start || sentenceCache.end !== part.end) {
    sentenceCache = { text, start: part.start, end: part.end, sentences: spans.map((span) => ({ span, stems: new Set(contentTokens(text, span, language).map((t) => t.stem)) })) };
  }
  if (own.length === 0) return { sentences: sentenceCache.sentences.map((x) => x.span), best: 0 };
  let best = 0;
  const scored = sentenceCache.sentences.map((x) => {
    const share = own.filter((st) => x.stems.has(st)).length / own.length;
    best = Math.max(best, share);
    return { span: x.span, share };
  });
  const threshold = Math.max(best * 0.6, 1 / own.length);
  return { sentences: best > 0 ? scored.filter((x) => x.share >= threshold).map((x) => x.span) : [], best };
}

function familyShare(text: string, cues: CueMatch[], families: readonly CueFamily[], total: number): number {
  if (!total) return 0;
  const seen = new Set<string>();
  let words = 0;
  for (const c of cues) {
    if (!families.includes(c.family)) continue;
    const key = `${c.sentence.start}:${c.sentence.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    words += wordCount(text, c.sentence);
  }
  return Math.min(1, words / total);
}

// Numbers that are figures: not a law's article number ("art. 5"), not the label of a sub-question
// pointed to ("au point 1)", "op vraag 2").
function countNumbers(s: string): number {
  let n = 0;
  for (const m of s.matchAll(/(?<![\p{L}\d-])\d+(?:[.,]\d+)*(?![\p{L}\d])/gu)) {
    const before = s.slice(Math.max(0, m.index! - 14), m.index!);
    if (/(?:\b(?:art|nr|no|point|punt|punten|points|vraag|vragen|question|questions|deelvraag|sous-question)|n°)\.?\s*$/iu.test(before)) continue;
    n += 1;
  }
  return n;
}
