// Reads a Senate page from its flat text only (never from markup): detects a written question by
// its labels, reads the header, and finds the question and answer regions.

import type { SiteReading } from '../site';
import type { FlatText } from '../../core/text';
import { emptyMeta, PAGE_INCOMPLETE, type PageInfo } from '../../core/model';
import { findHeadings, type HeadingMatch } from './detect';
import type { PageLanguage } from './labels';
import { readHeader } from './metadata';
import { findAnswerLabel, findClosingLine, findQuestionLabel, region } from './regions';
import { splitSegments, type Segment } from './segments';
import { parseQuestionUrl } from './url';
import { endedBy } from './legislatures';
import { todayIso } from '../../core/analyse';

export { SITE_ID } from './site-id';
import { SITE_ID } from './site-id';

function otherPage(url: string | null, warnings: string[] = []): SiteReading {
  const parsed = url ? parseQuestionUrl(url) : null;
  return {
    page: { site: SITE_ID, kind: 'other', language: parsed?.lang ?? null, url, variant: parsed?.variant ?? null },
    meta: emptyMeta(),
    questionRegion: null,
    answerRegion: null,
    language: parsed?.lang ?? null,
    warnings,
  };
}

/** How a question's text ends when it is whole: a full stop, a question mark, a bracket… */
const FINAL_PUNCTUATION = /[.?!:;…)\]»"”'’*]$/u;

/** On a side-by-side bilingual page keep, of each multi-cell line, the cell of the page's column. */
function columnSegments(segments: Segment[], heading: HeadingMatch): Segment[] {
  const own = segments.find((s) => s.start <= heading.index && heading.index < s.end);
  if (!own || own.cells < 2) return segments;
  return segments.filter((s) => s.cells < 2 || s.cells !== own.cells || s.cell === own.cell);
}

