// A written-question page, once the entry's cheap checks said yes: one analysis of the live DOM,
// then the panel (controller.ts), the answers to the extension's messages, and the teardown when a
// later instance of the script takes over.

import { loadTranslator, panelLanguage } from '../panel/i18n';
import { analysePage } from '../sites/analyse-page';
import { descriptorForUrl } from '../sites/descriptors';
import { extensionAlive, onMessage } from '../platform/content';
import { answer } from './answer';
import { readStored, startController } from './controller';
import type { EarlyStart } from './early';
import { evictEarlierInstances, onEvicted } from './orphans';
import { MARK, mark } from './timing';

function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `early`: what the entry started before loading this chunk (early.ts): the storage reads, the
 * panel's room in the page, its catalog. */
export async function runQuestionPage(doc: Document, url: string, early?: EarlyStart): Promise<void> {
  // Asked before the analysis, answered while it runs: the stored state and settings, and the
  // panel's strings in the address's language (the page's, but for a bilingual print).
  const stored = readStored(early?.stored);
  const room = early?.room ?? Promise.resolve(() => {});
  loadTranslator(panelLanguage(descriptorForUrl(url)?.parseQuestionUrl(url)?.language)).catch(() => {});
  mark(MARK.start);
  const result = analysePage<Node>(doc.body, { url, today: localToday(), onFlattened: () => mark(MARK.flattened) });
  mark(MARK.analysed);
  if (!result) {
    // Not a question after all: the page gets its own layout back.
    stored.catch(() => {});
    void room.then((release) => release());
    return;
  }

  evictEarlierInstances(doc);
  const controller = await startController(doc, result.analysis, result.flat, url, localToday(), stored, room, early?.catalog ?? null);

  const stopListening = onMessage((message, sender) => answer(controller, message, sender));
  const stopEviction = onEvicted(doc, () => {
    stopListening();
    stopEviction();
    controller.dispose();
  });
  // A back/forward cache restore keeps this instance and its panel; only the badge, which the
  // browser reset on navigation, needs saying again.
  doc.defaultView?.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    if (extensionAlive()) controller.reportStatus();
    else controller.dispose();
  });
}
