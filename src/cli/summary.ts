// The readable summary a reviewer sees in a terminal.

import { referenceCell } from './csv';
import type { FailureReason, FileResult } from './analyse-file';
import type { Analysis, ItemStatus } from '../core/model';

const ORDER: ItemStatus[] = ['answered', 'partial', 'deflected', 'referred', 'missing', 'awaiting', 'unanswered'];

export interface SummaryOptions {
  /** Texts in full (--full); by default each is cut to about a line. */
  full?: boolean;
}

export function summarise(file: string, a: Analysis, options: SummaryOptions = {}): string {
  const firstWords = (s: string, max = 70): string => {
    const flat = s.replace(/\s+/g, ' ').trim();
    return !options.full && flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  };
  const q = a.question;
  const lines: string[] = [];
  lines.push(`${file}`);
  lines.push(`  ${q.id ? `Written question ${q.id}` : 'Written question (number unread)'}${q.title ? ` — ${q.title}` : ''}`);
  const who = [q.author ? `${q.author}${q.party ? ` (${q.party})` : ''}` : null, q.addressee ? `to ${q.addressee}` : null].filter(Boolean);
  if (who.length) lines.push(`  ${who.join(' ')}`);
  const dates = [q.askedOn && `asked ${q.askedOn}`, q.deadline && `deadline ${q.deadline}`, q.answeredOn && `answered ${q.answeredOn}`].filter(Boolean);
  lines.push(`  ${dates.join(' · ') || 'no dates read'} — ${a.timeliness.reason}`);
  for (const item of a.items) {
    const link = item.refersTo ? ` → ${referenceCell(item.refersTo)}` : item.groupedWith.length ? ` (with ${item.groupedWith.join(', ')})` : '';
    lines.push(`  ${item.label.padStart(3)}  ${(item.status + link).padEnd(16)} ${firstWords(item.question)}`);
    const reason = item.reasons[0];
    const indent = `       ${''.padEnd(16)} `;
    // A partial answer is told by what it left out; the other flags by the words they relied on.
    if (item.status === 'partial' || item.status === 'referred') {
      for (const u of item.unaddressed) lines.push(`${indent}unaddressed: ${firstWords(u, 80)}`);
    }
    if (item.status !== 'answered' && item.status !== 'partial' && reason) {
      lines.push(`${indent}${reason.text}${reason.evidence ? ` «${firstWords(reason.evidence, 60)}»` : ''}`);
    }
  }
  const counts = ORDER.map((s) => [s, a.items.filter((i) => i.status === s).length] as const).filter(([, n]) => n > 0);
  lines.push(`  ${a.items.length} sub-question(s): ${counts.map(([s, n]) => `${n} ${s}`).join(', ') || 'none found'}`);
  for (const part of a.extraAnswerParts) lines.push(`  extra answer part: ${part.reason} ${firstWords(part.text, 60)}`);
  for (const w of a.warnings) lines.push(`  warning: ${w}`);
  return lines.join('\n');
}

const REASON_WORDS: Record<FailureReason, string> = {
  'not-a-question': 'not a question',
  truncated: 'truncated',
  empty: 'empty',
  missing: 'missing',
  unreadable: 'unreadable',
  'too-large': 'too large',
  'too-deep': 'nested too deep',
  'no-pages': 'no pages',
};

/** 1204 → "1 204", as the README writes counts. */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ' ');
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

/** The last line of a batch: "330 files: 320 read, 10 failed (7 not a question, 3 truncated);
 * 1 204 sub-questions: 800 answered, 150 partial, …". */
export function totalsLine(results: readonly FileResult[]): string {
  const read = results.filter((r) => r.ok);
  const failed = results.filter((r) => !r.ok);
  const byReason = new Map<string, number>();
  for (const f of failed) {
    const word = f.reason ? REASON_WORDS[f.reason] : 'unreadable';
    byReason.set(word, (byReason.get(word) ?? 0) + 1);
  }
  const reasons = [...byReason].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word, n]) => `${count(n)} ${word}`);
  const items = read.flatMap((r) => r.analysis.items);
  const statuses = ORDER.map((s) => [s, items.filter((i) => i.status === s).length] as const).filter(([, n]) => n > 0);
  const files = `${plural(results.length, 'file')}: ${count(read.length)} read${failed.length ? `, ${count(failed.length)} failed (${reasons.join(', ')})` : ''}`;
  const subQuestions = `${plural(items.length, 'sub-question')}${statuses.length ? `: ${statuses.map(([s, n]) => `${count(n)} ${s}`).join(', ')}` : ''}`;
  return `${files}; ${subQuestions}`;
}
