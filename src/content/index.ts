// Content script entry. Cheap checks first (the address, then the heading near the top), so pages
// that are not written questions cost nothing and get nothing; then one analysis of the live DOM.
// Nothing here may throw into the page's console.

import { analysePage } from '../sites/analyse-page';
import { senateBe } from '../sites/senate-be';
import { extensionAlive, onMessage } from '../platform';
import { answer } from './answer';
import { startController, type Controller } from './controller';
import { evictEarlierInstances, onEvicted } from './orphans';
import { MARK, mark } from './timing';

function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Set when the cheap checks said no: such a page gets one mark and nothing else. */
let skipped = false;

async function main(): Promise<void> {
  const doc = document;
  const url = location.href.split('#')[0]!;
  if (!senateBe.isCandidateUrl(url) || !senateBe.looksLikeQuestion(doc) || !doc.body) {
    skipped = true;
    mark(MARK.skip);
    return;
  }

  mark(MARK.start);
  const result = analysePage<Node>(doc.body, { url, today: localToday(), onFlattened: () => mark(MARK.flattened) });
  mark(MARK.analysed);
  if (!result) return;

  evictEarlierInstances(doc);
  const controller: Controller = await startController(doc, result.analysis, result.flat, url, localToday());

  const stopListening = onMessage((message, sender) => answer(controller, message, sender));
  const stopEviction = onEvicted(doc, () => {
    stopListening();
    stopEviction();
    controller.dispose();
  });
  // A back/forward cache restore keeps this instance and its panel; only the badge, which the
  // browser reset on navigation, needs saying again.
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    if (extensionAlive()) controller.reportStatus();
    else controller.dispose();
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
