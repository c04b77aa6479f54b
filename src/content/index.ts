// Content script entry, loaded on every page of a known site: the cheap checks only (the site's
// address predicate, then its heading check near the top), from the sites' light descriptors. A page that is not a written question costs this small module and one
// mark, nothing more; a question page then loads the engine and the panel (question-page.ts) with
// a dynamic import, a chunk the manifest makes web-accessible on the Senate's hosts only.
// Nothing here may throw into the page's console.

import { descriptorForSiteAddress, descriptorForUrl } from '../sites/descriptors';
import type { SiteDescriptor } from '../sites/site';
import type { Catalog } from '../panel/i18n';
import { onSettingsChanged, readEarly, reserveRoom } from './early';
import { MARK, mark } from './timing';

/** The panel's catalog in the address's language, fetched while the engine loads (the same chunks
 * panel/i18n.ts imports, so the panel finds it loaded). */
const CATALOG: Record<string, () => Promise<{ default: Catalog }>> = {
  fr: () => import('../../_locales/fr/messages.json'),
  nl: () => import('../../_locales/nl/messages.json'),
};

/** Set when the cheap checks said no: such a page gets one mark and nothing else. */
let skipped = false;

async function main(): Promise<void> {
  const doc = document;
  const url = location.href.split('#')[0]!;
  const site = descriptorForUrl(url);
  if (!site || !site.looksLikeQuestion(doc) || !doc.body) {
    skipped = true;
    mark(MARK.skip);
    const home = site ?? descriptorForSiteAddress(url);
    if (home && doc.body) await linkChipsIfWanted(doc, url, home, readEarly());
    return;
  }
  mark(MARK.question);
  // All at once: the storage reads (and with them the panel's room in the page), the catalog, and
  // the engine with the panel.
  const early = readEarly();
  const room = early.then((raw) => reserveRoom(doc, raw));
  const language = site.parseQuestionUrl(url)?.language ?? '';
  const catalog = CATALOG[language] ? { language, module: CATALOG[language]() } : null;
  catalog?.module.catch(() => {});
  const { runQuestionPage } = await import('./question-page');
  await runQuestionPage(doc, url, { stored: early, room, catalog });
  await linkChipsIfWanted(doc, url, site, early);
}

/** The opt-in status beside question links: its module is loaded only when the reader wants it,
 * now or when they switch it on while the page is open (it then follows the setting itself). */
async function linkChipsIfWanted(doc: Document, url: string, site: SiteDescriptor, early: Promise<[unknown, unknown]>): Promise<void> {
  const wanted = (raw: unknown) => (raw as { linkChips?: unknown } | undefined)?.linkChips === true;
  const start = async (raw: unknown) => (await import('./link-chips-page')).runLinkChips(doc, url, site, raw);
  const [, settings] = await early;
  if (wanted(settings)) return start(settings);
  const stop = onSettingsChanged((raw) => {
    if (!wanted(raw)) return;
    stop();
    void start(raw).catch(() => {});
  });
}

/** Called by the crx loader once this module is evaluated, with the time the loader was injected:
 * document_idle, the start of the benchmark's "time to panel visible". */
export function onExecute(context?: { perf?: { injectTime?: number } }): void {
  const injectTime = context?.perf?.injectTime;
  if (typeof injectTime === 'number' && !skipped) mark(MARK.idle, injectTime);
}

main().catch(() => {
  // Deliberately silent: a page we cannot read is left as it was.
});
