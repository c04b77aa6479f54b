// `--csv FILE`: one row per sub-question, the question's metadata beside the item's columns, for a
// spreadsheet. Page text is untrusted and spreadsheets run a cell that looks like a formula, so
// every cell is neutralised before it is quoted (spreadsheetSafeCell). Written as a stream, a row
// at a time.

import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ministerOffice } from './minister';
import type { AuditItem, AuditQuestion, AuditReference } from './record';

export const CSV_COLUMNS = [
  'file', 'address', 'id', 'legislature', 'title', 'author', 'party', 'minister', 'addressee',
  'asked', 'deadline', 'answered', 'timing', 'days late',
  'label', 'status', 'confidence', 'reasons', 'evidence', 'refers to', 'question', 'answer',
] as const;

/** What a spreadsheet takes for the start of a formula (=, +, -, @) or slips in before one (a tab,
 * a carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell that a spreadsheet shows as text: a cell starting like a formula gets a leading
 * apostrophe (which spreadsheets hide), then the cell is quoted when it holds a quote, a comma or a
 * line break. */
export function spreadsheetSafeCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const neutral = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(neutral) ? `"${neutral.replace(/"/g, '""')}"` : neutral;
}

export function csvHeader(): string {
  return CSV_COLUMNS.map(spreadsheetSafeCell).join(',');
}

/** The rows of one question, one per sub-question. */
export function csvRows(q: AuditQuestion): string[] {
  const minister = ministerOffice(q.addressee)?.label ?? '';
  const question = [
    q.file, q.url, q.id, q.legislature, q.title, q.author, q.party, minister, q.addressee,
    q.askedOn, q.deadline, q.answeredOn, q.timing, daysLate(q),
  ];
  return q.items.map((item) => [...question, ...itemCells(item)].map(spreadsheetSafeCell).join(','));
}

function itemCells(item: AuditItem): Array<string | number | null> {
  return [
    item.label,
    item.status,
    item.confidence.toFixed(2),
    item.reasons.map((r) => r.code).join(' '),
    item.reasons.flatMap((r) => (r.evidence ? [r.evidence] : [])).join(' | '),
    referenceCell(item.refersTo),
    item.question,
    item.answer,
  ];
}

/** Days past the deadline: of the answer when late, of today (or the closing, the lapse) when
 * unanswered; 0 on time; empty when not known. */
function daysLate(q: AuditQuestion): number | null {
  if (q.timing === 'on-time') return 0;
  if (q.timing === 'late' || q.timing === 'unanswered') return q.timeliness.days;
  return null;
}

/** "1" (another sub-question), "question 5-7879", "website: …", "registry: …", "document: …". */
function referenceCell(r: AuditReference | null): string {
  if (!r) return '';
  if (r.kind === 'item') return r.label ?? '?';
  if (r.kind === 'question' && r.questionId) return `question ${r.questionId}`;
  return `${r.kind}: ${r.text}`;
}

/** Writes the CSV: a byte-order mark (so that spreadsheets read it as UTF-8, accents and all), the
 * header, the rows, each line ended by CRLF as RFC 4180 has it. */
export async function writeCsv(path: string, questions: readonly AuditQuestion[]): Promise<void> {
  function* lines(): Generator<string> {
    yield `\uFEFF${csvHeader()}\r\n`;
    for (const q of questions) for (const row of csvRows(q)) yield `${row}\r\n`;
  }
  await pipeline(Readable.from(lines()), createWriteStream(path));
}
