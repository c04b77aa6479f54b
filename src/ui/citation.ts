// A citation in the form the reader picked: one of core/cite's forms, or one of their own templates.
// Synchronous, with every form at hand: the popup, the context menu and the options page's preview.
// The content script goes through citations.ts, which loads the rarer forms on demand.

import { citeItem, citeQuestion } from '../core/cite';
import type { Citation } from '../core/cite/forms';
import type { CitationProfile } from '../core/cite/profile';
import type { Analysis, Item, Language } from '../core/model';
import { statusWords } from '../panel/catalogs';
import { builtInForm, citeCustom } from './custom-citation';
import { customTemplateOf, type CustomTemplate, type FormId } from './settings';

export function citeWithForm(
  profile: CitationProfile,
  analysis: Analysis,
  form: FormId,
  templates: readonly CustomTemplate[],
  url: string | null,
  language: Language,
  item?: Item,
): Citation {
  const custom = customTemplateOf(form, templates);
  if (custom) return citeCustom(profile, analysis, custom, url, language, item, statusWords(language));
  const builtIn = builtInForm(form);
  return item ? citeItem(profile, analysis, item, builtIn, url, language) : citeQuestion(profile, analysis, builtIn, url, language);
}
