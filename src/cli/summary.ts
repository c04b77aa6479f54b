// The readable summary a reviewer sees in a terminal.

import { referenceCell } from './csv';
import type { FailureReason, FileResult } from './analyse-file';
import type { Analysis, ItemStatus, Language } from '../core/model';
import { verdictTitle } from '../panel/format';
import type { MessageKey, Translate } from '../panel/i18n';
import { reasonText, warningText } from '../panel/reasons';
import { STATUS_MESSAGE } from '../panel/status';
import { cliTranslator } from './words';

const ORDER: ItemStatus[] = ['answered', 'partial', 'deflected', 'referred', 'missing', 'awaiting', 'unanswered'];

export interface SummaryOptions {
  /** Texts in full (--full); by default each is cut to about a line. */
  full?: boolean;
  /** The reader's words (--lang); English by default. */
  t?: Translate;
  language?: Language;
}

export function summarise(file: string, a: Analysis, options: SummaryOptions = {}): string {
  const language = options.language ?? 'en';
  const t = options.t ?? cliTranslator(language);
  const firstWords = (s: string, max = 70): string => {
    const flat = s.replace(/\s+/g, ' ').trim();
    return !options.full && flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  };
  const q = a.question;
  const lines: string[] = [];
  lines.push(`${file}`);
  lines.push(`  ${q.id ? t('cliWrittenQuestion', q.id) : t('cliWrittenQuestionUnread')}${q.title ? ` — ${q.title}` : ''}`);
  const who = [q.author ? `${q.author}${q.party ? ` (${q.party})` : ''}` : null, q.addressee ? t('cliTo', q.addressee) : null].filter(Boolean);
  if (who.length) lines.push(`  ${who.join(' ')}`);
  const dates = [q.askedOn && t('cliAsked', q.askedOn), q.deadline && t('cliDeadline', q.deadline), q.answeredOn && t('cliAnsweredOn', q.answeredOn)].filter(Boolean);
  lines.push(`  ${dates.join(' · ') || t('cliNoDates')} — ${verdictTitle(t, a.timeliness, q, language)}`);
  const status = (s: ItemStatus) => t(STATUS_MESSAGE[s]);
  for (const item of a.items) {
    const link = item.refersTo ? ` → ${referenceCell(item.refersTo)}` : item.groupedWith.length ? ` (${t('cliWith', item.groupedWith.join(', '))})` : '';
    lines.push(`  ${item.label.padStart(3)}  ${(status(item.status) + link).padEnd(16)} ${firstWords(item.question)}`);
    const reason = item.reasons[0];
    const indent = `       ${''.padEnd(16)} `;
    // A partial answer is told by what it left out; the other flags by the words they relied on.
    if (item.status === 'partial' || item.status === 'referred') {
      for (const u of item.unaddressed) lines.push(`${indent}${t('cliUnaddressed', firstWords(u, 80))}`);
    }
    if (item.status !== 'answered' && item.status !== 'partial' && reason) {
      lines.push(`${indent}${reasonText(reason, item, t)}${reason.evidence ? ` ${t('quoted', firstWords(reason.evidence, 60))}` : ''}`);
    }
  }
  const counts = ORDER.map((s) => [s, a.items.filter((i) => i.status === s).length] as const).filter(([, n]) => n > 0);
  lines.push(`  ${t('cliSubQuestions', a.items.length, counts.map(([s, n]) => `${n} ${status(s)}`).join(', ') || t('cliNoneFound'))}`);
  for (const part of a.extraAnswerParts) lines.push(`  ${t('cliExtraPart', `${part.reason} ${firstWords(part.text, 60)}`)}`);
  for (const w of a.warnings) lines.push(`  ${t('cliWarning', warningText(w, t) ?? w)}`);
  return lines.join('\n');
}

const REASON_WORDS: Record<FailureReason, MessageKey> = {
  'not-a-question': 'cliFailNotAQuestion',
  truncated: 'cliFailTruncated',
  empty: 'cliFailEmpty',
  missing: 'cliFailMissing',
  unreadable: 'cliFailUnreadable',
  'too-large': 'cliFailTooLarge',
  'too-deep': 'cliFailTooDeep',
  'no-pages': 'cliFailNoPages',
};

/** 1204 → "1 204", as the README writes counts. */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ' ');
}

/** The last line of a batch: "330 files: 320 read, 10 failed (7 not a question, 3 truncated);
 * 1 204 sub-questions: 800 answered, 150 partial, …", in the reader's words. */
export function totalsLine(results: readonly FileResult[], t: Translate = cliTranslator('en')): string {
  const read = results.filter((r) => r.ok);
  const failed = results.filter((r) => !r.ok);
  const byReason = new Map<string, number>();
  for (const f of failed) {
    const word = t(f.reason ? REASON_WORDS[f.reason] : 'cliFailUnreadable');
    byReason.set(word, (byReason.get(word) ?? 0) + 1);
  }
  const reasons = [...byReason].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word, n]) => `${count(n)} ${word}`);
  const items = read.flatMap((r) => r.analysis.items);
  const statuses = ORDER.map((s) => [s, items.filter((i) => i.status === s).length] as const).filter(([, n]) => n > 0);
  const filesRead = results.length === 1 ? t('cliFile', count(read.length)) : t('cliFiles', count(results.length), count(read.length));
  const files = `${filesRead}${failed.length ? `, ${t('cliFailed', count(failed.length), reasons.join(', '))}` : ''}`;
  const byStatus = statuses.map(([s, n]) => `${count(n)} ${t(STATUS_MESSAGE[s])}`).join(', ');
  const subQuestions = items.length === 0 ? t('cliTotalsItemsNone') : items.length === 1 ? t('cliTotalsItemOne', byStatus) : t('cliTotalsItems', count(items.length), byStatus);
  return `${files}; ${subQuestions}`;
}
