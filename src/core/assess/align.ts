// Aligns unnumbered answer paragraphs to the question's parts by content, keeping both orders:
// ministers answer in the order asked, so the best monotone alignment (dynamic programming over the
// whole answer, not a greedy nearest match) is both more robust and easier to trust.

import type { Language, Span } from '../model';
import { contentTokens, textLanguage, type TextLanguage } from './words';

// Below this similarity a paragraph is not claimed by a question on content alone.
const MIN_SIMILARITY = 0.04;

/** For each question part, the indices (ascending) of the answer paragraphs aligned to it. Each
 * paragraph belongs to at most one question part; a question part may get none. */
export function alignParagraphs(text: string, questionParts: Span[], answerParts: Span[], language: Language | null): Array<number[]> {
  const result: number[][] = questionParts.map(() => []);
  if (questionParts.length === 0 || answerParts.length === 0) return result;
  const lang = textLanguage(language, questionParts.map((s) => text.slice(s.start, s.end)).join(' '));
  const sim = similarityMatrix(text, questionParts, answerParts, lang);
  const n = questionParts.length;
  const m = answerParts.length;

  // best[j][i]: the best total for paragraphs 0..j-1 using only questions 0..i-1. It never decreases
  // with i. Paragraph j either stays unclaimed or goes to some question k < i, after paragraphs that
  // used questions 0..k only.
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  const choice: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(-1));
  for (let j = 0; j < m; j++) {
    let bestAssign = -Infinity;
    let bestK = -1;
    for (let i = 0; i <= n; i++) {
      if (i > 0) {
        const k = i - 1;
        const s = sim[k]![j]!;
        if (s >= MIN_SIMILARITY && best[j]![k + 1]! + s > bestAssign) {
          bestAssign = best[j]![k + 1]! + s;
          bestK = k;
        }
      }
      const skip = best[j]![i]!;
      if (bestK >= 0 && bestAssign > skip) {
        best[j + 1]![i] = bestAssign;
        choice[j + 1]![i] = bestK;
      } else {
        best[j + 1]![i] = skip;
        choice[j + 1]![i] = -1;
      }
    }
  }
  let i = n;
  for (let j = m; j > 0; j--) {
    const k = choice[j]![i]!;
    if (k >= 0) {
      result[k]!.unshift(j - 1);
      i = k + 1;
    }
  }
  fillGaps(result);
  return result;
}

/** A paragraph with no content match between two paragraphs of the same question continues it. */
function fillGaps(result: number[][]): void {
  for (const indices of result) {
    if (indices.length < 2) continue;
    const first = indices[0]!;
    const last = indices[indices.length - 1]!;
    const claimed = new Set(result.flat());
    for (let k = first + 1; k < last; k++) if (!claimed.has(k)) indices.push(k);
    indices.sort((a, b) => a - b);
  }
}

/** Cosine similarity of tf-idf stem vectors; numbers count as words. */
export function similarityMatrix(text: string, questionParts: Span[], answerParts: Span[], language: TextLanguage): number[][] {
  const bags = [...questionParts, ...answerParts].map((span) => {
    const bag = new Map<string, number>();
    for (const t of contentTokens(text, span, language)) bag.set(t.stem, (bag.get(t.stem) ?? 0) + 1);
    return bag;
  });
  const df = new Map<string, number>();
  for (const bag of bags) for (const stem of bag.keys()) df.set(stem, (df.get(stem) ?? 0) + 1);
  const total = bags.length;
  const vectors = bags.map((bag) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [stem, tf] of bag) {
      const w = (1 + Math.log(tf)) * Math.log(1 + total / (df.get(stem) ?? 1));
      v.set(stem, w);
      norm += w * w;
    }
    return { v, norm: Math.sqrt(norm) || 1 };
  });
  const q = vectors.slice(0, questionParts.length);
  const a = vectors.slice(questionParts.length);
  return q.map((qv) => a.map((av) => {
    let dot = 0;
    for (const [stem, w] of qv.v) dot += w * (av.v.get(stem) ?? 0);
    return dot / (qv.norm * av.norm);
  }));
}
