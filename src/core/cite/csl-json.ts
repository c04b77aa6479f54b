// A CSL-JSON item (Citation Style Language data, as citeproc processors and Zotero, Mendeley,
// Pandoc read it).
//
// Type `hearing`, not `bill`. CSL's `bill` is a proposed piece of legislation; a written question
// proposes nothing. A written question with its answer is a member of the legislature putting
// questions to a minister and the minister's answer, on the assembly's record: closest to a
// hearing, which CSL (and Zotero) use for a legislative body's questioning of a witness and its
// record. The fields then land where reference managers look for them: Zotero maps CSL
// `authority` to the hearing's legislative body, `number` to its document number and
// `chapter-number` to its session; `author` becomes a contributor.

import type { CitationRecord } from './record';
import { dateParts } from './record';

export interface CslName {
  family: string;
  given?: string;
}

export interface CslItem {
  id: string;
  type: 'hearing';
  title: string;
  author?: CslName[];
  issued?: { 'date-parts': number[][] };
  authority: string;
  number?: string;
  'chapter-number'?: string;
  genre: string;
  'publisher-place': string;
  URL?: string;
  language: string;
  keyword?: string;
  note: string;
}

export function toCslItem(record: CitationRecord): CslItem {
  const parts = dateParts(record.askedOn);
  // Built in reading order, so that the JSON a user pastes reads top-down.
  return {
    id: record.key,
    type: 'hearing',
    title: record.title,
    ...(record.authors.length ? { author: record.authors.map((a) => (a.given ? { family: a.family, given: a.given } : { family: a.family })) } : {}),
    ...(parts ? { issued: { 'date-parts': [parts] } } : {}),
    authority: record.institution,
    ...(record.number ? { number: record.number } : {}),
    ...(record.session ? { 'chapter-number': record.session } : {}),
    genre: record.genre,
    'publisher-place': record.place,
    ...(record.url ? { URL: record.url } : {}),
    language: record.languageCode,
    ...(record.keywords.length ? { keyword: record.keywords.join(', ') } : {}),
    note: record.note,
  };
}

/** CSL-JSON files hold an array of items; that is what reference managers import. */
export function toCslJson(record: CitationRecord): string {
  return JSON.stringify([toCslItem(record)], null, 2);
}
