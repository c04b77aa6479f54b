// The Senate's citation profile: its own wording, the Belgian legal style, the Senate as a
// publisher, the Belgian session calendar (Constitution, art. 44: the chambers meet by right every
// year on the second Tuesday of October) and the record keys.

import type { CitationProfile } from '../../../core/cite/profile';
import { FEDERAL_ELECTIONS } from './elections';
import { LEGAL_TEMPLATES } from './legal-templates';
import { OWN_TEMPLATES } from './own-templates';
import { RECORD_WORDS } from './record-words';

export const SENATE_CITATION: CitationProfile = {
  own: OWN_TEMPLATES,
  legal: LEGAL_TEMPLATES,
  record: RECORD_WORDS,
  sessions: { opensOn: { month: 10, weekday: 2, nth: 2 }, elections: FEDERAL_ELECTIONS },
  recordKeyPrefix: 'senate',
};
