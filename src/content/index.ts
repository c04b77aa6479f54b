// Content script entry, loaded on every page of a known site: the cheap checks only (the site's
// address predicate, then its heading check near the top), from the sites' light descriptors. A page that is not a written question costs this small module and one
// mark, nothing more; a question page then loads the engine and the panel (question-page.ts) with
// a dynamic import, a chunk the manifest makes web-accessible on the Senate's hosts only.
// Nothing here may throw into the page's console.

import { descriptorForUrl } from '../sites/descriptors';
import { readEarly } from './early';
import { MARK, mark } from './timing';

/** The panel's catalog in the address's language, fetched while the engine loads (the same chunks
 * panel/i18n.ts imports, so the panel finds it loaded). */
const CATALOG: Record<string, () => Promise<unknown>> = {
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
    return;
  }
  mark(MARK.question);
  // All at once: the storage reads, the catalog and the engine with the panel.
  const early = readEarly();
  CATALOG[site.parseQuestionUrl(url)?.language ?? '']?.().catch(() => {});
  const { runQuestionPage } = await import('./question-page');
  await runQuestionPage(doc, url, early);
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
