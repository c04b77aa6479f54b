// All three panel catalogs at once, for the extension's own pages (popup, options) and the tests,
// which may speak any language at any moment. The content script loads one (i18n.loadTranslator).

import en from '../../_locales/en/messages.json';
import fr from '../../_locales/fr/messages.json';
import nl from '../../_locales/nl/messages.json';
import type { Language } from '../core/model';
import type { StatusWords } from '../core/cite/wording';
import { statusWordsOf, translatorOf, type Catalog, type Translate } from './i18n';

const CATALOGS: Record<Language, Catalog> = { en, fr, nl };

export function translator(language: Language): Translate {
  return translatorOf(CATALOGS[language]);
}

/** The status names of one language, for "{status}" in a citation template (i18n.statusWordsOf). */
export function statusWords(language: Language): StatusWords {
  return statusWordsOf(translator(language));
}
