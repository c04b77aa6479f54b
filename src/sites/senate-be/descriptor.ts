// The Senate's light part: its domains, its question addresses and the cheap heading check. The
// content script loads this on every Senate page; the reader (read.ts) only on a question page.

import type { SiteDescriptor } from '../site';
import { looksLikeQuestion } from './detect';
import { SITE_ID } from './site-id';
import { buildQuestionUrl, DOMAINS, HOSTS, isCandidateUrl, parseQuestionUrl } from './url';

export const senateBeDescriptor: SiteDescriptor = {
  id: SITE_ID,
  domains: DOMAINS,
  hosts: HOSTS,
  // MIval is written "/Vragen/…" by the site's links and "vragen/…" by some of its own pages.
  questionPathPatterns: ['/*Vragen*', '/*vragen*'],
  isCandidateUrl,
  parseQuestionUrl(url) {
    const parsed = parseQuestionUrl(url);
    return parsed ? { questionId: `${parsed.legislature}-${parsed.number}`, language: parsed.lang, variant: parsed.variant } : null;
  },
  questionUrl: buildQuestionUrl,
  languageOfAddress(url) {
    try {
      const parsed = new URL(url);
      const lang = [...parsed.searchParams].find(([k]) => k.toLowerCase() === 'lang')?.[1].toLowerCase();
      if (lang === 'fr' || lang === 'nl') return lang;
      // The site's two names: senate.be is the French one, senaat.be the Dutch.
      return /(^|\.)senaat\.be$/i.test(parsed.hostname) ? 'nl' : /(^|\.)senate\.be$/i.test(parsed.hostname) ? 'fr' : null;
    } catch {
      return null;
    }
  },
  questionsHomeUrl(language) {
    const host = language === 'nl' ? 'https://www.senaat.be' : 'https://www.senate.be';
    return `${host}/www/?MIval=/Zoeken/Vragen&LANG=${language}`;
  },
  looksLikeQuestion,
};
