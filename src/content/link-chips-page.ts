// Link chips on a site page, loaded only when the reader switched them on (options page or popup):
// the chips in the page's language, started on the links in the page, and stopped or started
// again as the setting changes.

import { languageFor, loadTranslator } from '../panel/i18n';
import { onSyncChanged } from '../platform/content';
import type { SiteDescriptor } from '../sites/site';
import { readSettings, SETTINGS_KEY } from '../ui/settings';
import { startLinkChips, type LinkChips } from './link-chips';
import { RelatedClient } from './related-client';

export async function runLinkChips(doc: Document, url: string, site: SiteDescriptor, rawSettings: unknown): Promise<void> {
  const client = new RelatedClient();
  const pageLanguage = site.parseQuestionUrl(url)?.language ?? site.languageOfAddress(url) ?? (doc.documentElement.lang?.slice(0, 2) || null);
  let chips: LinkChips | null = null;
  const apply = async (raw: unknown) => {
    const settings = readSettings(raw);
    if (!settings.linkChips) {
      chips?.stop();
      chips = null;
      return;
    }
    if (chips) return;
    const t = await loadTranslator(languageFor(settings, pageLanguage));
    chips = startLinkChips(doc, site, client, t, url);
  };
  await apply(rawSettings);
  onSyncChanged(SETTINGS_KEY, (value) => void apply(value).catch(() => {}));
}
