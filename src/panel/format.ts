// Dates, day counts, quotations and the timeliness verdict (with its tooltip) in the panel's
// language; and the evidence a card quotes, one quotation per piece, each piece once.

import type { Item, Language, QuestionMeta, Reason, Timeliness } from '../core/model';
import { h } from '../ui/dom';
import { localeTag, type Translate } from './i18n';

/** "2 juin 2022" / "2 juni 2022" / "2 June 2022" from an ISO date; the input when unreadable. */
export function formatDate(iso: string | null, language: Language): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(localeTag(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

export type VerdictTone = 'good' | 'bad' | 'waiting' | 'unknown';

/** "1 day", "35 days" ("1 jour", "35 jours"…); "?" stands for a count that is not known. */
export function dayCount(t: Translate, days: number | null): string {
  if (days === null) return t('dayCount', '?');
  return days === 1 ? t('dayCountOne') : t('dayCount', days);
}

/** Words from the page in the language's quotation marks: «\u202f…\u202f» in French, “…” otherwise. */
export function quote(t: Translate, text: string): string {
  return t('quoted', text);
}

export function verdictText(t: Translate, timeliness: Timeliness): { text: string; tone: VerdictTone } {
  const days = timeliness.days;
  switch (timeliness.verdict) {
    case 'on-time':
      return {
        text: timeliness.answeredAfterDays !== null ? t('verdictOnTime', dayCount(t, timeliness.answeredAfterDays)) : t('verdictOnTimeNoDays'),
        tone: 'good',
      };
    case 'late':
      return { text: t('verdictLate', dayCount(t, days)), tone: 'bad' };
    case 'overdue':
      return { text: t('verdictOverdue', dayCount(t, days)), tone: 'bad' };
    case 'awaiting':
      return { text: days !== null ? t('verdictAwaiting', dayCount(t, days)) : t('verdictAwaitingNoDays'), tone: 'waiting' };
    case 'closed':
      return {
        text: timeliness.unansweredAfterDays !== null ? t('verdictClosed', dayCount(t, timeliness.unansweredAfterDays)) : t('verdictClosedNoDays'),
        tone: 'bad',
      };
    case 'lapsed':
      return {
        text: timeliness.unansweredAfterDays !== null ? t('verdictLapsed', dayCount(t, timeliness.unansweredAfterDays)) : t('verdictLapsedNoDays'),
        tone: 'bad',
      };
    default:
      return { text: t('verdictUnknown'), tone: 'unknown' };
  }
}

export type VerdictFacts = Pick<QuestionMeta, 'askedOn' | 'deadline' | 'answeredOn'> & Partial<Pick<QuestionMeta, 'closedOn' | 'lapsedOn' | 'resubmittedAs'>>;

/** The verdict's tooltip: what the engine's `timeliness.reason` says in English, said in the
 * panel's language from the same facts (the dates written out). */
export function verdictTitle(t: Translate, timeliness: Timeliness, facts: VerdictFacts, language: Language): string {
  const date = (iso: string | null | undefined) => formatDate(iso ?? null, language) ?? '?';
  const { deadline, answeredOn } = facts;
  const after = timeliness.answeredAfterDays !== null ? t('tipAnsweredAfter', dayCount(t, timeliness.answeredAfterDays)) : '';
  const sentences: string[] = [];
  switch (timeliness.verdict) {
    case 'on-time':
      sentences.push(t('tipAnsweredOnTime', date(answeredOn), date(deadline)), after);
      break;
    case 'late':
      sentences.push(t('tipAnsweredLate', date(answeredOn), dayCount(t, timeliness.days), date(deadline)), after);
      break;
    case 'awaiting':
      sentences.push(t('tipAwaiting', dayCount(t, timeliness.days), date(deadline)));
      break;
    case 'overdue':
      sentences.push(t('tipOverdue', dayCount(t, timeliness.days), date(deadline)));
      break;
    case 'closed':
    case 'lapsed': {
      const endedOn = timeliness.verdict === 'closed' ? facts.closedOn : facts.lapsedOn;
      sentences.push(timeliness.verdict === 'closed' ? t('tipClosed', date(endedOn)) : t('tipLapsed', date(endedOn)));
      if (timeliness.unansweredAfterDays !== null) sentences.push(t('tipUnansweredAfter', dayCount(t, timeliness.unansweredAfterDays)));
      const past = deadline && endedOn ? daysBetween(deadline, endedOn) : null;
      if (!deadline) sentences.push(t('tipNoDeadline'));
      else if (past !== null) sentences.push(past > 0 ? t('tipPastDeadline', dayCount(t, past), date(deadline)) : t('tipBeforeDeadline', date(deadline)));
      if (facts.resubmittedAs) sentences.push(t('tipResubmitted', facts.resubmittedAs));
      break;
    }
    default:
      if (answeredOn && !deadline) sentences.push(t('tipAnsweredNoDeadline', date(answeredOn)), after);
      else if (!answeredOn && !deadline) sentences.push(t('tipNoDates'));
      else sentences.push(t('tipDatesUnreadable'));
  }
  return sentences.filter(Boolean).join(' ');
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number | null {
  const a = Date.parse(from + 'T00:00:00Z');
  const b = Date.parse(to + 'T00:00:00Z');
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return Math.round((b - a) / 86_400_000);
}

/** The first lines of a text for a collapsed card: up to `limit` characters, cut at a word. */
export function firstLines(text: string, limit = 180): { head: string; truncated: boolean } {
  const clean = text.trim();
  if (clean.length <= limit) return { head: clean, truncated: false };
  const cut = clean.lastIndexOf(' ', limit);
  return { head: clean.slice(0, cut > limit * 0.6 ? cut : limit).trimEnd() + '…', truncated: true };
}

// ---- evidence ----
// The engine gives a reason's evidence as one string (words joined by ", ", sentences by " | ")
// and an interrogative's as a list that may hold single words and whole sentences. A card quotes
// each piece on its own, and a sentence (or words within it) once per card.

/** The pieces a reason relied on. "evidence" joins the evidence of the interrogatives it found
 * addressed (sentences with commas included), so they are taken from there, and only its words are
 * kept: each sentence is quoted at the interrogative it decided, listed below the reasons. */
export function reasonEvidence(reason: Reason, item: Pick<Item, 'interrogatives'>): string[] {
  const joined = reason.evidence?.trim();
  if (!joined) return [];
  if (reason.code === 'evidence') return splitJoined(joined, item.interrogatives.flatMap((q) => q.evidence)).filter((p) => !/\s/.test(p));
  return unique(joined.split(' | '));
}

/** "a, b, Une phrase, avec virgule." back into its pieces: at each place the longest known piece
 * that stands there whole, else up to the next ", ". */
function splitJoined(joined: string, known: readonly string[]): string[] {
  const candidates = [...new Set(known)].sort((a, b) => b.length - a.length);
  const pieces: string[] = [];
  let at = 0;
  while (at < joined.length) {
    const found = candidates.find((c) => c && joined.startsWith(c, at) && (at + c.length === joined.length || joined.startsWith(', ', at + c.length)));
    const next = joined.indexOf(', ', at);
    const end = found ? at + found.length : next === -1 ? joined.length : next;
    pieces.push(joined.slice(at, end));
    at = end + 2;
  }
  return unique(pieces);
}

/** The distinct non-empty pieces, in order. */
function unique(pieces: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of pieces) {
    const text = p.trim();
    const key = comparable(text);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ').replace(/[.…]+$/, '').trim();
}

/** Remembers what a card has quoted: each call gives back the pieces not quoted before, a sentence
 * already quoted being left out, and so is a piece that stands within one quoted (the words of a
 * sentence). Single words may recur: each interrogative names its own. */
export function quoteOnce(): (pieces: readonly string[]) => string[] {
  const sentences: string[] = [];
  return (pieces) => {
    const out: string[] = [];
    for (const piece of unique(pieces)) {
      const key = comparable(piece);
      if (sentences.some((s) => s === key || (key.includes(' ') && s.includes(key)))) continue;
      if (out.some((o) => comparable(o).includes(key) && key.includes(' '))) continue;
      out.push(piece);
      if (key.includes(' ')) sentences.push(key);
    }
    return out;
  };
}

/** "Relied on: “a”, “b”" as a card shows it, each piece its own quotation (a <q>, which the
 * panel's language gives its marks); null when nothing is left to quote. */
export function evidenceSpan(doc: Document, t: Translate, pieces: readonly string[], lead = ' '): HTMLElement | null {
  if (!pieces.length) return null;
  const quotes = pieces.flatMap((piece, i) => [i ? ', ' : null, h(doc, 'q', {}, piece)]);
  return h(doc, 'span', { class: 'evidence' }, `${lead}${t('labelColon', t('evidence'))} `, ...quotes);
}
