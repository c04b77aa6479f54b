// The one data structure that flows site → core → UI/CLI. Computed once per page; the UI and the
// command line only read it. Offsets (`Span`) index the flat text produced by core/text, which is
// the only link between the analysis and the DOM.

// 2: `Item.refersTo` is a structured Reference (kind item / question / document / website /
// registry) instead of a label; `Reason.code` is one of ReasonCode.
// 3: a question's whole life: item status 'unanswered', timeliness verdicts 'closed' and 'lapsed'
// (with `unansweredAfterDays`), chronology kind 'lapsed', `QuestionMeta.closedOn` / `lapsedOn`.
export const SCHEMA_VERSION = 3;

export type Language = 'fr' | 'nl' | 'en';

/** Half-open [start, end) offsets into the flat text of the page. */
export interface Span {
  start: number;
  end: number;
}

/** 'awaiting': no answer yet, and one can still come. 'unanswered': no answer, and none will come
 * (the question was closed, or lapsed at the end of its legislature). */
export type ItemStatus = 'answered' | 'partial' | 'deflected' | 'referred' | 'missing' | 'awaiting' | 'unanswered';

/** Every reason the engine gives, one code each: assess produces them, the panel words them from
 * its catalogs, the JSON Schema lists them. */
export const REASON_CODES = [
  'no-answer-yet', 'no-answer-closed', 'no-answer-lapsed', 'no-answer-part', 'not-in-shared-part',
  'evidence', 'thin-evidence',
  'unaddressed-interrogatives', 'gap-number', 'gap-date', 'gap-breakdown',
  'deflection-no-data', 'deflection-burden', 'deflection-not-competent', 'deflection-ask-elsewhere',
  'deflection-secrecy', 'deflection-stalling', 'deflection-cannot-answer', 'deflection-talks-around', 'deflection-aside',
  'refers-to', 'referred-partial', 'refers-question', 'refers-document', 'refers-website', 'refers-registry', 'refers-elsewhere',
  'paired-by-label', 'paired-by-group', 'paired-by-range', 'paired-by-whole-answer', 'paired-by-alignment',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export type ReferenceKind = 'item' | 'question' | 'document' | 'website' | 'registry';

/** Where an answer points instead of answering. */
export interface Reference {
  kind: ReferenceKind;
  /** The sub-question pointed to (kind item). */
  label?: string;
  /** The written question pointed to, as the answer writes it ("5-7879", "242"); a full Senate id
   * ("5-7879") becomes a link. */
  questionId?: string;
  /** The words of the pointer. */
  text: string;
  span?: Span;
}

/** Why a verdict was given: a code a program can rely on, a sentence a reviewer can read, and the
 * words it relied on (with where they stand on the page, when they stand on it). */
export interface Reason {
  code: ReasonCode;
  text: string;
  evidence?: string;
  span?: Span;
}

/** One chronology row: sent, answered, closed ("Dossier clôturé" / "Dossier gesloten"), lapsed
 * ("Fin de la législature"), resubmitted ("Heringediend als : …"); any other row is kept as 'other'
 * with its text. */
export type ChronologyEventKind = 'sent' | 'answered' | 'closed' | 'lapsed' | 'resubmitted' | 'other';

export interface ChronologyEvent {
  date: string | null; // ISO yyyy-mm-dd
  kind: ChronologyEventKind;
  text: string;
}

export interface QuestionMeta {
  id: string | null; // "7-1649"
  legislature: number | null;
  number: number | null;
  author: string | null;
  party: string | null;
  askedOn: string | null; // ISO
  addressee: string | null;
  title: string | null;
  keywords: string[];
  originalLanguage: Language | null;
  deadline: string | null; // ISO
  answeredOn: string | null; // ISO
  alsoAskedTo: string[]; // ["7-1648", "7-1650"]
  resubmittedAs: string | null; // "5-4712"
  /** When the question was closed without an answer ("Dossier gesloten"), ISO; null otherwise. */
  closedOn: string | null;
  /** When the question lapsed unanswered at the end of its legislature, ISO: the chronology's "Fin
   * de la législature" row, or, when the page does not say so, the legislature's end date (a
   * question of an ended legislature with no answer and not closed has lapsed); null otherwise. */
  lapsedOn: string | null;
  /** True when `lapsedOn` comes from the legislature's dates, not from a row of the page. */
  lapseInferred: boolean;
  events: ChronologyEvent[];
}

/** One enumeration marker found in a text region. */
export interface Marker {
  /** Labels this marker covers: ["1"], or ["1","2"] for a group "1 et 2", ["1","2","3"] for "1 à 3". */
  labels: string[];
  /** The marker's own text, e.g. "1)", "Ad 1.", "En réponse à votre troisième question". */
  raw: string;
  /** Where the marker text stands. */
  span: Span;
  /** Style family, so a sequence is only continued by markers of the same style. */
  style: string;
  /** Nesting depth: 0 for top level, 1 for a sub-level inside it. */
  depth: number;
}

/** A numbered part of a region: the marker and the text it governs up to the next marker of the
 * same depth. */
export interface Part {
  labels: string[];
  marker: Marker | null; // null for an unnumbered part
  span: Span; // the whole part, marker included
  bodySpan: Span; // the part without its marker
}

export type InterrogativeVerdict = 'addressed' | 'unaddressed' | 'not-applicable';

export interface Interrogative {
  text: string;
  span: Span;
  verdict: InterrogativeVerdict;
  /** The words that decided the verdict (shared stems, numbers, denial…). */
  evidence: string[];
  reason: string;
}

export interface Item {
  label: string;
  question: string;
  questionSpan: Span;
  answer: string | null;
  answerSpan: Span | null;
  status: ItemStatus;
  /** Other labels answered by the same answer part ("1 et 2."). */
  groupedWith: string[];
  /** Where the answer points instead of answering here ("voir point 1", "question n° 5-7879", the
   * registry, a website, a report). */
  refersTo: Reference | null;
  reasons: Reason[];
  interrogatives: Interrogative[];
  /** Texts of interrogatives with no trace in the answer. */
  unaddressed: string[];
  /** 0..1: how sure the engine is of the status. */
  confidence: number;
}

export interface AnswerPartReport {
  labels: string[];
  text: string;
  span: Span;
  reason: string;
}

/** 'closed' and 'lapsed': no answer, and none will come (closed, or lapsed at the end of the
 * legislature). */
export type TimelinessVerdict = 'on-time' | 'late' | 'awaiting' | 'overdue' | 'closed' | 'lapsed' | 'unknown';

export interface Timeliness {
  verdict: TimelinessVerdict;
  /** Days late (late), days past the deadline (overdue), days left (awaiting); 0 when on time. For
   * closed and lapsed: days past the deadline on the day it was closed or lapsed (0 when that came
   * before the deadline), null without a deadline. */
  days: number | null;
  /** Days from asked to answered, when both are known. */
  answeredAfterDays: number | null;
  /** Closed and lapsed: days from asked to the closing or the lapse, when both are known; null
   * otherwise. */
  unansweredAfterDays: number | null;
  reason: string;
}

export type PageKind = 'written-question' | 'other';

export interface PageInfo {
  site: string; // "senate-be"
  kind: PageKind;
  language: Language | null;
  url: string | null;
  /** "page" (ordinary), "print" (SVPrint), "print-bilingual". */
  variant: string | null;
}

export interface Analysis {
  schemaVersion: typeof SCHEMA_VERSION;
  page: PageInfo;
  question: QuestionMeta;
  /** Where the question text and the answer text stand in the flat text. */
  regions: { question: Span | null; answer: Span | null };
  /** How the question and the answer were numbered ("numbered", "unnumbered", "none"). */
  numbering: { question: NumberingKind; answer: NumberingKind };
  items: Item[];
  extraAnswerParts: AnswerPartReport[];
  timeliness: Timeliness;
  warnings: string[];
}

/** Warning code a site puts among its warnings when the page seems cut short (saved while
 * loading): the engine then gives no verdict, the panel says so (message `pageIncomplete`) and the
 * command line exits 4. */
export const PAGE_INCOMPLETE = 'page-incomplete';

/** What a site reads off a page before the engine pairs anything: the engine's input. */
export interface PageReading {
  page: PageInfo;
  meta: QuestionMeta;
  /** The question's own text (context and sub-questions), without its heading line. */
  questionRegion: Span | null;
  /** The answer's text, without its "Réponse reçue le …" line; null when there is no answer yet. */
  answerRegion: Span | null;
  /** Language the question and answer texts are in (the page's language). */
  language: Language | null;
  /** What the site could not read, one line each, in English. */
  warnings: string[];
}

export type NumberingKind = 'numbered' | 'unnumbered' | 'none';

export function emptyMeta(): QuestionMeta {
  return {
    id: null,
    legislature: null,
    number: null,
    author: null,
    party: null,
    askedOn: null,
    addressee: null,
    title: null,
    keywords: [],
    originalLanguage: null,
    deadline: null,
    answeredOn: null,
    alsoAskedTo: [],
    resubmittedAs: null,
    closedOn: null,
    lapsedOn: null,
    lapseInferred: false,
    events: [],
  };
}
