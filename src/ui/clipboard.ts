// Puts a citation on the clipboard as text/plain and text/html together, so a rich editor keeps the
// link and a plain one gets readable text.

import type { Citation } from '../core/cite';

export async function copyCitation(doc: Document, citation: Citation): Promise<boolean> {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  try {
    if (win?.navigator.clipboard?.write && typeof win.ClipboardItem === 'function') {
      await win.navigator.clipboard.write([
        new win.ClipboardItem({
          'text/plain': new Blob([citation.text], { type: 'text/plain' }),
          'text/html': new Blob([citation.html], { type: 'text/html' }),
        }),
      ]);
      return true;
    }
  } catch {
    // Refused (no focus, frame policy): the copy event below usually still works.
  }
  return copyThroughEvent(doc, citation);
}

function copyThroughEvent(doc: Document, citation: Citation): boolean {
  let done = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', citation.text);
    event.clipboardData.setData('text/html', citation.html);
    event.preventDefault();
    event.stopImmediatePropagation();
    done = true;
  };
  doc.addEventListener('copy', onCopy, true);
  try {
    doc.execCommand('copy');
  } catch {
    // execCommand unsupported: reported as a failure below.
  } finally {
    doc.removeEventListener('copy', onCopy, true);
  }
  return done;
}
