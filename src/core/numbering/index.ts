// Finds how a question or an answer is enumerated and cuts it into its parts: the top-level points
// (1), 2), "Ad 3", "En réponse à votre quatrième question", groups "1 et 2." …), the sub-points
// inside them (a), b), 2.1 …), and the text before the first point. Unnumbered text is cut into
// its paragraphs instead, so that pairing can still align it.

import type { Language, Marker, NumberingKind, Part, Span } from '../model';
import { trimSpan } from '../text';
import { readNumberList, romanValue, scanCandidates, type Candidate } from './candidates';
import { chooseSubLevel, chooseTopLevel } from './sequence';
import { ORDINAL_ADVERBS, ORDINAL_WORDS } from './words';

export interface Enumeration {
  kind: NumberingKind;
  /** Text before the first top-level marker, trimmed; null if empty (always null when unnumbered). */
  preamble: Span | null;
  /** Top-level parts in order; each runs from its marker to the next top-level marker. */
  parts: Part[];
  /** Every accepted marker, top level (depth 0) and sub-level (depth 1), in text order. */
  markers: Marker[];
}

export interface EnumerateOptions {
  language?: Language | null;
  /** The question's labels, when enumerating its answer: the answer may skip some of them. */
  expectedLabels?: string[];
}

/** The non-blank text between start and end (core/text's trimSpan), or null when there is none. */
function trimmed(text: string, start: number, end: number): Span | null {
  const span = trimSpan(text, { start, end });
  return span.start < span.end ? span : null;
}

function toMarker(text: string, c: Candidate, depth: number): Marker {
  return { labels: c.labels, raw: text.slice(c.start, c.end), span: { start: c.start, end: c.end }, style: c.style, depth };
}

/** Paragraphs of unnumbered text: blank-line separated, or line separated when there are no blank lines. */
function paragraphs(text: string, region: Span): Part[] {
  const slice = text.slice(region.start, region.end);
  const separator = /\n[ \t\u00a0]*\n/.test(slice) ? /\n[ \t\u00a0]*(?:\n[ \t\u00a0]*)+/g : /\n+/g;
  const parts: Part[] = [];
  let from = 0;
  const push = (a: number, b: number): void => {
    const span = trimmed(text, region.start + a, region.start + b);
    if (span) parts.push({ labels: [], marker: null, span, bodySpan: span });
  };
  for (const m of slice.matchAll(separator)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, slice.length);
  return parts;
}

export function enumerate(text: string, region: Span, options: EnumerateOptions = {}): Enumeration {
  const start = Math.max(0, region.start);
  const end = Math.min(text.length, region.end);
  const whole = trimmed(text, start, end);
  if (!whole) return { kind: 'none', preamble: null, parts: [], markers: [] };

  const candidates = scanCandidates(text, whole);
  const top = chooseTopLevel(candidates, whole.start, options.expectedLabels ?? null);
  const first = top[0];
  if (!first) return { kind: 'unnumbered', preamble: null, parts: paragraphs(text, whole), markers: [] };

  const parts: Part[] = [];
  const markers: Marker[] = [];
  let ci = 0;
  top.forEach((m, i) => {
    const next = top[i + 1];
    const partEnd = next ? next.start : whole.end;
    const span = trimmed(text, m.start, partEnd) ?? { start: m.start, end: m.end };
    const bodySpan = trimmed(text, m.bodyStart, partEnd) ?? { start: m.end, end: m.end };
    const marker = toMarker(text, m, 0);
    parts.push({ labels: m.labels, marker, span, bodySpan });
    markers.push(marker);
    while (ci < candidates.length && (candidates[ci] as Candidate).start < m.bodyStart) ci++;
    const inside: Candidate[] = [];
    while (ci < candidates.length && (candidates[ci] as Candidate).start < partEnd) inside.push(candidates[ci++] as Candidate);
    for (const sub of chooseSubLevel(inside, m.style, m.labels.length === 1 ? (m.labels[0] ?? null) : null)) {
      markers.push(toMarker(text, sub, 1));
    }
  });
  return { kind: 'numbered', preamble: trimmed(text, whole.start, first.start), parts, markers };
}

const LIST_NOUNS = /^(?:(?:les |la |le |de |uw |votre |vos )?(?:questions?|vra(?:ag|gen)|deelvra(?:ag|gen)|points?|punt(?:en)?|sous-questions?)(?: n[°º]| nr\.?| no\.?)?\s*)/iu;

/**
 * Parses a free-standing list of labels: "1 et 2" → ["1","2"], "1 à 3" → ["1","2","3"],
 * "1, 2 en 3", "1-3", "1 tot 3", "troisième" → ["3"], "3)" → ["3"], "b)" → ["b"], "II" → ["2"].
 * Returns null when the string is not just a list of labels.
 */
export function parseLabelList(s: string, language?: Language | null): string[] | null {
  void language; // French and Dutch words are both known; the language only matters if they clash
  let t = s.trim().replace(/[\s.:,;)]+$/u, '').replace(/^\(/, '').trim();
  t = t.replace(LIST_NOUNS, '').trim();
  if (t.length === 0) return null;
  const list = readNumberList(t, 0, t.length);
  if (list) {
    const rest = t.slice(list.end).replace(/^[.)]/, '').trim();
    return rest.length === 0 ? list.values.map(String) : null;
  }
  const word = t.toLowerCase();
  const ordinal = ORDINAL_WORDS[word] ?? ORDINAL_ADVERBS[word];
  if (ordinal !== undefined) return [String(ordinal)];
  const words = word.split(/\s*(?:,|\bet\b|\ben\b)\s*/u).filter((w) => w.length > 0);
  if (words.length > 1 && words.every((w) => ORDINAL_WORDS[w] !== undefined)) {
    return words.map((w) => String(ORDINAL_WORDS[w]));
  }
  if (/^[a-z]$/i.test(t)) return [t.toLowerCase()];
  const roman = romanValue(t);
  if (roman !== null && (t === t.toUpperCase() || t === t.toLowerCase())) return [String(roman)];
  return null;
}
