// A citation from one of the reader's own templates, and the built-in form any form id stands for.
// Apart from citation.ts so the content script gets these without every built-in form's code.

import type { Citation, CitationForm } from '../core/cite/forms';
import type { CitationProfile } from '../core/cite/profile';
import { renderTemplate } from '../core/cite/render';
import { citationFields, escapeHtml, textFragmentUrl, type StatusWords } from '../core/cite/wording';
import type { Analysis, Item, Language } from '../core/model';
import { DEFAULT_SETTINGS, type CustomTemplate, type FormId } from './settings';

/** Filled from the same fields as the built-in forms, "{url}" being the sub-question's deep link
 * when citing one. */
export function citeCustom(profile: CitationProfile, analysis: Analysis, custom: CustomTemplate, url: string | null, language: Language, item?: Item, statusWords?: StatusWords): Citation {
  const target = item && url ? textFragmentUrl(url, item.question) : url;
  const text = renderTemplate(custom.template, citationFields(profile, analysis, language, target, item, statusWords));
  return { text, html: escapeHtml(text) };
}

/** The built-in form a form id stands for. A custom form whose template was deleted meanwhile: the
 * default form rather than nothing. */
export function builtInForm(form: FormId): CitationForm {
  return form.startsWith('custom:') ? (DEFAULT_SETTINGS.citationForm as CitationForm) : (form as CitationForm);
}
