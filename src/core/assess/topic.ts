// The words a whole page keeps returning to ("Clearview", "police") are its subject, not evidence
// that one particular question was answered. A stem is a topic stem when it stands in many of the
// page's paragraphs.

import type { Span } from '../model';
import { contentTokens, type TextLanguage } from './words';

const MIN_PARAGRAPHS = 4;
const MIN_SHARE = 0.25;

let cache: { text: string; language: TextLanguage; stems: Set<string> } | null = null;

export function topicStems(text: string, language: TextLanguage): Set<string> {
  if (cache && cache.text === text && cache.language === language) return cache.stems;
  const paragraphs: Span[] = [];
  const re = /[^\n]+/g;
  for (const m of text.matchAll(re)) {
    if (m[0].trim().length > 0) paragraphs.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  const frequency = new Map<string, number>();
  for (const p of paragraphs) {
    for (const stem of new Set(contentTokens(text, p, language).filter((t) => !t.isNumber).map((t) => t.stem))) {
      frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
    }
  }
  const threshold = Math.max(MIN_PARAGRAPHS, Math.ceil(MIN_SHARE * paragraphs.length));
  const stems = new Set([...frequency].filter(([, n]) => n >= threshold).map(([s]) => s));
  cache = { text, language, stems };
  return stems;
}
