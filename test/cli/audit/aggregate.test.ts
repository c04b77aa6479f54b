// The audit's figures on hand-made records, where every count is known beforehand.

import { describe, expect, it } from 'vitest';
import { aggregate, distinctQuestions, ITEM_STATUSES, mostNotAnswered } from '../../../src/cli/audit/aggregate';
import { timingOf, type AuditFailure } from '../../../src/cli/audit/record';
import { item, question, reasons } from './records';

const justiceFr = 'la ministre de la Justice';
const justiceNl = 'de minister van Justitie (Vincent Van Quickenborne)';
const mobility = 'de minister van Mobiliteit';

function sample() {
  return [
    // Justice, French page: on time, 2 answered, 1 deflected (no data), 1 referred to question 7-55.
    question({
      addressee: justiceFr,
      items: [
        item('answered'),
        item('answered'),
        item('deflected', { reasons: reasons('deflection-no-data', 'deflection-ask-elsewhere', 'paired-by-label') }),
        item('referred', { refersTo: { kind: 'question', questionId: '7-55', text: 'question n° 7-55' }, reasons: reasons('refers-question') }),
      ],
    }),
    // Justice, Dutch page, another person: 10 days late, partial with part of it declined (secrecy).
    question({
      addressee: justiceNl,
      language: 'nl',
      author: 'Karl Vanlouwe',
      party: 'N-VA',
      timeliness: { verdict: 'late', days: 10 },
      answeredOn: '2022-07-17',
      items: [item('partial', { reasons: reasons('deflection-secrecy') }), item('answered')],
    }),
    // Justice again: 30 days late, one deflected answer pointing to 7-55 as well.
    question({
      addressee: justiceFr,
      author: 'Els  AMPE',
      askedOn: '2023-01-10',
      timeliness: { verdict: 'late', days: 30 },
      items: [item('deflected', { reasons: reasons('deflection-no-data'), refersTo: { kind: 'question', questionId: '7-55', text: '7-55' } })],
    }),
    // Mobility: lapsed unanswered (legislature 6), 3 sub-questions.
    question({
      addressee: mobility,
      legislature: 6,
      askedOn: '2018-03-01',
      answeredOn: null,
      timeliness: { verdict: 'lapsed', days: 300 },
      party: null,
      author: null,
      items: [item('unanswered'), item('unanswered'), item('unanswered')],
    }),
    // Mobility: awaiting within the deadline; then one with dates not read.
    question({ addressee: mobility, legislature: 8, askedOn: '2026-11-01', answeredOn: null, timeliness: { verdict: 'awaiting', days: 5 }, items: [item('awaiting')] }),
    question({ addressee: null, legislature: null, askedOn: null, timeliness: { verdict: 'unknown', days: null }, items: [item('missing'), item('answered')] }),
  ];
}

