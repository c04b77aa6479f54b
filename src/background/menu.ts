// The context-menu entry "Copy citation", shown only on the Senate's written-question addresses
// (both hosts, both capitalisations the site uses in MIval). Pages there that turn out not to be
// questions simply do not answer; nothing is copied.

import type { MenuEntry } from '../platform';
import { questionPagePatterns } from '../sites/descriptors';

export const COPY_CITATION_MENU_ID = 'ql-copy-citation';

/** From the sites' descriptors: their domains and question paths. */
export const QUESTION_PAGE_PATTERNS: readonly string[] = questionPagePatterns();

export function contextMenuEntries(title: string): MenuEntry[] {
  return [
    {
      id: COPY_CITATION_MENU_ID,
      title,
      contexts: ['page', 'selection', 'link'],
      documentUrlPatterns: [...QUESTION_PAGE_PATTERNS],
    },
  ];
}
