import { describe, expect, it } from 'vitest';
import { formatSession, parliamentarySession, openingDay } from '../../../src/core/cite';
import { referenceAnalysis } from './reference';
import { SENATE_CITATION } from '../../../src/sites/senate-be/citation';

describe('parliamentary session', () => {
  it('finds the second Tuesday of October (2021: Friday 1st → 12th; 2022: Saturday 1st → 11th; 2019: Tuesday 1st → 8th)', () => {
    expect(openingDay(2021, SENATE_CITATION.sessions)).toBe('2021-10-12');
    expect(openingDay(2022, SENATE_CITATION.sessions)).toBe('2022-10-11');
    expect(openingDay(2019, SENATE_CITATION.sessions)).toBe('2019-10-08');
    expect(openingDay(2023, SENATE_CITATION.sessions)).toBe('2023-10-10'); // Sunday 1st → Tuesday 3rd, 10th
  });

  it('puts the reference question of 2 June 2022 in session 2021-2022', () => {
    expect(parliamentarySession(referenceAnalysis().question.askedOn, SENATE_CITATION.sessions)).toEqual({ kind: 'ordinary', startYear: 2021, endYear: 2022 });
  });

  it('changes session on the second Tuesday of October, not the day before', () => {
    expect(parliamentarySession('2022-10-10', SENATE_CITATION.sessions)).toEqual({ kind: 'ordinary', startYear: 2021, endYear: 2022 });
    expect(parliamentarySession('2022-10-11', SENATE_CITATION.sessions)).toEqual({ kind: 'ordinary', startYear: 2022, endYear: 2023 });
    expect(parliamentarySession('2022-10-15', SENATE_CITATION.sessions)).toEqual({ kind: 'ordinary', startYear: 2022, endYear: 2023 });
    expect(parliamentarySession('2021-10-11', SENATE_CITATION.sessions)).toEqual({ kind: 'ordinary', startYear: 2020, endYear: 2021 });
    expect(parliamentarySession('2021-10-12', SENATE_CITATION.sessions)).toEqual({ kind: 'ordinary', startYear: 2021, endYear: 2022 });
    expect(parliamentarySession('2023-01-01', SENATE_CITATION.sessions)).toEqual({ kind: 'ordinary', startYear: 2022, endYear: 2023 });
    expect(parliamentarySession('2022-12-31', SENATE_CITATION.sessions)).toEqual({ kind: 'ordinary', startYear: 2022, endYear: 2023 });
  });

  it('knows the extraordinary session between an election and the October opening', () => {
    expect(parliamentarySession('2019-05-25', SENATE_CITATION.sessions)).toEqual({ kind: 'ordinary', startYear: 2018, endYear: 2019 });
    expect(parliamentarySession('2019-07-04', SENATE_CITATION.sessions)).toEqual({ kind: 'extraordinary', year: 2019 });
    expect(parliamentarySession('2019-10-07', SENATE_CITATION.sessions)).toEqual({ kind: 'extraordinary', year: 2019 });
    expect(parliamentarySession('2019-10-08', SENATE_CITATION.sessions)).toEqual({ kind: 'ordinary', startYear: 2019, endYear: 2020 });
  });

  it('writes the session as French and Dutch legal citation do', () => {
    const s = parliamentarySession('2022-06-02', SENATE_CITATION.sessions);
    expect(formatSession(s, 'fr')).toBe('2021-2022');
    expect(formatSession(s, 'nl')).toBe('2021-22');
    expect(formatSession(parliamentarySession('2000-03-01', SENATE_CITATION.sessions), 'nl')).toBe('1999-00');
    expect(formatSession(parliamentarySession('2019-07-04', SENATE_CITATION.sessions), 'fr')).toBe('sess. extr. 2019');
    expect(formatSession(parliamentarySession('2019-07-04', SENATE_CITATION.sessions), 'nl')).toBe('BZ 2019');
  });

  it('has no session without a readable date', () => {
    expect(parliamentarySession(null, SENATE_CITATION.sessions)).toBeNull();
    expect(parliamentarySession('2 juin 2022', SENATE_CITATION.sessions)).toBeNull();
  });
});
