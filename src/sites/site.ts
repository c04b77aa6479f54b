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

/** The light part of a site, all the content script loads on every page of the site: where the
 * site lives, which of its addresses are written questions, and a cheap look at a page. The
 * manifest's matches and permissions, the sender checks, the context menu's patterns and the
 * popup's link are all derived from it (sites/descriptors.ts). */
export interface SiteDescriptor {
  id: string;
  /** The registrable domains the site lives on: its pages are on them or on a subdomain. */
  domains: readonly string[];
  /** The exact hosts its pages are served from (where a fetch may go or be redirected to). */
  hosts: readonly string[];
  /** Path patterns (match-pattern syntax) of its written-question pages, for the context menu. */
  questionPathPatterns: readonly string[];
  /** Pure predicate on an address: could this be one of the site's written-question pages?
   * Used by the content script before touching the DOM. */
  isCandidateUrl(url: string): boolean;
  /** Which question an address is, or null when it is not one of the site's question pages. */
  parseQuestionUrl(url: string): QuestionAddress | null;
  /** The address of one of the site's written questions by its id, in a language; null when the id
   * is not one of the site's. */
  questionUrl(questionId: string, language: 'fr' | 'nl'): string | null;
  /** The language of any of the site's pages by its address (a list, a search), or null. */
  languageOfAddress(url: string): 'fr' | 'nl' | null;
  /** Where a reader finds the site's written questions (its search page), in a language. */
  questionsHomeUrl(language: 'fr' | 'nl'): string;
  /** Cheap look at the first text of the document (no full pass) for the heading label. */
  looksLikeQuestion(doc: Document): boolean;
}

/** A site's own test addresses, beside its URL predicate: every site must accept its `mustMatch`
 * and reject its `mustNotMatch` and every other site's `mustMatch`. */
export interface UrlExamples {
  mustMatch: readonly string[];
  mustNotMatch: readonly string[];
}

/** A whole site: its descriptor, its reader and its citation profile. */
export interface Site extends SiteDescriptor {
  /** Reads the flat text of a whole page. `kind: 'other'` in the result's page when it is not a
   * written question. `today` (ISO, default the current date) decides what has lapsed: a question
   * of a legislature ended by then, with no answer, will get none. */
  read(flat: FlatText, url: string | null, today?: string): SiteReading;
  /** How its questions are cited: own wording, legal style, publisher, session calendar. */
  citation: CitationProfile;
}
