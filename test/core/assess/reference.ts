// The reference page (question 7-1649) as assess sees it: the flat text, and the spans of the eight
// sub-questions and answers, found by their "1) … 8)" markers at the start of a line.

import { readFileSync } from 'node:fs';
import type { AssessContext, PairedItem } from '../../../src/core/assess';
import type { Span } from '../../../src/core/model';

export const referenceText = readFileSync(new URL('../../fixtures/reference/senate-7-1649-fr.txt', import.meta.url), 'utf8');

function partsBetween(text: string, from: string, to: string | null): Map<string, Span> {
  const start = text.indexOf(from);
  const end = to ? text.indexOf(to, start) : text.length;
  const region = text.slice(start, end);
  const out = new Map<string, Span>();
  const markers = [...region.matchAll(/^(\d)\) /gm)];
  markers.forEach((m, k) => {
    const bodyStart = start + m.index! + m[0].length;
    const next = markers[k + 1];
    let bodyEnd = next ? start + next.index! : end;
    while (/\s/.test(text[bodyEnd - 1]!)) bodyEnd--;
    out.set(m[1]!, { start: bodyStart, end: bodyEnd });
  });
  return out;
}

export const questionParts = partsBetween(referenceText, 'Je souhaite dès lors', 'Réponse reçue le');
export const answerParts = partsBetween(referenceText, 'Réponse reçue le', null);

export function referenceItem(label: string, refersTo: string | null = null): PairedItem {
  const answerSpan = answerParts.get(label) ?? null;
  const reference = refersTo && answerSpan ? findReference(answerSpan, new RegExp(`au\\s+point\\s+${refersTo}\\)`, 'u')) : null;
  return { label, questionSpan: questionParts.get(label)!, answerSpan, groupedWith: [], refersTo, reference, pairedBy: 'label' };
}

function findReference(span: Span, words: RegExp): { text: string; span: Span } | null {
  const m = words.exec(referenceText.slice(span.start, span.end));
  if (!m) return null;
  const start = span.start + m.index;
  return { text: m[0], span: { start, end: start + m[0].length } };
}

export const referenceContext: AssessContext = {
  text: referenceText,
  language: 'fr',
  answerExists: true,
  answerSpanOf: (label) => answerParts.get(label) ?? null,
  // As core/analyse gives it: the whole answer, each part its own, eight sub-questions.
  answerRegion: { start: referenceText.indexOf('\n', referenceText.indexOf('Réponse reçue le')) + 1, end: referenceText.length },
  sharedBy: () => 1,
  items: 8,
};
