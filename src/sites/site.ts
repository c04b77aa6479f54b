// What a site folder provides. A site is one self-contained unit (detector, region finder, labels):
// adding a parliament means adding a folder that implements this, and core/ does not change.

import type { FlatText } from '../core/text';
import type { PageReading } from '../core/model';
import type { CitationProfile } from '../core/cite/profile';

/** What a site reads off a page's flat text before the engine pairs anything. It is the engine's
 * input, so it is defined in core. */
export type SiteReading = PageReading;

/** A written question's address, read: which question, in which language, which page of it. */
export interface QuestionAddress {
  /** "7-1649": the site's own id of the question. */
  questionId: string;
  language: 'fr' | 'nl' | null;
  variant: 'page' | 'print';
}

export interface Site {
  id: string;
  /** The hosts the site serves its pages from (exact names, no wildcard); the extension's
   * permissions, match patterns and sender checks are derived from them. */
  hosts: readonly string[];
  /** Pure predicate on an address: could this be one of the site's written-question pages?
   * Used by the content script before touching the DOM. */
  isCandidateUrl(url: string): boolean;
  /** Cheap look at the first text of the document (no full pass) for the heading label. */
  looksLikeQuestion(doc: Document): boolean;
  /** Reads the flat text of a whole page. `kind: 'other'` in the result's page when it is not a
   * written question. `today` (ISO, default the current date) decides what has lapsed: a question
   * of a legislature ended by then, with no answer, will get none. */
  read(flat: FlatText, url: string | null, today?: string): SiteReading;
  /** The address of one of the site's written questions by its id, in a language; null when the id
   * is not one of the site's. */
  questionUrl(questionId: string, language: 'fr' | 'nl'): string | null;
  /** Which question an address is, or null when it is not one of the site's question pages. */
  parseQuestionUrl(url: string): QuestionAddress | null;
  /** How its questions are cited: own wording, legal style, publisher, session calendar. */
  citation: CitationProfile;
}
