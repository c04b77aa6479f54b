// The panel's related sections get their pages and loads from here: the pages the question leads
// to (related-pages.ts), loaded through the background (related-client.ts). Nothing is asked until a
// section asks; a page with no related question gets no access at all.

import type { Analysis } from '../core/model';
import type { RelatedAccess } from '../panel/related-access';
import type { SiteDescriptor } from '../sites/site';
import { cancelRelated, RelatedClient } from './related-client';
import { relatedPages } from './related-pages';

export function relatedAccess(doc: Document, analysis: Analysis, site: SiteDescriptor, copies: Pick<RelatedAccess, 'copySet' | 'copyWithOriginal'>): RelatedAccess | undefined {
  const pages = relatedPages(analysis, site);
  if (pages.length === 0) return undefined;
  const client = new RelatedClient();
  // The background drops a tab's queue when it loads another page; leaving by the back-forward
  // cache keeps the tab, so say it here too.
  doc.defaultView?.addEventListener('pagehide', () => cancelRelated(), { once: true });
  return {
    pages,
    load: (url) => client.load(url),
    onPending: (listener) => void client.onChange(listener),
    cancel: cancelRelated,
    ...copies,
  };
}