describe('aggregate', () => {
  const questions = sample();
  const failures: AuditFailure[] = [
    { file: 'a.html', code: 3, reason: 'not-a-question', message: 'not a written-question page' },
    { file: 'b.html', code: 3, reason: 'not-a-question', message: 'not a written-question page' },
    { file: 'c.html', code: 5, reason: 'too-large', message: 'file is larger than 5 MB' },
  ];
  const result = aggregate({ questions, failures, duplicates: 2 });

  it('counts files, questions and sub-questions by status', () => {
    expect(result.totals).toMatchObject({ files: 11, read: 8, failed: 3, duplicates: 2, questions: 6, subQuestions: 13, notAnswered: 9 });
    expect(result.totals.statuses).toEqual({ answered: 4, partial: 1, deflected: 2, referred: 1, missing: 1, awaiting: 1, unanswered: 3 });
    expect(Object.values(result.totals.statuses).reduce((a, b) => a + b, 0)).toBe(result.totals.subQuestions);
    expect(result.failuresByReason).toEqual([
      { reason: 'not-a-question', files: 2 },
      { reason: 'too-large', files: 1 },
    ]);
  });

  it('counts questions on time, late (median and worst), unanswered, awaiting', () => {
    expect(result.totals.timing).toEqual({ 'on-time': 1, late: 2, unanswered: 1, awaiting: 1, unknown: 1 });
    expect(result.totals.daysLate).toEqual({ median: 20, worst: 30 });
  });

  it('groups by office across wordings and languages, and labels it in both', () => {
    const [justice, mobilityGroup, unknown] = result.byMinister;
    expect(justice).toMatchObject({ key: 'minister:justice', questions: 3, subQuestions: 7, notAnswered: 4, label: 'Ministre de la Justice / Minister van Justitie' });
    expect(justice!.daysLate).toEqual({ median: 20, worst: 30 });
    expect(justice!.timing).toMatchObject({ 'on-time': 1, late: 2 });
    expect(mobilityGroup).toMatchObject({ key: 'minister:mobility', questions: 2, subQuestions: 4, label: 'Minister van Mobiliteit' });
    expect(mobilityGroup!.timing).toMatchObject({ unanswered: 1, awaiting: 1 });
    expect(mobilityGroup!.daysLate).toEqual({ median: null, worst: null });
    expect(unknown).toMatchObject({ key: '', label: null, questions: 1 });
  });

  it('groups by author (folded), party, legislature and year', () => {
    expect(result.byAuthor.map((g) => [g.label, g.questions])).toEqual([
      ['Els Ampe', 4],
      ['Karl Vanlouwe', 1],
      [null, 1],
    ]);
    expect(result.byParty.map((g) => [g.label, g.questions])).toEqual([
      ['Open Vld', 4],
      ['N-VA', 1],
      [null, 1],
    ]);
    expect(result.byLegislature.map((g) => [g.key, g.questions])).toEqual([
      ['6', 1],
      ['7', 3],
      ['8', 1],
      ['', 1],
    ]);
    expect(result.byYear.map((g) => [g.label, g.questions])).toEqual([
      ['2018', 1],
      ['2022', 2],
      ['2023', 1],
      ['2026', 1],
      [null, 1],
    ]);
  });

  it('counts deflections by family, once per sub-question', () => {
    expect(result.deflectionsByFamily).toEqual([
      { code: 'deflection-no-data', subQuestions: 2, deflected: 2 },
      { code: 'deflection-ask-elsewhere', subQuestions: 1, deflected: 1 },
      { code: 'deflection-secrecy', subQuestions: 1, deflected: 0 },
    ]);
  });

  it('counts the questions cited, and who cites them', () => {
    expect(result.citedQuestions).toEqual([{ questionId: '7-55', citations: 2, citedBy: [questions[0]!.id, questions[2]!.id] }]);
    expect(result.referralsByKind).toEqual([{ kind: 'question', subQuestions: 2 }]);
  });

  it('bins the late answers by days late', () => {
    const bins = Object.fromEntries(result.lateness.map((b) => [`${b.from}-${b.to ?? ''}`, b.questions]));
    expect(bins).toMatchObject({ '8-14': 1, '15-30': 1, '1-7': 0, '366-': 0 });
    expect(result.lateness.reduce((n, b) => n + b.questions, 0)).toBe(result.totals.timing.late);
  });

  it('ranks ministers by their share of sub-questions not fully answered', () => {
    expect(mostNotAnswered(result.byMinister, 5).map((g) => g.key)).toEqual(['minister:mobility', 'minister:justice', '']);
  });

  it('gives empty figures, not missing ones, for no question at all', () => {
    const none = aggregate({ questions: [], failures: [], duplicates: 0 });
    expect(none.totals).toMatchObject({ files: 0, questions: 0, subQuestions: 0, daysLate: { median: null, worst: null } });
    expect(none.byMinister).toEqual([]);
    expect(none.lateness.every((b) => b.questions === 0)).toBe(true);
  });
});

describe('distinctQuestions', () => {
  it('keeps the first page of each question and names the others', () => {
    const [a, b] = sample();
    const again = { ...a!, file: 'pages/again-nl.html' };
    const noId = { ...b!, id: null, file: 'pages/unnumbered.html' };
    const { questions, duplicates } = distinctQuestions([a!, b!, again, noId, { ...noId, file: 'pages/unnumbered-2.html' }]);
    expect(questions.map((q) => q.file)).toEqual([a!.file, b!.file, 'pages/unnumbered.html', 'pages/unnumbered-2.html']);
    expect(duplicates).toEqual([{ file: 'pages/again-nl.html', sameAs: a!.file }]);
  });
});

describe('timingOf', () => {
  it('maps every verdict, and reads the items when the dates were not read', () => {
    expect(timingOf('overdue', ['awaiting'])).toBe('unanswered');
    expect(timingOf('closed', ['unanswered'])).toBe('unanswered');
    expect(timingOf('lapsed', ['unanswered'])).toBe('unanswered');
    expect(timingOf('unknown', ['unanswered', 'unanswered'])).toBe('unanswered');
    expect(timingOf('unknown', ['answered'])).toBe('unknown');
    expect(timingOf('unknown', [])).toBe('unknown');
  });

  it('lists every status of the model', () => {
    expect(ITEM_STATUSES).toEqual(['answered', 'partial', 'deflected', 'referred', 'missing', 'awaiting', 'unanswered']);
  });
});
