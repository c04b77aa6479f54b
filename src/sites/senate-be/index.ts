// The Belgian Senate (senate.be / senaat.be): written questions in French and Dutch.

import type { Site } from '../site';
import { looksLikeQuestion } from './detect';
import { readPage, SITE_ID } from './read';
import { buildQuestionUrl, isCandidateUrl } from './url';

export const senateBe: Site = {
  id: SITE_ID,
  isCandidateUrl,
  looksLikeQuestion,
  read: readPage,
  questionUrl: buildQuestionUrl,
};

export { parseQuestionUrl, type QuestionUrl } from './url';
export { parseDate } from './dates';
