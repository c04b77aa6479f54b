// The readable summary a reviewer sees in a terminal.

import { referenceCell } from './csv';
import type { Analysis, ItemStatus } from '../core/model';

const ORDER: ItemStatus[] = ['answered', 'partial', 'deflected', 'referred', 'missing', 'awaiting', 'unanswered'];

function firstWords(s: string, max = 70): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function summarise(file: string, a: Analysis): string {
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
