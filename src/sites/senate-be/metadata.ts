// The header of a question page: author, party, date, addressee, title, keywords, chronology,
// cross-references. Read from the flat text's segments between the heading and the question label.

import type { ChronologyEvent, QuestionMeta } from '../../core/model';
import { emptyMeta } from '../../core/model';
import { DATE_PATTERN, findDate, parseDate } from './dates';
import { EVENT_KIND_LABELS, LABELS, LANGUAGES, NUMBER_SIGN, QUESTION_ID, type PageLanguage } from './labels';
import { isRule, isSiteChrome, type Segment } from './segments';
import type { HeadingMatch } from './detect';

/** An optional colon between blanks. Written so, not as \s*:?\s*, whose two runs of blanks split a
 * long run of line breaks (a page of <br>) every possible way before failing: quadratic. */
const COLON = String.raw`\s*(?::\s*)?`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const spaced = (s: string) => escape(s).replace(/ /g, String.raw`\s+`);

export interface HeaderReading {
  meta: QuestionMeta;
  warnings: string[];
  /** Where the last header element read ends: the question text cannot start before it. */
  headerEnd: number;
  /** Whether an author line and a chronology were found (what makes a page a question's). */
  hasAuthorLine: boolean;
  hasChronology: boolean;
}

interface AuthorLine {
  author: string | null;
  party: string | null;
  date: string | null;
}

/** "Els Ampe (Open Vld) et Karin Brouwers (CD&V)" → names and parties, splitting outside brackets. */
function splitAuthors(raw: string, join: string): { names: string[]; parties: string[] } {
  const pieces: string[] = [];
  let depth = 0;
  let current = '';
  const joinRe = new RegExp(String.raw`^\s+(?:${join}|et|en)\s+`, 'iu');
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0) {
      if (ch === ',') {
        pieces.push(current);
        current = '';
        continue;
      }
      const rest = raw.slice(i);
      const j = joinRe.exec(rest);
      if (j) {
        pieces.push(current);
        current = '';
        i += j[0].length - 1;
        continue;
      }
    }
    current += ch;
  }
  pieces.push(current);
  const names: string[] = [];
  const parties: string[] = [];
  for (const piece of pieces.map((p) => p.trim()).filter(Boolean)) {
    const m = trailingBrackets(piece);
    if (m) {
      names.push(m.before.trim());
      const party = m.inside.trim();
      if (party && !parties.includes(party)) parties.push(party);
    } else names.push(piece);
  }
  return { names, parties };
}

/** "Els Ampe (Open Vld)" → the text before the last bracketed group and the group's content; null
 * when the piece does not end with one. Done by hand: /^(.*?)\s*\(([^)]*)\)\s*$/ is quadratic on a
 * line of opening brackets. */
function trailingBrackets(piece: string): { before: string; inside: string } | null {
  const body = piece.trimEnd();
  if (!body.endsWith(')')) return null;
  const close = body.length - 1;
  const open = body.indexOf('(', body.lastIndexOf(')', close - 1) + 1);
  if (open < 0 || open >= close) return null;
  return { before: body.slice(0, open), inside: body.slice(open + 1, close) };
}

function readAuthorLine(text: string, lang: PageLanguage): AuthorLine | null {
  const l = LABELS[lang];
  const re = new RegExp(String.raw`^${l.authorPrefix}\s+(.+?)(?:\s+${l.datePrefix}\s+(${DATE_PATTERN}))?\s*$`, 'iu');
  const m = re.exec(text);
  if (!m) return null;
  const { names, parties } = splitAuthors(m[1]!, l.authorJoin);
  if (names.length === 0) return null;
  return {
    author: names.join(', '),
    party: parties.length ? parties.join(', ') : null,
    date: m[2] ? parseDate(m[2]) : null,
  };
}

function readAddressee(text: string, lang: PageLanguage): string | null {
  for (const [word, kept] of [...LABELS[lang].addresseePrefixes].sort((a, b) => b[0].length - a[0].length)) {
    const m = new RegExp(String.raw`^${escape(word)}\s+(.+)$`, 'iu').exec(text);
    if (m) return kept + m[1]!.trim();
  }
  return null;
}

