// The audit's result as one value: what `--json FILE` writes and what the HTML report is drawn
// from. The JSON is written as a stream: the figures first, then one question a line, so that
// 10 000 questions are never one string in memory.

import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AuditAggregates, Duplicate } from './aggregate';
import type { AuditFailure, AuditQuestion } from './record';

export const AUDIT_REPORT_VERSION = 1;

/**
 * What `question-lens audit --json FILE` writes.
 *
 * ```
 * {
 *   tool: "question-lens audit", version: 1,
 *   today: "2026-11-28",                  // the day overdue and awaiting are counted to
 *   totals: {                             // AuditTotals
 *     files, read, failed, duplicates,    // pages found, read, not read, same question as another
 *     questions, subQuestions,            // distinct questions and their sub-questions
 *     statuses: { answered, partial, deflected, referred, missing, awaiting, unanswered },
 *     notAnswered,                        // sub-questions with any status but answered
 *     timing: { "on-time", late, unanswered, awaiting, unknown },   // questions
 *     daysLate: { median, worst }         // over the questions answered late; null when none
 *   },
 *   failuresByReason: [{ reason, files }],
 *   byMinister | byAuthor | byParty | byLegislature | byYear: [GroupStats:
 *     { key, label, questions, subQuestions, statuses, notAnswered, timing, daysLate }],
 *                                         // key "" and label null: not read on the page
 *   deflectionsByFamily: [{ code, subQuestions, deflected }],   // code: a deflection-* reason
 *   referralsByKind: [{ kind, subQuestions }],                  // item, question, document, …
 *   citedQuestions: [{ questionId, citations, citedBy }],
 *   lateness: [{ from, to, questions }],  // days late, inclusive; to null: and more
 *   failures: [{ file, code, reason, message }],
 *   duplicates: [{ file, sameAs }],
 *   questions: [AuditQuestion]            // see record.ts; texts cut to 300 characters
 * }
 * ```
 */
export interface AuditReport extends AuditAggregates {
  tool: 'question-lens audit';
  version: typeof AUDIT_REPORT_VERSION;
  today: string;
  failures: AuditFailure[];
  duplicates: Duplicate[];
  questions: AuditQuestion[];
}

export async function writeJson(path: string, report: AuditReport): Promise<void> {
  function* chunks(): Generator<string> {
    const { questions, ...head } = report;
    const opening = JSON.stringify({ ...head, questions: [] }, null, 2);
    // The figures as one indented object, its empty question list opened up to take the questions.
    yield opening.slice(0, opening.lastIndexOf('[]')) + '[';
    for (let i = 0; i < questions.length; i++) yield `${i === 0 ? '' : ','}\n    ${JSON.stringify(questions[i])}`;
    yield `${questions.length > 0 ? '\n  ' : ''}]\n}\n`;
  }
  await pipeline(Readable.from(chunks()), createWriteStream(path));
}
