// The question's citation metadata as <meta name content> in the page's head, for Zotero's
// "Embedded Metadata" translator and other connectors that read the page, not our panel. Inserted
// once per page, whatever the panel does; taken out again when this instance is torn down.
// Values go through setAttribute, never markup.

import { citationMetaTags, type MetaTag } from '../core/cite/meta-tags';
import type { CitationProfile } from '../core/cite/profile';
import type { Analysis } from '../core/model';

const MARKER = 'data-question-lens-meta';

/** Inserts the tags (replacing any an earlier instance left) and returns their removal. */
export function insertMetaTags(doc: Document, tags: readonly MetaTag[]): () => void {
  doc.querySelectorAll(`meta[${MARKER}]`).forEach((m) => m.remove());
  const parent = doc.head ?? doc.documentElement;
  const added: HTMLMetaElement[] = [];
  for (const tag of tags) {
    const meta = doc.createElement('meta');
    meta.setAttribute('name', tag.name);
    meta.setAttribute('content', tag.content);
    meta.setAttribute(MARKER, '');
    parent.append(meta);
    added.push(meta);
  }
  return () => added.forEach((m) => m.remove());
}

export function insertCitationMeta(doc: Document, profile: CitationProfile, analysis: Analysis, url: string | null): () => void {
  return insertMetaTags(doc, citationMetaTags(profile, analysis, url));
}
