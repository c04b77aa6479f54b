// The few lines printed at the end of an audit: what was read, what failed and why, the statuses,
// the timing, and the five ministers with the largest share of sub-questions not fully answered.

import { ITEM_STATUSES, mostNotAnswered, type AuditAggregates } from './aggregate';
import { percent } from './charts';
import { say, type Catalog } from './words';

export const TOP_MINISTERS = 5;

export function totalsLines(aggregates: AuditAggregates, written: readonly string[], catalog: Catalog): string[] {
  const { words } = catalog;
  const t = aggregates.totals;
  const lines: string[] = [];
  const reasons = aggregates.failuresByReason.map((f) => `${f.files} ${catalog.failures[f.reason]}`).join(', ');
  lines.push(say(words, 'totalsFiles', { files: t.files, read: t.read, failed: t.failed, reasons: reasons ? ` (${reasons})` : '' }));
  if (t.duplicates > 0) lines.push(say(words, 'totalsDuplicates', { n: t.duplicates }));
  const statuses = ITEM_STATUSES.filter((s) => t.statuses[s] > 0).map((s) => `${t.statuses[s]} ${catalog.statuses[s]}`).join(', ');
  lines.push(say(words, 'totalsQuestions', { questions: t.questions, subQuestions: t.subQuestions, statuses: statuses || '0' }));
  const lateDays = t.daysLate.median === null ? '' : say(words, 'totalsLateDays', { median: t.daysLate.median, worst: t.daysLate.worst ?? 0 });
  lines.push(say(words, 'totalsTiming', { onTime: t.timing['on-time'], late: t.timing.late, lateDays, unanswered: t.timing.unanswered, awaiting: t.timing.awaiting }));
  const top = mostNotAnswered(aggregates.byMinister, TOP_MINISTERS);
  if (top.length > 0) {
    lines.push(words.totalsTopMinisters);
    top.forEach((g, i) =>
      lines.push(say(words, 'totalsTopMinister', { rank: i + 1, minister: g.label ?? words.unknownMinister, n: g.notAnswered, of: g.subQuestions, share: percent(g.notAnswered, g.subQuestions, catalog.locale) })),
    );
  }
  if (written.length > 0) lines.push(say(words, 'totalsWritten', { files: written.join(', ') }));
  return lines;
}
