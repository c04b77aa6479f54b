// The Belgian Senate (senate.be / senaat.be): written questions in French and Dutch.

import type { Site } from '../site';
import { looksLikeQuestion } from './detect';
import { readPage, SITE_ID } from './read';
import { SENATE_CITATION } from './citation';
import { buildQuestionUrl, HOSTS, isCandidateUrl, parseQuestionUrl } from './url';

export const senateBe: Site = {
  id: SITE_ID,
  hosts: HOSTS,
  isCandidateUrl,
  looksLikeQuestion,
  read: readPage,
  questionUrl: buildQuestionUrl,
  citation: SENATE_CITATION,
  parseQuestionUrl(url) {
    const parsed = parseQuestionUrl(url);
    return parsed ? { questionId: `${parsed.legislature}-${parsed.number}`, language: parsed.lang, variant: parsed.variant } : null;
  },
};

export { parseQuestionUrl, type QuestionUrl } from './url';
export { parseDate } from './dates';
