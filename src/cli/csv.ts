import type { Analysis, Reference } from '../core/model';

const COLUMNS = ['file', 'id', 'timeliness', 'label', 'status', 'confidence', 'refersTo', 'groupedWith', 'unaddressed', 'interrogatives', 'reasons', 'question', 'answer'] as const;

/**
 * A cell a spreadsheet will show as text: one starting with "=", "+", "-", "@", a tab or a carriage
 * return may be run as a formula by Excel, LibreOffice or Google Sheets (CSV injection: the texts
 * come from a web page), so it gets a leading apostrophe, as OWASP advises: the cell is then text
 * (some programs show the apostrophe). A sub-question's text starting "- " gets one too.
 */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function cell(value: string): string {
  const safe = spreadsheetSafe(value);
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvHeader(): string {
  return COLUMNS.join(',');
}

/** One row per sub-question. */
export function csvRows(file: string, analysis: Analysis): string[] {
  return analysis.items.map((item) =>
    [
      file,
      analysis.question.id ?? '',
      timeliness(analysis),
      item.label,
      item.status,
      item.confidence.toFixed(2),
      referenceCell(item.refersTo),
      item.groupedWith.join(' '),
      item.unaddressed.join(' | '),
      item.interrogatives.map((q) => `${q.verdict}: ${q.text}`).join(' | '),
      item.reasons.map((r) => r.text).join(' | '),
      item.question,
      item.answer ?? '',
    ]
      .map(cell)
      .join(','),
  );
}

/** "on-time", "late 4 days", "overdue 812 days", "awaiting 3 days", "closed 83 days", "lapsed 0 days",
 * "closed", "unknown": for closed and lapsed, the days past the deadline on that day. */
function timeliness(analysis: Analysis): string {
  const { verdict, days } = analysis.timeliness;
  return verdict === 'on-time' || verdict === 'unknown' || days === null ? verdict : `${verdict} ${days} days`;
}

/** "1" (another sub-question), "question 5-7879", "registry: …", "website: …", "document: …". */
export function referenceCell(r: Reference | null): string {
  if (!r) return '';
  if (r.kind === 'item') return r.label ?? '?';
  if (r.kind === 'question' && r.questionId) return `question ${r.questionId}`;
  return `${r.kind}: ${r.text}`;
}
