// Splits a sub-question into its interrogatives: sentences ending in "?", conditional follow-ups
// ("Si oui, …", "Zo ja, …", also inside a sentence: "… en zo ja, hoe?") and requests phrased without
// a question mark ("Je souhaite connaître …", "Graag had ik vernomen …"). Context sentences are left out.

import type { Span } from '../model';
import {
  COORDINATED_QUESTION, FOLLOW_UPS, INLINE_FOLLOW_UP, REQUESTS, WANTS_DATE, WANTS_NUMBER, WH_WORDS,
  type AnswerKind, type FollowUpKind,
} from './lexicon/interrogatives';
import { sentenceSpans } from './sentences';
import { fold, type TextLanguage } from './words';

export interface FoundInterrogative {
  span: Span;
  text: string;
  kind: AnswerKind;
  followUp: FollowUpKind | null;
  /** Index of the interrogative whose answer decides whether this follow-up applies. */
  premise: number | null;
}

export function findInterrogatives(text: string, span: Span, language: TextLanguage): FoundInterrogative[] {
  // Each piece remembers whether its sentence asks: "… uitgevoerd" is asked by the "?" of "… en zo ja, hoe?".
  const pieces: Array<{ span: Span; asked: boolean }> = [];
  for (const sentence of sentenceSpans(text, span)) {
    const asked = /\?\s*$/.test(text.slice(sentence.start, sentence.end));
    for (const piece of splitInlineFollowUps(text, sentence)) pieces.push({ span: piece, asked });
  }

  const out: FoundInterrogative[] = [];
  let inRequest = false;
  for (const { span: piece, asked } of pieces) {
    const raw = text.slice(piece.start, piece.end);
    const folded = fold(raw).replace(/^[\s\p{P}\d]*(?:[a-z]\)\s*)?/u, '');
    const followUp = FOLLOW_UPS.find((f) => f.pattern.test(folded))?.kind ?? null;
    const isRequest = REQUESTS.some((r) => r.test(folded));
    const isQuestion = asked;
    // A request ending in ":" governs the list lines that follow it.
    const continuesRequest = inRequest && /^[\s]*(?:[-–•*]|[a-z]\)|\d+°)/u.test(raw);
    inRequest = isRequest && /:\s*$/.test(raw);
    if (!isQuestion && !followUp && !isRequest && !continuesRequest) continue;
    const premise = followUp ? out.length - 1 : null;
    out.push({ span: piece, text: raw, kind: answerKind(folded, isQuestion || followUp !== null, language), followUp, premise: premise !== null && premise >= 0 ? premise : null });
  }
  if (out.length === 0) {
    // A sub-question stated as a bare request ("Le nombre de dossiers par année.") is one interrogative.
    const raw = text.slice(span.start, span.end).trim();
    if (raw) {
      const start = span.start + text.slice(span.start, span.end).indexOf(raw);
      out.push({ span: { start, end: start + raw.length }, text: raw, kind: answerKind(fold(raw), false, language), followUp: null, premise: null });
    }
  }
  return out;
}

function splitInlineFollowUps(text: string, sentence: Span): Span[] {
  const slice = fold(text.slice(sentence.start, sentence.end));
  const cuts: number[] = [];
  for (const pattern of [INLINE_FOLLOW_UP, COORDINATED_QUESTION]) {
    for (const m of slice.matchAll(pattern)) {
      const at = (m.index ?? 0) + m[0].length;
      if (at > 0 && at < slice.length) cuts.push(at);
    }
  }
  cuts.sort((a, b) => a - b);
  if (cuts.length === 0) return [sentence];
  const out: Span[] = [];
  let start = sentence.start;
  for (const cut of cuts) {
    out.push({ start, end: sentence.start + cut });
    start = sentence.start + cut;
  }
  out.push({ start, end: sentence.end });
  return out.map((s) => trimPunctuation(text, s)).filter((s) => s.end > s.start);
}

const DANGLING_CONJUNCTION = /\s(?:en|et|ainsi que)$/;
/** Long enough for a blank and the longest conjunction ("ainsi que"). */
const DANGLING_CONJUNCTION_LOOKBACK = 10;

function trimPunctuation(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,;]/.test(text[start]!)) start++;
  while (end > start && /[\s,;]/.test(text[end - 1]!)) end--;
  // "… uitgevoerd en" loses its dangling conjunction. Only the last characters are matched, and the
  // blanks before the word walked back by hand: an unanchored /\s+(?:en|et)$/ over the whole piece
  // backtracks quadratically on a long run of blanks.
  const tail = DANGLING_CONJUNCTION.exec(text.slice(Math.max(start, end - DANGLING_CONJUNCTION_LOOKBACK), end));
  if (tail) {
    end -= tail[0].length - 1;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
  }
  while (end > start && /[\s,;]/.test(text[end - 1]!)) end--;
  return { start, end };
}

function answerKind(folded: string, asked: boolean, language: TextLanguage): AnswerKind {
  if (WANTS_NUMBER[language].test(folded)) return 'number';
  if (WANTS_DATE[language].test(folded)) return 'date';
  if (asked && !WH_WORDS[language].test(stripFollowUp(folded))) return 'yes-no';
  return 'open';
}

function stripFollowUp(folded: string): string {
  return folded.replace(/^(?:si oui|si non|zo ja|zo neen|zo nee|zo niet|indien niet|indien wel)\s*,?\s*/u, '');
}
