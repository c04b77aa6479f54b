import { describe, expect, it } from 'vitest';
import { splitPersonName } from '../../../src/core/cite';

describe('person names', () => {
  it('splits the reference author', () => {
    expect(splitPersonName('Els Ampe')).toEqual({ family: 'Ampe', given: 'Els' });
  });
  it('keeps Belgian particles with the family name', () => {
    expect(splitPersonName('Karin Van den Bossche')).toEqual({ family: 'Van den Bossche', given: 'Karin' });
    expect(splitPersonName('Bart De Wever')).toEqual({ family: 'De Wever', given: 'Bart' });
    expect(splitPersonName('Philippe du Bus de Warnaffe')).toEqual({ family: 'du Bus de Warnaffe', given: 'Philippe' });
    expect(splitPersonName('Maria Vander Elst')).toEqual({ family: 'Vander Elst', given: 'Maria' });
    expect(splitPersonName('Anne Marie De Smet')).toEqual({ family: 'De Smet', given: 'Anne Marie' });
  });
  it('takes the last word when there is no particle, and one-word family names with an apostrophe whole', () => {
    expect(splitPersonName('Jean-Frédéric Eerdekens')).toEqual({ family: 'Eerdekens', given: 'Jean-Frédéric' });
    expect(splitPersonName('Stephanie D\'Hose')).toEqual({ family: 'D\'Hose', given: 'Stephanie' });
  });
  it('takes a family name printed in capitals as such', () => {
    expect(splitPersonName('Els  AMPE')).toEqual({ family: 'AMPE', given: 'Els' });
    expect(splitPersonName('Jean-Marie VAN DEN BOSSCHE')).toEqual({ family: 'VAN DEN BOSSCHE', given: 'Jean-Marie' });
  });
});
