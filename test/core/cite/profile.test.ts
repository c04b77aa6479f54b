// core/cite knows no assembly: every form is rendered from the site's profile. A second, made-up
// assembly with its own wording, publisher, calendar (sessions opening on the third Monday of
// September) and key prefix cites the same analysis in its own words, and nothing of the Senate's
// leaks into it.

import { describe, expect, it } from 'vitest';
import { citeItem, citeQuestion, parliamentarySession, type CitationProfile } from '../../../src/core/cite';
import { SENATE_CITATION } from '../../../src/sites/senate-be/citation';
import { referenceAnalysis as reference } from './reference';

const words = (institution: string) => ({
  institution,
  place: 'Namur',
  genre: 'Question écrite',
  designation: 'Question n° {id}',
  addressedTo: 'Adressée à {addressee}',
  answeredOn: 'Réponse du {answeredOn}',
  noAnswer: 'Sans réponse',
  item: 'Point {label}',
  session: 'session {session}',
});

const OTHER: CitationProfile = {
  own: {
    fr: { question: 'PW question {id}[ ({session})]', item: 'PW question {id}, point {label}' },
    nl: { question: 'PW vraag {id}', item: 'PW vraag {id}, punt {label}' },
    en: { question: 'PW question {id}', item: 'PW question {id}, point {label}' },
  },
  legal: {
    fr: { question: 'Q.R., Parl. w.,[ {session},] n° {id}', item: 'Q.R., Parl. w.,[ {session},] n° {id}, point {label}' },
    nl: { question: 'Vr. en Antw. W. Parl.[ {session}], nr. {id}', item: 'Vr. en Antw. W. Parl.[ {session}], nr. {id}, punt {label}' },
    en: { question: 'Q. & A., Walloon Parl.,[ {session},] No {id}', item: 'Q. & A., Walloon Parl.,[ {session},] No {id}, point {label}' },
  },
  record: { fr: words('Parlement de Wallonie'), nl: words('Waals Parlement'), en: words('Walloon Parliament') },
  sessions: { opensOn: { month: 9, weekday: 1, nth: 3 }, elections: [] },
  recordKeyPrefix: 'pw',
};

describe('citation profile', () => {
  it('renders the site’s own wording, session by its calendar', () => {
    // Asked on 2 June 2022: the session that opened on the third Monday of September 2021.
    expect(citeQuestion(OTHER, reference('fr'), 'senate', null).text).toBe('PW question 7-1649 (2021-2022)');
    expect(parliamentarySession('2022-09-18', OTHER.sessions)).toEqual({ kind: 'ordinary', startYear: 2021, endYear: 2022 });
    expect(parliamentarySession('2022-09-19', OTHER.sessions)).toEqual({ kind: 'ordinary', startYear: 2022, endYear: 2023 });
  });

  it('renders the legal style and the records from the profile, with nothing of the Senate', () => {
    const analysis = reference('fr');
    const legal = citeItem(OTHER, analysis, analysis.items[0]!, 'legal', null).text;
    expect(legal).toBe('Q.R., Parl. w., 2021-2022, n° 7-1649, point 4');
    const bibtex = citeQuestion(OTHER, analysis, 'bibtex', null).text;
    expect(bibtex).toMatch(/^@\w+\{pw7-1649,/);
    expect(bibtex).toContain('Parlement de Wallonie');
    for (const text of [legal, bibtex, citeQuestion(OTHER, analysis, 'ris', null).text, citeQuestion(OTHER, analysis, 'csl-json', null).text]) {
      expect(text).not.toMatch(/S[ée]nat|Senaat|senate7/);
    }
    // The Senate's profile still cites as before: the forms differ only by the profile.
    expect(citeQuestion(SENATE_CITATION, analysis, 'bibtex', null).text).toContain('senate7-1649');
  });
});
