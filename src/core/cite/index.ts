// Citations of a whole question or of one sub-question with its answer, as plain text and as HTML
// (the link kept), in the forms a writer pastes: the Senate's own wording, a Markdown link, a
// deep link that opens the page scrolled to the sub-question (a URL text fragment), the Belgian
// legal style, and the records reference managers import (BibTeX, RIS, CSL-JSON). The forms live in
// wording.ts (the Senate's) and formal.ts (the others); this is the one synchronous way in.

import type { Analysis, Item, Language } from '../model';
import { formalItem, formalQuestion } from './formal';
import { isWordingForm, type Citation, type CitationForm } from './forms';
import { languageOf, wordItem, wordQuestion } from './wording';

export { renderTemplate } from './render';
export { formatLongDate } from './dates';
export { validateTemplate, PLACEHOLDER_NAMES } from './placeholders';
export { TEMPLATE_PLACEHOLDERS, type TemplatePlaceholder } from './placeholder-help';
export { citationMetaTags, type MetaTag } from './meta-tags';
export { parliamentarySession, formatSession, secondTuesdayOfOctober, type ParliamentarySession } from './session';
export { splitPersonName, type PersonName } from './names';
export { citationRecord, type CitationRecord } from './record';
export { toBibtex, escapeBibtex } from './bibtex';
export { toRis } from './ris';
export { toCslItem, toCslJson, type CslItem } from './csl-json';
export { CITATION_FORMS, type Citation, type CitationForm } from './forms';
export { citationFields, escapeHtml, textFragmentUrl } from './wording';

export function citeQuestion(analysis: Analysis, form: CitationForm, url: string | null, language?: Language | null): Citation {
  const lang = languageOf(analysis, language);
  return isWordingForm(form) ? wordQuestion(analysis, form, url, lang) : formalQuestion(analysis, form, url, lang);
}

export function citeItem(analysis: Analysis, item: Item, form: CitationForm, url: string | null, language?: Language | null): Citation {
  const lang = languageOf(analysis, language);
  return isWordingForm(form) ? wordItem(analysis, item, form, url, lang) : formalItem(analysis, item, form, url, lang);
}
