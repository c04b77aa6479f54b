// Citations for the panel, the popup and the context menu, in the reader's form, from the page's
// site's citation profile. The site's own
// wording (with its Markdown and deep-link renderings) and the reader's own templates are at hand;
// the legal style and the reference-manager records are loaded on the first copy in one of them,
// since most readers never use them.

import type { Citation } from '../core/cite/forms';
import type { CitationProfile } from '../core/cite/profile';
import { isWordingForm } from '../core/cite/forms';
import { wordItem, wordQuestion } from '../core/cite/wording';
import type { Analysis, Item, Language } from '../core/model';
import { loadTranslator, statusWordsOf } from '../panel/i18n';
import { builtInForm, citeCustom } from './custom-citation';
import { customTemplateOf, type CustomTemplate, type FormId } from './settings';

let formal: Promise<typeof import('../core/cite/formal')> | null = null;

export async function citeAs(profile: CitationProfile, analysis: Analysis, form: FormId, templates: readonly CustomTemplate[], url: string | null, language: Language, item?: Item): Promise<Citation> {
  const custom = customTemplateOf(form, templates);
  if (custom) return citeCustom(profile, analysis, custom, url, language, item, statusWordsOf(await loadTranslator(language)));
  const builtIn = builtInForm(form);
  if (isWordingForm(builtIn)) return item ? wordItem(profile, analysis, item, builtIn, url, language) : wordQuestion(profile, analysis, builtIn, url, language);
  // A failed load (the extension updated under this page) is tried again on the next copy.
  formal ??= import('../core/cite/formal').catch((error: unknown) => {
    formal = null;
    throw error;
  });
  const { formalItem, formalQuestion } = await formal;
  return item ? formalItem(profile, analysis, item, builtIn, url, language) : formalQuestion(profile, analysis, builtIn, url, language);
}
