// The Belgian Senate (senate.be / senaat.be): written questions in French and Dutch. One unit: its
// descriptor (domains, addresses, cheap detection), its reader, its citation profile, its
// legislatures (legislatures.ts) and its labels (labels.ts); its fixtures are test/fixtures/senate-be.

import type { Site } from '../site';
import { SENATE_CITATION } from './citation';
import { senateBeDescriptor } from './descriptor';
import { readPage } from './read';

export const senateBe: Site = {
  ...senateBeDescriptor,
  read: readPage,
  citation: SENATE_CITATION,
};

export { parseQuestionUrl, type QuestionUrl } from './url';
export { parseDate } from './dates';
