// A citation in the form the reader picked: one of core/cite's forms, or one of their own templates
// (filled from the same fields, "{url}" being the sub-question's deep link when citing one).
// Shared by the panel's copy menu, the popup, the context menu and the options page's preview.

import { citationFields, citeItem, citeQuestion, escapeHtml, renderTemplate, textFragmentUrl, type Citation } from '../core/cite';
import type { Analysis, Item, Language } from '../core/model';
import { customTemplateOf, DEFAULT_SETTINGS, type CustomTemplate, type FormId } from './settings';

export function citeWithForm(
  analysis: Analysis,
  form: FormId,
  templates: readonly CustomTemplate[],
  url: string | null,
  language: Language,
  item?: Item,
): Citation {
  const custom = customTemplateOf(form, templates);
  if (custom) {
    const target = item && url ? textFragmentUrl(url, item.question) : url;
    const text = renderTemplate(custom.template, citationFields(analysis, language, target, item));
    return { text, html: escapeHtml(text) };
  }
  // A custom form whose template was deleted meanwhile: the default form rather than nothing.
  const builtIn = form.startsWith('custom:') ? (DEFAULT_SETTINGS.citationForm as Exclude<FormId, `custom:${string}`>) : (form as Exclude<FormId, `custom:${string}`>);
  return item ? citeItem(analysis, item, builtIn, url, language) : citeQuestion(analysis, builtIn, url, language);
}
