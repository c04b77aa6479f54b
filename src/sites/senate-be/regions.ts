// Where the question text and the answer text stand: after the label "Question n° 7-1649 du … :"
// up to "Réponse reçue le … :", and from there to the end of the answer (end of text, a rule of
// underscores, the site's footer, or — on a bilingual page — where the other language begins).

import type { Language, Span } from '../../core/model';
import { trimSpan } from '../../core/text';
import { DATE_PATTERN, parseDate } from './dates';
import { LABELS, NUMBER_SIGN, QUESTION_ID, type PageLanguage } from './labels';
import { isRule, isSiteChrome } from './segments';

const spaced = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, String.raw`\s+`);
/** A label must open a line or a table cell. */
const AT_BLOCK_START = String.raw`(?<=^|[\n\t])[^\S\n\t]*`;

export interface LabelMatch {
  index: number;
  end: number;
  id: string | null;
  date: string | null;
  originalLanguage: Language | null;
}

/** "Question n° 7-1649 du … :", or on the real print version the heading repeated with the date
 * ("SENAAT Schriftelijke vraag nr. 5-1480 d.d. 23 februari 2011 : (Vraag gesteld in het Frans)").
 * The repeated heading counts only with its date and, when `headingId` is given, with the heading's
 * id: a list of questions prints other questions' headings. */
export function findQuestionLabel(text: string, lang: PageLanguage, from: number, headingId: string | null = null): LabelMatch | null {
  const l = LABELS[lang];
  const mentions = l.originalLanguage.map(([words]) => spaced(words)).join('|');
  const sign = String.raw`(?:${NUMBER_SIGN}\s*)?`;
  const tail = String.raw`[^\S\n]*:?(?:\s*\(\s*(${mentions})\s*\))?[^\S\n]*:?`;
  const date = String.raw`(?:${l.datePrefix}\s+)?(${DATE_PATTERN})`;
  const short = new RegExp(String.raw`${AT_BLOCK_START}${spaced(l.questionLabel)}\s+${sign}${QUESTION_ID}(?:\s+${date})?${tail}`, 'giu');
  const repeated = new RegExp(
    String.raw`${AT_BLOCK_START}(?:${l.printHeadingPrefix}\s+)?${spaced(l.heading)}\s+${sign}${QUESTION_ID}\s+${date}${tail}`,
    'giu',
  );
  const first = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = from;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (re !== repeated || !headingId || `${Number(m[1])}-${Number(m[2])}` === headingId) return m;
    }
    return null;
  };
  const candidates = [first(short), first(repeated)].filter((m): m is RegExpExecArray => m !== null);
  const m = candidates.sort((a, b) => a.index - b.index)[0];
  if (!m) return null;
  let originalLanguage: Language | null = null;
  if (m[4]) {
    const said = m[4].replace(/\s+/g, ' ').toLowerCase();
    originalLanguage = l.originalLanguage.find(([w]) => w.toLowerCase() === said)?.[1] ?? null;
  }
  return {
    index: m.index,
    end: m.index + m[0].length,
    id: `${Number(m[1])}-${Number(m[2])}`,
    date: m[3] ? parseDate(m[3]) : null,
    originalLanguage,
  };
}

export function findAnswerLabel(text: string, lang: PageLanguage, from: number): LabelMatch | null {
  const l = LABELS[lang];
  const dated = new RegExp(String.raw`${AT_BLOCK_START}(?:${l.answerLabelPattern})[^\S\n]+(${DATE_PATTERN})[^\S\n]*:?`, 'giu');
  dated.lastIndex = from;
  const m = dated.exec(text);
  if (m) return { index: m.index, end: m.index + m[0].length, id: null, date: parseDate(m[1]!), originalLanguage: null };
  // Some print pages only say "Réponse :" / "Antwoord :"; the chronology's "Réponse" has no colon.
  const bare = new RegExp(String.raw`${AT_BLOCK_START}${spaced(l.answered)}[^\S\n]*:`, 'giu');
  bare.lastIndex = from;
  const b = bare.exec(text);
  return b ? { index: b.index, end: b.index + b[0].length, id: null, date: null, originalLanguage: null } : null;
}

/** First offset at or after `from` where a block closes the text: a rule line or a footer line. */
export function findClosingLine(text: string, from: number): number {
  let lineStart = text.lastIndexOf('\n', from - 1) + 1;
  // Start with the next whole line: the label's own line is not a closing line.
  if (lineStart < from) {
    const nl = text.indexOf('\n', from);
    if (nl < 0) return text.length;
    lineStart = nl + 1;
  }
  // Rules straight after the label (before any text) separate the label from its text: skipped.
  let seenText = text.slice(from, lineStart).trim() !== '';
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const closes = isRule(line.trim()) || isSiteChrome(line);
    if (closes && seenText) return lineStart;
    if (!closes && line.trim()) seenText = true;
    lineStart = lineEnd + 1;
  }
  return text.length;
}

/** A trimmed span, or null when nothing is left in it. */
export function region(text: string, start: number, end: number): Span | null {
  if (end <= start) return null;
  const span = trimSpan(text, { start, end });
  return span.end > span.start ? span : null;
}
