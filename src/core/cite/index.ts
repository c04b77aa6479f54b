// Citations of a whole question or of one sub-question with its answer, as plain text and as HTML
// (the link kept), in the forms a writer pastes: the site's own wording, a Markdown link, a
// deep link that opens the page scrolled to the sub-question (a URL text fragment), the Belgian
// legal style, and the records reference managers import (BibTeX, RIS, CSL-JSON). The forms live in
// wording.ts (the site's own) and formal.ts (the others); this is the one synchronous way in. Every
// form is rendered from the site's CitationProfile (profile.ts): core/cite knows no assembly.

import type { Analysis, Item, Language } from '../model';
import { formalItem, formalQuestion } from './formal';
import { isWordingForm, type Citation, type CitationForm } from './forms';
import type { CitationProfile } from './profile';
import { languageOf, wordItem, wordQuestion } from './wording';

export { renderTemplate } from './render';
export { formatLongDate } from './dates';
export { validateTemplate, PLACEHOLDER_NAMES } from './placeholders';
export { TEMPLATE_PLACEHOLDERS, type TemplatePlaceholder } from './placeholder-help';
export { citationMetaTags, type MetaTag } from './meta-tags';
export { parliamentarySession, formatSession, nthWeekdayOfMonth, openingDay, type ParliamentarySession } from './session';
export type { CitationProfile, SessionCalendar } from './profile';
export { splitPersonName, type PersonName } from './names';
export { citationRecord, type CitationRecord } from './record';
export { toBibtex, escapeBibtex } from './bibtex';
export { toRis } from './ris';
export { toCslItem, toCslJson, type CslItem } from './csl-json';
export { CITATION_FORMS, type Citation, type CitationForm } from './forms';
export { citationFields, escapeHtml, textFragmentUrl } from './wording';

export function citeQuestion(profile: CitationProfile, analysis: Analysis, form: CitationForm, url: string | null, language?: Language | null): Citation {
  const lang = languageOf(analysis, language);
  return isWordingForm(form) ? wordQuestion(profile, analysis, form, url, lang) : formalQuestion(profile, analysis, form, url, lang);
}

export function citeItem(profile: CitationProfile, analysis: Analysis, item: Item, form: CitationForm, url: string | null, language?: Language | null): Citation {
  const lang = languageOf(analysis, language);
  return isWordingForm(form) ? wordItem(profile, analysis, item, form, url, lang) : formalItem(profile, analysis, item, form, url, lang);
}
