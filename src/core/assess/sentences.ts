// Sentence boundaries inside a span, kept as spans of the flat text. A full stop ends a sentence
// when a space or line break and a capital (or an opening quote, or a digit list marker) follow;
// "art. 5", "n° 7-1649", "1.500" and "M. Dupont" do not end one.

import type { Span } from '../model';

const ABBREVIATIONS = /(?:\b(?:art|n°|nr|cf|cfr|bv|bijv|m|mme|mr|dhr|mevr|p|blz|e\.a|o\.a|a\.s|vs|etc|enz|ibid|d\.d|min|max|ca)|\b\p{Lu})\.$/iu;

export function sentenceSpans(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = skipSpace(text, span.start, span.end);
  for (let i = span.start; i < span.end; i++) {
    const c = text[i]!;
    let end = -1;
    if (c === '\n' && text[i + 1] === '\n') end = i;
    else if (c === '?' || c === '!' || c === '.') {
      const next = text.slice(i + 1, i + 4);
      // The Chamber's flattened text glues sentences together ("…piste?Zo ja, …", "…drones.Deze …"):
      // a question mark, or a full stop after a lower-case word, directly followed by a capitalised
      // word still ends a sentence.
      const glued = (c === '?' && /^\p{Lu}/u.test(next)) || (c === '.' && /^\p{Lu}\p{Ll}/u.test(next) && /\p{Ll}{3}$/u.test(text.slice(Math.max(span.start, i - 3), i)));
      if (i + 1 >= span.end || glued || /^[\s\u00a0]+(?:[\p{Lu}«"'(\d–-]|$)/u.test(next) || /^\n/.test(next)) {
        if (c === '.' && ABBREVIATIONS.test(text.slice(Math.max(span.start, i - 6), i + 1))) continue;
        end = i + 1;
      }
    }
    if (end > start) {
      out.push(trim(text, { start, end }));
      start = skipSpace(text, end, span.end);
    }
  }
  if (start < span.end) {
    const last = trim(text, { start, end: span.end });
    if (last.end > last.start) out.push(last);
  }
  return out.filter((s) => s.end > s.start);
}

export function wordCount(text: string, span: Span): number {
  return (text.slice(span.start, span.end).match(/[\p{L}\d]+/gu) ?? []).length;
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && /\s/.test(text[i]!)) i++;
  return i;
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
