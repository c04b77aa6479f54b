import { describe, expect, it } from 'vitest';
import { assessTimeliness } from '../../../src/core/assess';
import { emptyMeta } from '../../../src/core/model';

const meta = (m: { askedOn?: string; deadline?: string; answeredOn?: string }) => ({ ...emptyMeta(), ...m });

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
});
