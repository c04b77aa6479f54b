// The language of the extension's own pages (options, and the popup away from a question page):
// the browser's, when it is one we speak.

import type { Language } from '../core/model';

export function uiLanguageOf(tag: string): Language {
  const base = tag.toLowerCase().split(/[-_]/)[0];
  return base === 'fr' || base === 'nl' ? base : 'en';
}
