// Content script entry. Cheap checks first (the address, then the heading near the top), so pages
// that are not written questions cost nothing and get nothing; then one analysis of the live DOM.
// Nothing here may throw into the page's console.

import { analysePage } from '../sites/analyse-page';
import { senateBe } from '../sites/senate-be';
import { extensionAlive, isToggleMessage, onMessage } from '../platform';
import { startController, type Controller } from './controller';
import { evictEarlierInstances, onEvicted } from './orphans';

function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function main(): Promise<void> {
  const doc = document;
  const url = location.href.split('#')[0]!;
  if (!senateBe.isCandidateUrl(url) || !senateBe.looksLikeQuestion(doc) || !doc.body) return;

  const result = analysePage<Node>(doc.body, { url, today: localToday() });
  if (!result) return;

  evictEarlierInstances(doc);
  const controller: Controller = await startController(doc, result.analysis, result.flat, url, localToday());

  const stopListening = onMessage((message) => {
    if (!isToggleMessage(message)) return undefined;
    return Promise.resolve({ open: controller.toggle() });
  });
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

main().catch(() => {
  // Deliberately silent: a page we cannot read is left as it was.
});
