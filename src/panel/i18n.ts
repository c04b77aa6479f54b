// The panel's strings in the PAGE's language. chrome.i18n follows the browser's locale, but a
// reader of a French page expects a French panel whatever their browser says, so the three
// messages.json files are bundled as data and read here, with chrome.i18n's "$1" substitutions.

import en from '../../_locales/en/messages.json';
import fr from '../../_locales/fr/messages.json';
import nl from '../../_locales/nl/messages.json';
import type { Language } from '../core/model';
import type { PanelLanguageSetting } from '../options/settings';

export type MessageKey = keyof typeof en;
type Catalog = Record<string, { message: string } | undefined>;

const CATALOGS: Record<Language, Catalog> = { en, fr, nl };

/** The panel's language: the page's when it is one the panel speaks, English otherwise. */
export function panelLanguage(pageLanguage: string | null | undefined): Language {
  return pageLanguage === 'fr' || pageLanguage === 'nl' ? pageLanguage : 'en';
}

/** The panel's language under the reader's setting ("page": as above). */
export function languageFor(settings: { language: PanelLanguageSetting }, pageLanguage: string | null | undefined): Language {
  return settings.language === 'page' ? panelLanguage(pageLanguage) : settings.language;
}

export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

export function translator(language: Language): Translate {
  const catalog = CATALOGS[language];
  return (key, ...subs) => {
    const template = catalog[key]?.message ?? (en as Catalog)[key]?.message ?? String(key);
    return template.replace(/\$(\d|\$)/g, (whole, n: string) => {
      if (n === '$') return '$';
      const value = subs[Number(n) - 1];
      return value === undefined ? whole : String(value);
    });
  };
}

/** BCP 47 tag for dates and numbers in the panel's language (Belgian conventions). */
export function localeTag(language: Language): string {
  return language === 'fr' ? 'fr-BE' : language === 'nl' ? 'nl-BE' : 'en-GB';
}