function eventKind(text: string): ChronologyEvent['kind'] {
  const lower = text.toLowerCase();
  for (const [kind, label] of EVENT_KIND_LABELS) if (lower.includes(label.toLowerCase())) return kind;
  return 'other';
}

/** Patterns that end the header: the start of the question text or of sections after the keywords. */
function stopPatterns(lang: PageLanguage): RegExp[] {
  const l = LABELS[lang];
  return [
    new RegExp(String.raw`^${spaced(l.chronology)}\s*:?$`, 'iu'),
    new RegExp(String.raw`^${spaced(l.alsoAskedTo)}`, 'iu'),
    new RegExp(String.raw`^${spaced(l.questionLabel)}\s+(?:${NUMBER_SIGN}|\d)`, 'iu'),
    new RegExp(String.raw`^(?:${l.printHeadingPrefix}\s+)?${spaced(l.heading)}\s+(?:${NUMBER_SIGN}|\d)`, 'iu'),
    new RegExp(String.raw`^${spaced(l.answerLabel)}`, 'iu'),
    new RegExp(String.raw`^(?:${l.answerLabelPattern})[^\S\n]+${DATE_PATTERN}`, 'iu'),
    new RegExp(String.raw`^${DATE_PATTERN}`, 'iu'),
  ];
}

/** The longest keyword line the site prints; longer lines are prose, not descriptors. */
const KEYWORD_MAX_LENGTH = 90;
/** The author line follows the heading closely; further down a "de …" line is something else. */
const AUTHOR_LOOKAHEAD = 6;

