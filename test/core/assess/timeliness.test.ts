import { describe, expect, it } from 'vitest';
import { assessTimeliness } from '../../../src/core/assess';
import { emptyMeta } from '../../../src/core/model';

const meta = (m: { askedOn?: string; deadline?: string; answeredOn?: string; closedOn?: string; lapsedOn?: string; resubmittedAs?: string; legislature?: number }) => ({ ...emptyMeta(), ...m });

describe('timeliness', () => {
  it('reads the reference page as answered on time, 35 days after it was asked', () => {
    const t = assessTimeliness(meta({ askedOn: '2022-06-02', deadline: '2022-07-07', answeredOn: '2022-07-07' }), '2024-01-01');
    expect(t).toMatchObject({ verdict: 'on-time', days: 0, answeredAfterDays: 35 });
    expect(t.reason).toContain('2022-07-07');
  });
  it('counts the days late', () => {
    expect(assessTimeliness(meta({ askedOn: '2022-01-10', deadline: '2022-02-14', answeredOn: '2022-03-01' }), '2024-01-01')).toMatchObject({ verdict: 'late', days: 15, answeredAfterDays: 50 });
  });
  it('counts the days left while awaiting', () => {
    expect(assessTimeliness(meta({ askedOn: '2024-01-02', deadline: '2024-02-06' }), '2024-01-30')).toMatchObject({ verdict: 'awaiting', days: 7, answeredAfterDays: null });
  });
  it('counts the days past the deadline across a leap day', () => {
    expect(assessTimeliness(meta({ deadline: '2024-02-20' }), '2024-03-05')).toMatchObject({ verdict: 'overdue', days: 14 });
  });
  it('says unknown without a deadline', () => {
    const t = assessTimeliness(meta({ askedOn: '2022-01-10', answeredOn: '2022-03-01' }), '2024-01-01');
    expect(t).toMatchObject({ verdict: 'unknown', answeredAfterDays: 50 });
  });
  it('words what happened: answered N days late, awaiting N days left, overdue by N days', () => {
    expect(assessTimeliness(meta({ askedOn: '2022-01-10', deadline: '2022-02-14', answeredOn: '2022-03-11' }), '2024-01-01').reason).toBe(
      'Answered 25 days late, on 2022-03-11, after the deadline of 2022-02-14 (60 days after it was asked).',
    );
    expect(assessTimeliness(meta({ deadline: '2024-02-11' }), '2024-01-30').reason).toBe('Awaiting an answer, 12 days left before the deadline of 2024-02-11.');
    expect(assessTimeliness(meta({ deadline: '2024-01-20' }), '2024-02-29').reason).toBe('Overdue by 40 days: no answer yet, and the deadline of 2024-01-20 has passed.');
  });

  it('tells a closed question from one still awaiting, counting the lateness to the closing, not to today', () => {
    const t = assessTimeliness(meta({ askedOn: '2011-11-28', deadline: '2012-01-02', closedOn: '2011-12-07', resubmittedAs: '5-4712' }), '2026-11-28');
    expect(t).toEqual({
      verdict: 'closed', days: 0, answeredAfterDays: null, unansweredAfterDays: 9,
      reason: 'Closed on 2011-12-07 without an answer, 9 days after it was sent, before the deadline of 2012-01-02; resubmitted as 5-4712.',
    });
    const late = assessTimeliness(meta({ askedOn: '2011-09-15', deadline: '2011-10-20', closedOn: '2012-01-12' }), '2026-11-28');
    expect(late).toMatchObject({ verdict: 'closed', days: 84, unansweredAfterDays: 119 });
  });

  it('judges a closed question without a deadline row, not "unknown"', () => {
    const t = assessTimeliness(meta({ askedOn: '2011-11-28', closedOn: '2011-12-07' }), '2026-11-28');
    expect(t).toMatchObject({ verdict: 'closed', days: null, unansweredAfterDays: 9 });
    expect(t.reason).toBe('Closed on 2011-12-07 without an answer, 9 days after it was sent; no deadline is stated.');
  });

  it('says a question lapsed at the end of its legislature, with the legislature and the days', () => {
    const t = assessTimeliness(meta({ legislature: 5, askedOn: '2013-07-02', lapsedOn: '2014-04-28' }), '2026-11-28');
    expect(t).toMatchObject({ verdict: 'lapsed', days: null, unansweredAfterDays: 300 });
    expect(t.reason).toBe('Lapsed at the end of the 5th legislature (2014-04-28), unanswered after 300 days; no deadline is stated.');
    const past = assessTimeliness(meta({ legislature: 7, askedOn: '2024-03-12', deadline: '2024-04-18', lapsedOn: '2024-05-09' }), '2026-11-28');
    expect(past).toMatchObject({ verdict: 'lapsed', days: 21, unansweredAfterDays: 58 });
    expect(past.reason).toBe('Lapsed at the end of the 7th legislature (2024-05-09), unanswered after 58 days, 21 days past the deadline of 2024-04-18.');
  });

  it('keeps an answer above any closing: a question answered is answered', () => {
    const t = assessTimeliness(meta({ askedOn: '2013-07-02', deadline: '2013-08-06', answeredOn: '2013-08-01', lapsedOn: '2014-04-28' }), '2026-11-28');
    expect(t.verdict).toBe('on-time');
  });

  it('takes the earlier of a closing and a lapse', () => {
    expect(assessTimeliness(meta({ askedOn: '2013-07-02', closedOn: '2013-09-01', lapsedOn: '2014-04-28' }), '2026-11-28').verdict).toBe('closed');
    expect(assessTimeliness(meta({ askedOn: '2013-07-02', closedOn: '2014-05-01', lapsedOn: '2014-04-28' }), '2026-11-28').verdict).toBe('lapsed');
  });
});
