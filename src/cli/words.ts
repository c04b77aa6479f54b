// The summary's words in the reader's language, from the same catalogs as the panel
// (_locales/*/messages.json), with the panel's wording of reasons, warnings and timeliness, so the
// terminal and the panel say the same thing. The language: --lang, else the terminal's locale
// (LC_ALL, LC_MESSAGES, LANG: "fr_BE.UTF-8" → French), else English.

import en from '../../_locales/en/messages.json';
import fr from '../../_locales/fr/messages.json';
import nl from '../../_locales/nl/messages.json';
import type { Language } from '../core/model';
import { translatorOf, type Catalog, type Translate } from '../panel/i18n';

export const CLI_LANGUAGES: readonly Language[] = ['en', 'fr', 'nl'];

const CATALOGS: Record<Language, Catalog> = { en, fr, nl } as unknown as Record<Language, Catalog>;

export function cliTranslator(language: Language): Translate {
  return translatorOf(CATALOGS[language]);
}

/** The language of the terminal's locale, when it is one the catalogs speak. */
export function localeLanguage(env: Record<string, string | undefined> = process.env): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const code = locale.slice(0, 2).toLowerCase();
  return (CLI_LANGUAGES as readonly string[]).includes(code) ? (code as Language) : 'en';
}
