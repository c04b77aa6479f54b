// One panel per page, even when the content script runs again (the extension updated or reloaded,
// which leaves the previous script running orphaned, or a second injection). A new instance asks
// any earlier one to take its UI down, then sweeps what a dead one left behind.

import { HOST_TAG } from './layout';
import { MARKS_TAG } from './marks';

const TEARDOWN_EVENT = 'question-lens:teardown';
export const MARKER_ATTRIBUTE = 'data-question-lens';

/** Call before mounting: earlier instances remove their UI; leftovers are swept. */
export function evictEarlierInstances(doc: Document): void {
  doc.dispatchEvent(new CustomEvent(TEARDOWN_EVENT));
  doc.querySelectorAll(`${HOST_TAG}, ${MARKS_TAG}`).forEach((el) => el.remove());
}

/** Register this instance's teardown, called when a later instance starts. */
export function onEvicted(doc: Document, teardown: () => void): () => void {
  const listener = () => teardown();
  doc.addEventListener(TEARDOWN_EVENT, listener);
  return () => doc.removeEventListener(TEARDOWN_EVENT, listener);
}

export function markPage(doc: Document, on: boolean): void {
  if (on) doc.documentElement.setAttribute(MARKER_ATTRIBUTE, 'panel');
  else doc.documentElement.removeAttribute(MARKER_ATTRIBUTE);
}
