// Options page entry: reads the stored settings (falling back field by field), renders, saves.

import { syncGet, syncSet, uiLanguage } from '../platform';
import { renderOptions } from './page';
import { readSettings, SETTINGS_KEY } from '../ui/settings';
import { pageTranslator } from './strings';
import { uiLanguageOf } from '../ui/ui-language';

async function main(): Promise<void> {
  const language = uiLanguageOf(uiLanguage());
  document.documentElement.lang = language;
  const t = pageTranslator(language);
  document.title = t('optionsTitle');
  const settings = readSettings(await syncGet(SETTINGS_KEY));
  renderOptions(document, document.getElementById('app')!, settings, { t, save: (s) => syncSet(SETTINGS_KEY, s) });
}

void main();
