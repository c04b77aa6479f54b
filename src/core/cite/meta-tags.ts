// Citation meta tags for the page's <head>, read by Zotero's "Embedded Metadata" translator,
// Google Scholar and other connectors. Two vocabularies, because readers differ in which they trust:
// - Highwire Press `citation_*` (Google Scholar's inclusion guidelines): dates "YYYY/MM/DD", one
//   citation_author per author as "Family, Given". The number goes in
//   citation_technical_report_number with the Senate as citation_technical_report_institution,
//   the pair Google Scholar documents for numbered documents of an institution;
// - Dublin Core `DC.*`, dates in W3C-DTF ("YYYY-MM-DD"), DC.type from the DCMI type vocabulary.
// The content script inserts them; this module only decides what they say.

import type { Analysis, Language } from '../model';
import type { CitationProfile } from './profile';
import { citationRecord } from './record';

export interface MetaTag {
  name: string;
  content: string;
}

export function citationMetaTags(profile: CitationProfile, analysis: Analysis, url: string | null, language?: Language | null): MetaTag[] {
  const lang = language ?? analysis.page.language ?? 'en';
  const record = citationRecord(profile, analysis, lang, url);
  const tags: MetaTag[] = [];
  const add = (name: string, content: string | null | undefined) => {
    if (content) tags.push({ name, content });
  };
  const names = record.authors.map((a) => (a.given ? `${a.family}, ${a.given}` : a.family));
  const slashDate = record.askedOn?.replace(/-/g, '/');

  add('citation_title', record.title);
  for (const name of names) add('citation_author', name);
  add('citation_date', slashDate);
  add('citation_publication_date', slashDate);
  add('citation_publisher', record.institution);
  add('citation_technical_report_institution', record.institution);
  add('citation_technical_report_number', record.number);
  add('citation_language', record.languageCode);
  add('citation_public_url', record.url);

  add('DC.title', record.title);
  for (const name of names) add('DC.creator', name);
  add('DC.date', record.askedOn);
  add('DC.type', 'Text');
  add('DC.identifier', record.url ?? record.number);
  add('DC.language', record.languageCode);
  add('DC.publisher', record.institution);
  return tags;
}
