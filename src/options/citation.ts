// A citation in the form the reader picked: one of core/cite's forms, or one of their own templates.
// Synchronous, with every form at hand: the popup, the context menu and the options page's preview.
// The content script goes through content/citations.ts, which loads the rarer forms on demand.

import { citeItem, citeQuestion } from '../core/cite';
import type { Citation } from '../core/cite/forms';
import type { Analysis, Item, Language } from '../core/model';
import { builtInForm, citeCustom } from './custom-citation';
import { customTemplateOf, type CustomTemplate, type FormId } from './settings';

export function citeWithForm(
  analysis: Analysis,
  form: FormId,
  templates: readonly CustomTemplate[],
  url: string | null,
  language: Language,
  item?: Item,
): Citation {
  const custom = customTemplateOf(form, templates);
  if (custom) return citeCustom(analysis, custom, url, language, item);
  const builtIn = builtInForm(form);
  return item ? citeItem(analysis, item, builtIn, url, language) : citeQuestion(analysis, builtIn, url, language);
}
