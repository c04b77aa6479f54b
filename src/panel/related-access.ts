// What the panel's related sections may ask of the content script: the pages a question leads to,
// their Analyses through the background (cached, two at a time), what is in flight, and the copy of
// a set of answers. The panel never fetches: it only asks.

import type { Analysis, Item } from '../core/model';

export type RelationKind = 'sibling' | 'original' | 'resubmitted' | 'cited';

export interface RelatedPageRef {
  kind: RelationKind;
  questionId: string;
  language: 'fr' | 'nl';
  url: string;
  /** For a cited question: the labels of the items citing it. */
  citedBy: string[];
}

/** A related page's Analysis, or why there is none (the background's reply, as the panel sees it). */
export type RelatedLoad = { ok: true; analysis: Analysis } | { ok: false; error: string };

export interface RelatedAccess {
  pages: readonly RelatedPageRef[];
  load(url: string): Promise<RelatedLoad>;
  /** Called with the number of pages loading whenever it changes. */
  onPending(listener: (n: number) => void): void;
  /** Stops what is loading (the background drops this tab's queue). */
  cancel(): void;
  /** Copies the citation of this question and of the given related ones, one per line. */
  copySet(analyses: readonly Analysis[]): Promise<boolean>;
  /** Copies a sub-question's citation, in the reader's form, with its original-language text and
   * answer part quoted after it. */
  copyWithOriginal(item: Item, original: Item, language: 'fr' | 'nl'): Promise<boolean>;
}
