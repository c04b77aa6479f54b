// Hand-made audit records for the audit's tests: a question with the fields the figures read,
// everything else plain.

import type { ItemStatus, ReasonCode } from '../../../src/core/model';
import { timingOf, type AuditItem, type AuditQuestion } from '../../../src/cli/audit/record';

export function item(status: ItemStatus, extra: Partial<AuditItem> = {}, label = '1'): AuditItem {
  return { label, status, confidence: 0.8, reasons: [], refersTo: null, groupedWith: [], question: `Question ${label}?`, answer: status === 'awaiting' || status === 'unanswered' ? null : `Answer ${label}.`, ...extra };
}

export function reasons(...codes: ReasonCode[]): AuditItem['reasons'] {
  return codes.map((code) => ({ code }));
}

let counter = 0;

export function question(fields: Partial<Omit<AuditQuestion, 'items'>> & { items: AuditItem[] }): AuditQuestion {
  counter++;
  const q: AuditQuestion = {
    file: `pages/${counter}.html`,
    url: null,
    id: `7-${1000 + counter}`,
    legislature: 7,
    number: 1000 + counter,
    language: 'fr',
    title: `Question ${counter}`,
    author: 'Els Ampe',
    party: 'Open Vld',
    addressee: 'la ministre de la Justice',
    askedOn: '2022-06-02',
    deadline: '2022-07-07',
    answeredOn: '2022-07-07',
    closedOn: null,
    lapsedOn: null,
    timeliness: { verdict: 'on-time', days: 0 },
    timing: 'on-time',
    ...fields,
    items: fields.items.map((it, i) => ({ ...it, label: String(i + 1) })),
  };
  return { ...q, timing: fields.timing ?? timingOf(q.timeliness.verdict, q.items.map((i) => i.status)) };
}
