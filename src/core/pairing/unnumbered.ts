// A question written without numbering still asks things: the paragraphs that hold a question mark
// or a request ("Je souhaite connaître", "Graag had ik vernomen") become sub-questions 1..n; the
// context paragraphs before them do not.

import type { Part } from '../model';
import { REQUEST_OPENINGS } from './requests';

export function findUnnumberedQuestions(text: string, paragraphs: Part[]): Part[] {
  const asking = paragraphs.filter((p) => asks(text.slice(p.bodySpan.start, p.bodySpan.end)));
  if (asking.length === 0 && paragraphs.length > 0 && words(text, paragraphs) >= MIN_WORDS) {
    // Nothing reads as a question: the whole text is the one thing asked.
    const first = paragraphs[0]!;
    const last = paragraphs[paragraphs.length - 1]!;
    const span = { start: first.bodySpan.start, end: last.bodySpan.end };
    return [{ labels: ['1'], marker: null, span, bodySpan: span }];
  }
  if (asking.length === 0) return [];
  return asking.map((p, index) => ({ ...p, labels: [String(index + 1)] }));
}

// Below this a "question" is debris (a page cut inside a tag leaves "<"), not something asked.
const MIN_WORDS = 3;

function words(text: string, paragraphs: Part[]): number {
  let count = 0;
  for (const p of paragraphs) {
    const found = text.slice(p.bodySpan.start, p.bodySpan.end).match(/\p{L}{2,}/gu);
    count += found ? found.length : 0;
    if (count >= MIN_WORDS) break;
  }
  return count;
}

function asks(paragraph: string): boolean {
  if (paragraph.includes('?')) return true;
  const lower = paragraph.toLowerCase();
  // A lead-in that announces questions ("Je souhaite dès lors vous poser les questions suivantes :")
  // asks nothing by itself.
  if (/:\s*$/.test(paragraph) && /\bquestions?\b|\bvragen\b/.test(lower)) return false;
  return REQUEST_OPENINGS.some((opening) => lower.includes(opening));
}
