// One neutral reference record of a question (or of one of its sub-questions), built once from the
// analysis; BibTeX, RIS, CSL-JSON and the page's meta tags are all serialisations of it, so they
// cannot disagree about a date, a name or a number.

import type { Analysis, Item, Language } from '../model';
import { formatLongDate } from './dates';
import { splitPersonName, type PersonName } from './names';
import type { CitationProfile } from './profile';
import { LANGUAGE_CODES } from './record-words';
import { renderTemplate } from './render';
import { formatSession, parliamentarySession } from './session';

export interface CitationRecord {
  /** Stable key: the profile's prefix and the number, "senate7-1649", "senate7-1649-point4" for a sub-question. */
  key: string;
  /** The site's number of the question, "7-1649". */
  number: string | null;
  title: string;
  authors: PersonName[];
  /** ISO dates. */
  askedOn: string | null;
  answeredOn: string | null;
  /** "2021-2022" ("2021-22" in Dutch). */
  session: string | null;
  institution: string;
  place: string;
  genre: string;
  /** "Question écrite n° 7-1649". */
  designation: string;
  /** "session 2021-2022", "zitting 2021-22". */
  sessionPhrase: string | null;
  language: Language;
  languageCode: string;
  /** The page, or for a sub-question the deep link that opens the page at it. */
  url: string | null;
  label: string | null;
  keywords: string[];
  /** Sentences for a note field: the sub-question, the addressee, the answer date. */
  note: string;
}

export function citationRecord(profile: CitationProfile, analysis: Analysis, language: Language, url: string | null, item?: Item, itemUrl?: string | null): CitationRecord {
  const q = analysis.question;
  const words = profile.record[language];
  const label = item?.label ?? null;
  const noteLines = [
    label !== null ? renderTemplate(words.item, { label }) : '',
    renderTemplate(`[${words.addressedTo}]`, { addressee: q.addressee }),
    q.answeredOn ? renderTemplate(words.answeredOn, { answeredOn: formatLongDate(q.answeredOn, language) }) : words.noAnswer,
  ].filter(Boolean);
  const session = formatSession(parliamentarySession(q.askedOn, profile.sessions), language);
  const baseKey = `${profile.recordKeyPrefix}${q.id ?? [q.legislature, q.number].filter((x) => x !== null).join('-')}`;
  return {
    key: label !== null ? `${baseKey}-point${label.replace(/[^\p{L}\p{N}]+/gu, '')}` : baseKey,
    number: q.id,
    title: q.title ?? renderTemplate(words.designation, { id: q.id }),
    authors: q.author ? [splitPersonName(q.author)] : [],
    askedOn: q.askedOn,
    answeredOn: q.answeredOn,
    session,
    institution: words.institution,
    place: words.place,
    genre: words.genre,
    designation: renderTemplate(words.designation, { id: q.id }),
    sessionPhrase: session ? renderTemplate(words.session, { session }) : null,
    language,
    languageCode: LANGUAGE_CODES[language].iso,
    url: item ? (itemUrl ?? url) : url,
    label,
    keywords: q.keywords,
    note: noteLines.map((line) => `${line}.`).join(' '),
  };
}

/** "2022-06-02" → [2022, 6, 2]; partial ISO dates give fewer parts. */
export function dateParts(iso: string | null): number[] | null {
  const match = iso ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso) : null;
  if (!match) return null;
  return [match[1], match[2], match[3]].filter((p): p is string => p !== undefined).map(Number);
}
