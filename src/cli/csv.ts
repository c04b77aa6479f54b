import type { Analysis } from '../core/model';

const COLUMNS = ['file', 'id', 'label', 'status', 'confidence', 'refersTo', 'groupedWith', 'unaddressed', 'reasons', 'question', 'answer'] as const;

function cell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
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
      item.label,
      item.status,
      item.confidence.toFixed(2),
      item.refersTo ?? '',
      item.groupedWith.join(' '),
      item.unaddressed.join(' | '),
      item.reasons.map((r) => r.text).join(' | '),
      item.question,
      item.answer ?? '',
    ]
      .map(cell)
      .join(','),
  );
}