export function readHeader(
  text: string,
  segments: Segment[],
  heading: HeadingMatch,
  lang: PageLanguage,
  bodyStart: number,
): HeaderReading {
  const meta = emptyMeta();
  const warnings: string[] = [];
  meta.legislature = heading.legislature;
  meta.number = heading.number;
  meta.id = `${heading.legislature}-${heading.number}`;
  let headerEnd = heading.end;

  const header = segments.filter((s) => s.start >= heading.end && s.end <= bodyStart && !isSiteChrome(s.text));
  let i = 0;
  const next = (skipRules: boolean) => {
    while (i < header.length && skipRules && isRule(header[i]!.text)) i++;
    return header[i];
  };

  // Author, then (print version) the date on its own line, then the addressee.
  let author: AuthorLine | null = null;
  for (let k = 0; k < AUTHOR_LOOKAHEAD && i < header.length; k++, i++) {
    const s = header[i]!;
    if (isRule(s.text)) continue;
    author = readAuthorLine(s.text, lang);
    if (author) {
      headerEnd = s.end;
      i++;
      break;
    }
  }
  if (author) {
    meta.author = author.author;
    meta.party = author.party;
    meta.askedOn = author.date;
    if (!author.date) {
      const s = next(true);
      const dateOnly = new RegExp(String.raw`^(?:${LABELS[lang].datePrefix}\s+)?(${DATE_PATTERN})\s*$`, 'iu');
      if (s && dateOnly.test(s.text)) {
        meta.askedOn = parseDate(s.text);
        headerEnd = s.end;
        i++;
      }
    }
    if (!meta.party) warnings.push('No party given after the author.');
    if (!meta.askedOn) warnings.push('No date found with the author line.');
  } else {
    warnings.push('No author line ("de … du …" / "van … d.d. …") found after the heading.');
    i = 0;
  }

  const addresseeSegment = next(true);
  const addressee = addresseeSegment ? readAddressee(addresseeSegment.text, lang) : null;
  if (addressee && addresseeSegment) {
    meta.addressee = addressee;
    headerEnd = addresseeSegment.end;
    i++;
  } else warnings.push('No addressee line ("à la ministre …" / "aan de minister …") found.');

  const stops = stopPatterns(lang);
  const isStop = (t: string) => stops.some((re) => re.test(t));
  const titleSegment = next(true);
  if (titleSegment && !isStop(titleSegment.text)) {
    meta.title = titleSegment.text;
    headerEnd = titleSegment.end;
    i++;
    next(true);
    while (i < header.length) {
      const s = header[i]!;
      if (isRule(s.text) || isStop(s.text) || s.text.length > KEYWORD_MAX_LENGTH) break;
      meta.keywords.push(s.text);
      headerEnd = s.end;
      i++;
    }
  } else warnings.push('No subject title found.');

  // Chronology rows: a line that starts with a date, cells joined.
  const l = LABELS[lang];
  const chronologyRe = new RegExp(String.raw`^${spaced(l.chronology)}\s*:?$`, 'iu');
  const chronologyAt = header.findIndex((s) => chronologyRe.test(s.text));
  if (chronologyAt >= 0) {
    headerEnd = Math.max(headerEnd, header[chronologyAt]!.end);
    const sectionStops = stops.filter((re) => re !== stops[0] && re !== stops[stops.length - 1]);
    const lines = new Map<number, Segment[]>();
    for (let k = chronologyAt + 1; k < header.length; k++) {
      const s = header[k]!;
      if (isRule(s.text) || sectionStops.some((re) => re.test(s.text))) break;
      const row = lines.get(s.line) ?? [];
      row.push(s);
      lines.set(s.line, row);
    }
    let last: ChronologyEvent | null = null;
    for (const row of lines.values()) {
      const rowText = row.map((s) => s.text).join(' ');
      const date = findDate(rowText);
      if (date && date.index === 0) {
        const rest = rowText.slice(date.length).trim();
        last = { date: date.iso, kind: eventKind(rest), text: rest };
        meta.events.push(last);
        headerEnd = Math.max(headerEnd, row[row.length - 1]!.end);
      } else if (last && rowText.startsWith('(')) {
        last.text = `${last.text} ${rowText}`;
        headerEnd = Math.max(headerEnd, row[row.length - 1]!.end);
      } else if (eventKind(rowText) !== 'other') {
        headerEnd = Math.max(headerEnd, row[row.length - 1]!.end);
      } else break;
    }
    if (meta.events.length === 0) warnings.push('The chronology has no dated row.');
  } else warnings.push('No chronology found.');

  // Labels with values anywhere in the header, this language first.
  const headerText = text.slice(heading.end, bodyStart);
  const order = [lang, ...LANGUAGES.filter((x) => x !== lang)];
  for (const lg of order) {
    if (meta.deadline) break;
    const m = new RegExp(String.raw`${spaced(LABELS[lg].deadline)}${COLON}(${DATE_PATTERN})`, 'iu').exec(headerText);
    if (m) meta.deadline = parseDate(m[1]!);
  }
  for (const lg of order) {
    const ll = LABELS[lg];
    const also = new RegExp(
      String.raw`${spaced(ll.alsoAskedTo)}${COLON}(?:${spaced(ll.questionWord)}\s*)?(?:${NUMBER_SIGN}\s*)?${QUESTION_ID}`,
      'giu',
    );
    for (const m of headerText.matchAll(also)) {
      const id = `${Number(m[1])}-${Number(m[2])}`;
      if (id !== meta.id && !meta.alsoAskedTo.includes(id)) meta.alsoAskedTo.push(id);
      headerEnd = Math.max(headerEnd, heading.end + m.index + m[0].length);
    }
    if (!meta.resubmittedAs) {
      const alternatives = ll.resubmitted.map(spaced).join('|');
      const re = new RegExp(
        String.raw`(?:${alternatives})${COLON}(?:${spaced(ll.questionWord)}\s*)?(?:${NUMBER_SIGN}\s*)?${QUESTION_ID}`,
        'iu',
      );
      const m = re.exec(headerText);
      if (m) meta.resubmittedAs = `${Number(m[1])}-${Number(m[2])}`;
    }
  }
  return { meta, warnings, headerEnd, hasAuthorLine: author !== null, hasChronology: chronologyAt >= 0 };
}
