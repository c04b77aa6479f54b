// The panel's strings in the PAGE's language. chrome.i18n follows the browser's locale, but a
// reader of a French page expects a French panel whatever their browser says, so the three
// messages.json files are read here as data, with chrome.i18n's "$1" substitutions.
//
// The content script loads only the catalog it speaks (loadTranslator: one import() per language,
// at most once); the extension's own pages and the tests, which may speak any, take all three
// at once from catalogs.ts.

import type en from '../../_locales/en/messages.json';
import type { StatusWords } from '../core/cite/wording';
import type { Language } from '../core/model';
import type { PanelLanguageSetting } from '../ui/settings';
import { STATUS_MESSAGE, STATUS_ORDER } from './status';

export type MessageKey = keyof typeof en;
export type Catalog = Record<string, { message: string } | undefined>;

const LOADERS: Record<Language, () => Promise<{ default: Catalog }>> = {
  en: () => import('../../_locales/en/messages.json'),
  fr: () => import('../../_locales/fr/messages.json'),
  nl: () => import('../../_locales/nl/messages.json'),
};

/** The panel's language: the page's when it is one the panel speaks, English otherwise. */
export function panelLanguage(pageLanguage: string | null | undefined): Language {
  return pageLanguage === 'fr' || pageLanguage === 'nl' ? pageLanguage : 'en';
}

/** The panel's language under the reader's setting ("page": as above). */
export function languageFor(settings: { language: PanelLanguageSetting }, pageLanguage: string | null | undefined): Language {
  return settings.language === 'page' ? panelLanguage(pageLanguage) : settings.language;
}

export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

/** Every catalog holds every key (a test checks it): a key missing all the same shows as itself. */
export function translatorOf(catalog: Catalog): Translate {
  return (key, ...subs) => {
    const template = catalog[key]?.message ?? String(key);
    return template.replace(/\$(\d|\$)/g, (whole, n: string) => {
      if (n === '$') return '$';
      const value = subs[Number(n) - 1];
      return value === undefined ? whole : String(value);
    });
  };
}

const loading = new Map<Language, Promise<Translate>>();

/** The translator of one language, its catalog loaded on first use. */
export function loadTranslator(language: Language): Promise<Translate> {
  let found = loading.get(language);
  if (!found) {
    found = LOADERS[language]().then((m) => translatorOf(m.default));
    // A failed load (the extension updated under the page) may be tried again.
    found.catch(() => loading.delete(language));
    loading.set(language, found);
  }
  return found;
}

/** The words a citation template's "{status}" is filled with, in the translator's language: the
 * panel's status names ("éludé", "ontweken"), so that a French citation says no English word. */
export function statusWordsOf(t: Translate): StatusWords {
  return Object.fromEntries(STATUS_ORDER.map((s) => [s, t(STATUS_MESSAGE[s])]));
}

/** BCP 47 tag for dates and numbers in the panel's language (Belgian conventions). */
export function localeTag(language: Language): string {
  return language === 'fr' ? 'fr-BE' : language === 'nl' ? 'nl-BE' : 'en-GB';
}