export function readPage(flat: FlatText, url: string | null, today: string = todayIso()): SiteReading {
  const text = flat.text;
  const parsedUrl = url ? parseQuestionUrl(url) : null;
  const headings = findHeadings(text);
  if (headings.length === 0) return otherPage(url);

  const warnings: string[] = [];
  const bilingual = headings.length > 1;
  const lang: PageLanguage = bilingual ? (parsedUrl?.lang ?? 'fr') : headings[0]!.language;
  const heading = headings.find((h) => h.language === lang)!;
  const other = headings.find((h) => h.language !== lang) ?? null;
  const otherLang: PageLanguage | null = other?.language ?? null;
  const sideBySide =
    other !== null &&
    !text.slice(Math.min(heading.index, other.index), Math.max(heading.index, other.index)).includes('\n');
  // One language after the other: this language's section stops where the other one begins.
  const sectionEnd = other && !sideBySide && other.index > heading.index ? other.index : text.length;

  const headingId = `${heading.legislature}-${heading.number}`;
  let questionLabel = findQuestionLabel(text, lang, heading.end, headingId);
  if (questionLabel && questionLabel.index >= sectionEnd) questionLabel = null;
  let answerLabel = findAnswerLabel(text, lang, questionLabel?.end ?? heading.end);
  if (answerLabel && answerLabel.index >= sectionEnd) answerLabel = null;

  let segments = splitSegments(text);
  if (sideBySide) segments = columnSegments(segments, heading);
  const bodyStart = questionLabel?.index ?? answerLabel?.index ?? sectionEnd;
  const header = readHeader(text, segments, heading, lang, bodyStart);
  // A heading alone, or a heading with an answer date (a list of questions with their status, a
  // search result), does not make a question page: it needs two of the question's own parts.
  const parts = [header.hasAuthorLine, header.hasChronology, questionLabel !== null, answerLabel !== null].filter(Boolean).length;
  // One part only, and that the author line or the question's label: a question page saved before
  // the rest of it loaded, more likely than anything else.
  if (parts < 2) return otherPage(url, parts === 1 && !answerLabel && !header.hasChronology ? [PAGE_INCOMPLETE] : []);
  warnings.push(...header.warnings);
  const meta = header.meta;

  // Where the other language's text begins, when both stand on the page.
  const otherStarts = (from: number): number[] => {
    if (!otherLang || !other) return [];
    const found = [findQuestionLabel(text, otherLang, from)?.index, findAnswerLabel(text, otherLang, from)?.index];
    if (other.index >= from) found.push(other.index);
    if (sideBySide) {
      const tab = text.indexOf('\t', from);
      if (tab >= 0) found.push(tab);
    }
    return found.filter((x): x is number => x !== undefined);
  };

  let questionStart: number;
  if (questionLabel) questionStart = questionLabel.end;
  else {
    questionStart = header.headerEnd;
    warnings.push('No question label ("Question n° … du …" / "Vraag nr. … d.d. …") found; the question is taken to start after the header.');
  }
  const questionLimit = answerLabel?.index ?? sectionEnd;
  const questionEnd = Math.min(questionLimit, findClosingLine(text, questionStart), ...otherStarts(questionStart));
  const questionRegion = region(text, questionStart, questionEnd);
  if (!questionRegion) warnings.push('The question text is empty.');

  // Cut short: a question label and text, no answer, and the text stops mid-sentence.
  if (questionLabel && questionRegion && !answerLabel) {
    const questionText = text.slice(questionRegion.start, questionRegion.end);
    if (/\p{L}{3}/u.test(questionText) && !FINAL_PUNCTUATION.test(questionText)) {
      warnings.push(PAGE_INCOMPLETE);
    }
  }

  let answerRegion = null;
  if (answerLabel) {
    const answerEnd = Math.min(sectionEnd, findClosingLine(text, answerLabel.end), ...otherStarts(answerLabel.end));
    answerRegion = region(text, answerLabel.end, answerEnd);
    if (!answerRegion) warnings.push('An answer label was found but no answer text after it.');
  }

  if (questionLabel) {
    meta.originalLanguage = questionLabel.originalLanguage;
    if (!meta.askedOn && questionLabel.date) meta.askedOn = questionLabel.date;
    if (questionLabel.id && questionLabel.id !== meta.id) {
      warnings.push(`The question label names ${questionLabel.id} but the heading names ${meta.id}.`);
    }
  }
  const answeredRow = [...meta.events].reverse().find((e) => e.kind === 'answered');
  meta.answeredOn = answerLabel?.date ?? answeredRow?.date ?? null;
  if (answerLabel && !meta.answeredOn) warnings.push('No date found for the answer.');
  if (!answerLabel && answeredRow) warnings.push('The chronology lists an answer but no answer text was found.');

  // No answer, and none will come: closed, or lapsed with the legislature (said by the page, or
  // known from the legislature's dates).
  if (!meta.answeredOn) {
    meta.closedOn = meta.events.find((e) => e.kind === 'closed' && e.date)?.date ?? null;
    const lapsedRow = meta.events.find((e) => e.kind === 'lapsed' && e.date);
    if (lapsedRow) meta.lapsedOn = lapsedRow.date;
    else if (!meta.closedOn) {
      const end = endedBy(meta.legislature, today);
      // A question dated after its legislature's end contradicts the table: nothing is inferred.
      if (end && (!meta.askedOn || meta.askedOn <= end)) {
        meta.lapsedOn = end;
        meta.lapseInferred = true;
      }
    }
  }

  if (parsedUrl && (parsedUrl.legislature !== meta.legislature || parsedUrl.number !== meta.number)) {
    warnings.push(`The address names ${parsedUrl.legislature}-${parsedUrl.number} but the page shows ${meta.id}.`);
  }
  if (bilingual) {
    warnings.push(
      sideBySide
        ? `Bilingual page with the languages side by side: regions are read from the ${lang} column and end at its table cell, so a text spread over several table rows is cut short.`
        : `Bilingual page: only the ${lang} text is read.`,
    );
  }

  const variant = bilingual ? 'print-bilingual' : heading.print || parsedUrl?.variant === 'print' ? 'print' : 'page';
  const page: PageInfo = { site: SITE_ID, kind: 'written-question', language: lang, url, variant };
  return { page, meta, questionRegion, answerRegion, language: lang, warnings };
}
