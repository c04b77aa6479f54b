import { describe, expect, it } from 'vitest';
import { findDate, parseDate } from '../../../src/sites/senate-be/dates';

describe('parseDate', () => {
  it.each([
    ['2 juin 2022', '2022-06-02'],
    ['1er juin 2022', '2022-06-01'],
    ['2/6/2022', '2022-06-02'],
    ['d.d. 2 juni 2022', '2022-06-02'],
    ['du 7 juillet 2022', '2022-07-07'],
    ['02-06-2022', '2022-06-02'],
    ['15 août 2021', '2021-08-15'],
    ['15 aout 2021', '2021-08-15'],
    ['3 februari 2017', '2017-02-03'],
    ['12 décembre 2019', '2019-12-12'],
    ['7 Juillet 2022', '2022-07-07'],
  ])('%s -> %s', (input, iso) => {
    expect(parseDate(input)).toBe(iso);
  });

  it.each(['31/2/2022', '13/13/2022', 'juin 2022', '7-1649', ''])('rejects %s', (input) => {
    expect(parseDate(input)).toBeNull();
  });

  it('finds a date inside a chronology row and says where it stands', () => {
    const row = 'Envoi question (Fin du délai de réponse: 7/7/2022)';
    const found = findDate(row);
    expect(found?.iso).toBe('2022-07-07');
    expect(row.slice(found!.index, found!.index + found!.length)).toBe('7/7/2022');
  });

  it('does not read a question id followed by a year as a date', () => {
    expect(findDate('question écrite 7-1648')).toBeNull();
  });
});
