// Finds every place in a region that could open an enumerated point: a number, letter or roman
// numeral with its punctuation ("1)", "(2)", "3.", "4°", "a)", "ii."), a group or range ("1 et 2.",
// "1 à 3."), or a phrase naming a question ("Vraag 1", "En réponse à votre troisième question").
// Candidates are only looked for where a point can begin: at a line start, or right after the end
// of a sentence, with or without a space (flattened text glues "…hoe?2. Zou"). Whether a candidate
// is a real marker is decided later, by how it fits a sequence (see sequence.ts).
//
// One pass, left to right; every parse at a position reads a bounded number of characters, so the
// scan is linear in the region length whatever the text.

import type { Span } from '../model';
import { ABBREVIATIONS, GROUP_WORDS, LABEL_PHRASES, MONTHS, ORDINAL_ADVERBS, ORDINAL_WORDS, RANGE_WORDS } from './words';

export type Boundary = 'line' | 'sentence' | 'glued';

/** Tier orders style families: arabic numbers and phrases first, then roman numerals, then letters. */
export type Tier = 0 | 1 | 2;

export interface Candidate {
  start: number;
  /** End of the marker's own text. */
  end: number;
  /** Where the text the marker governs begins (after its punctuation and spaces). */
  bodyStart: number;
  labels: string[];
  /** Positions in the sequence: 1 for "1", "a", "I"; a group has several. */
  ordinals: number[];
  style: string;
  tier: Tier;
  boundary: Boundary;
  /** For a decimal sub-marker "2.3": the top-level label it belongs to ("2"). */
  parent: string | null;
}

// Three digits: a long question (or a generated one) may run past 99 points; the sequence check,
// not the digit count, is what keeps years and amounts out.
const MAX_NUMBER = 999;
const MAX_GROUP = 30;
const MAX_ROMAN = 39;

const PHRASES = LABEL_PHRASES.map((p) => ({
  before: new RegExp(p.before, 'iuy'),
  slot: p.slot,
  after: p.after ? new RegExp(p.after, 'iuy') : null,
}));

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
function isLetter(c: string | undefined): boolean {
  return c !== undefined && /\p{L}/u.test(c);
}
function isUpper(c: string | undefined): boolean {
  return c !== undefined && /\p{Lu}/u.test(c);
}
function isInlineSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '\u202f' || c === '\u2009';
}
function isSpace(c: string | undefined): boolean {
  return c !== undefined && (isInlineSpace(c) || c === '\n' || c === '\r' || c === '\f');
}

function skipInlineSpaces(text: string, pos: number, end: number): number {
  let i = pos;
  while (i < end && isInlineSpace(text[i])) i++;
  return i;
}

/** Reads 1 to 3 digits not followed by another digit. */
function readSmallNumber(text: string, pos: number, end: number): { value: number; end: number } | null {
  if (!isDigit(text[pos])) return null;
  let i = pos;
  while (i < end && i - pos < 4 && isDigit(text[i])) i++;
  if (i - pos > 3 || (i < end && isDigit(text[i]))) return null;
  const value = Number(text.slice(pos, i));
  if (value < 1 || value > MAX_NUMBER) return null;
  return { value, end: i };
}

function readWord(text: string, pos: number, end: number): { word: string; end: number } {
  let i = pos;
  while (i < end && i - pos < 24 && (isLetter(text[i]) || isDigit(text[i]) || (text[i] === '-' && isLetter(text[i + 1])))) i++;
  return { word: text.slice(pos, i).toLowerCase(), end: i };
}

type Joiner = 'group' | 'range';

/** Reads what joins two numbers of a list: ", ", " et ", " en ", " à ", " tot ", "-", " + ". */
function readJoiner(text: string, pos: number, end: number): { kind: Joiner; end: number } | null {
  let i = skipInlineSpaces(text, pos, end);
  const c = text[i];
  if (c === ',') {
    i = skipInlineSpaces(text, i + 1, end);
    // "1, 2 et 3" — a comma may be followed by a joining word too ("1, et 2")
    const w = readWord(text, i, end);
    if (w.word && GROUP_WORDS.has(w.word)) i = skipInlineSpaces(text, w.end, end);
    return isDigit(text[i]) ? { kind: 'group', end: i } : null;
  }
  if (c === '-' || c === '–' || c === '—') {
    i = skipInlineSpaces(text, i + 1, end);
    return isDigit(text[i]) ? { kind: 'range', end: i } : null;
  }
  if (c === '+' || c === '&') {
    i = skipInlineSpaces(text, i + 1, end);
    return isDigit(text[i]) ? { kind: 'group', end: i } : null;
  }
  if (i === pos) return null; // a joining word needs a space before it
  let wordEnd = i;
  while (wordEnd < end && wordEnd - i < 4 && (isLetter(text[wordEnd]) || text[wordEnd] === '/')) wordEnd++;
  const word = text.slice(i, wordEnd).toLowerCase();
  const kind: Joiner | null = GROUP_WORDS.has(word) ? 'group' : RANGE_WORDS.has(word) ? 'range' : null;
  if (!kind || !isInlineSpace(text[wordEnd])) return null;
  const next = skipInlineSpaces(text, wordEnd, end);
  return isDigit(text[next]) ? { kind, end: next } : null;
}

export interface NumberList {
  values: number[];
  /** End of the last number (its own punctuation not included). */
  end: number;
  grouped: boolean;
}

/**
 * Reads "1", "1 et 2", "1, 2 en 3", "1 à 3", "1-3", "1) et 2)". Each number may carry its own
 * ")" or "." when another number follows ("1) en 2)"); the list's final punctuation is left to the
 * caller. Ranges must go up and stay short, so "7-1649" or "2015-2016" is no list.
 */
export function readNumberList(text: string, pos: number, end: number): NumberList | null {
  const first = readSmallNumber(text, pos, end);
  if (!first) return null;
  const values = [first.value];
  let last = first.end;
  let grouped = false;
  while (values.length < MAX_GROUP) {
    let at = last;
    if (text[at] === ')' || text[at] === '.') at++;
    const joiner = readJoiner(text, at, end);
    if (!joiner) break;
    const next = readSmallNumber(text, joiner.end, end);
    if (!next) break;
    const prev = values[values.length - 1] ?? 0;
    // "1. Au 1er janvier": the number's own full stop ended the list, the words after it are text.
    if (next.value <= prev) {
      if (at > last) break;
      return null;
    }
    if (joiner.kind === 'range') {
      if (next.value - prev > MAX_GROUP) return null;
      for (let v = prev + 1; v <= next.value; v++) values.push(v);
    } else {
      values.push(next.value);
    }
    grouped = true;
    last = next.end;
  }
  return { values, end: last, grouped };
}

const ROMAN_VALUES: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** Value of a canonical roman numeral ("iv", "XII"), or null ("iiii", "ic", a word). */
export function romanValue(s: string): number | null {
  const lower = s.toLowerCase();
  if (lower.length === 0 || lower.length > 6) return null;
  let total = 0;
  for (let i = 0; i < lower.length; i++) {
    const v = ROMAN_VALUES[lower[i] as string];
    if (v === undefined) return null;
    const n = ROMAN_VALUES[lower[i + 1] as string] ?? 0;
    total += v < n ? -v : v;
  }
  if (total < 1 || total > MAX_ROMAN) return null;
  return toRoman(total) === lower ? total : null;
}

function toRoman(n: number): string {
  const table: [number, string][] = [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  let rest = n;
  for (const [v, r] of table) while (rest >= v) { out += r; rest -= v; }
  return out;
}

/** After a marker: the spaces before its body. */
function bodyAfter(text: string, pos: number, end: number): number {
  return skipInlineSpaces(text, pos, end);
}

/** What may follow "3." at a sentence start: a capital, an opening quote or bracket, "a)". */
function opensPoint(text: string, pos: number, end: number): boolean {
  const c = text[pos];
  if (c === undefined || pos >= end) return true;
  if (isUpper(c) || '«"“„\'‘([-–•'.includes(c)) return true;
  if (isLetter(c) && (text[pos + 1] === ')' || text[pos + 1] === '.')) return true;
  return false;
}

function make(
  start: number, end: number, bodyStart: number, labels: string[], ordinals: number[],
  style: string, tier: Tier, boundary: Boundary, parent: string | null = null,
): Candidate {
  return { start, end, bodyStart, labels, ordinals, style, tier, boundary, parent };
}

/** "1)", "(1)", "1.", "1°", "1er", "1/", "1 -", groups and ranges, and decimals "1.2". */
function parseNumeric(text: string, pos: number, end: number, boundary: Boundary): Candidate[] {
  const out: Candidate[] = [];
  const open = text[pos] === '(';
  const list = readNumberList(text, open ? pos + 1 : pos, end);
  if (!list) return out;
  const labels = list.values.map(String);
  let i = list.end;
  const c = text[i];
  const next = text[i + 1];
  if (open) {
    if (c === ')' && !isDigit(next)) out.push(make(pos, i + 1, bodyAfter(text, i + 1, end), labels, list.values, 'parens', 0, boundary));
    return out;
  }
  if (c === ')' && !isDigit(next)) {
    out.push(make(pos, i + 1, bodyAfter(text, i + 1, end), labels, list.values, 'paren', 0, boundary));
  } else if (c === '.' && isDigit(next) && !list.grouped) {
    // "1.2" / "1.2." — a sub-point of 1, unless more digits make it an amount or a date
    const sub = readSmallNumber(text, i + 1, end);
    if (sub && text[sub.end] !== ',' && !(text[sub.end] === '.' && isDigit(text[sub.end + 1]))) {
      let e = sub.end;
      if (text[e] === '.' || text[e] === ')') e++;
      if (isSpace(text[e]) || e >= end) {
        const label = `${list.values[0]}.${sub.value}`;
        out.push(make(pos, e, bodyAfter(text, e, end), [label], [sub.value], 'decimal', 0, boundary, String(list.values[0])));
      }
    }
  } else if (c === '.') {
    const body = bodyAfter(text, i + 1, end);
    const spaced = body > i + 1 || body >= end || text[i + 1] === '\n';
    const ok = boundary === 'line' ? spaced || isUpper(text[i + 1]) : opensPoint(text, body, end) && (spaced || isUpper(text[i + 1]));
    if (ok) out.push(make(pos, i + 1, body, labels, list.values, 'dot', 0, boundary));
  } else if (c === '°' || c === 'º') {
    const body = bodyAfter(text, i + 1, end);
    if (!isDigit(next) && !MONTHS.has(readWord(text, body, end).word)) {
      out.push(make(pos, i + 1, body, labels, list.values, 'degree', 0, boundary));
    }
  } else if (!list.grouped && list.values[0] === 1 && /^(?:er|re|ère)$/i.test(readWord(text, i, end).word)) {
    // "1er" opens a French list; "1er janvier" opens a date
    let e = readWord(text, i, end).end;
    if (text[e] === ')' || text[e] === '.') e++;
    const body = bodyAfter(text, e, end);
    if (!MONTHS.has(readWord(text, body, end).word)) out.push(make(pos, e, body, labels, list.values, 'degree', 0, boundary));
  } else if (c === '/' && isInlineSpace(next)) {
    out.push(make(pos, i + 1, bodyAfter(text, i + 1, end), labels, list.values, 'slash', 0, boundary));
  } else {
    // "1 - texte", "1 – tekst", "1 et 2 : texte"
    const dash = skipInlineSpaces(text, i, end);
    const d = text[dash];
    if (d === ':' && !isDigit(text[dash + 1])) {
      out.push(make(pos, dash + 1, bodyAfter(text, dash + 1, end), labels, list.values, 'colon', 0, boundary));
    } else if (dash > i && (d === '-' || d === '–' || d === '—') && isInlineSpace(text[dash + 1])) {
      const body = bodyAfter(text, dash + 1, end);
      if (boundary === 'line' || opensPoint(text, body, end)) out.push(make(pos, dash + 1, body, labels, list.values, 'dash', 0, boundary));
    }
  }
  return out;
}

/** "a)", "a.", "(a)", "ii)", "IV." — a letter and a roman reading where both fit ("i)"). */
function parseLetterOrRoman(text: string, pos: number, end: number, boundary: Boundary): Candidate[] {
  const out: Candidate[] = [];
  const open = text[pos] === '(';
  const from = open ? pos + 1 : pos;
  let i = from;
  while (i < end && i - from < 7 && isLetter(text[i])) i++;
  const word = text.slice(from, i);
  if (word.length === 0 || word.length > 6) return out;
  const c = text[i];
  let punct: 'paren' | 'dot' | null = null;
  if (open) punct = c === ')' ? 'paren' : null;
  else if (c === ')') punct = 'paren';
  else if (c === '.' && (isSpace(text[i + 1]) || i + 1 >= end)) punct = 'dot';
  if (!punct || isDigit(text[i + 1]) || isLetter(text[i + 1])) return out;
  const markEnd = i + 1;
  const body = bodyAfter(text, markEnd, end);
  const suffix = (open ? 'parens' : punct) + (word === word.toUpperCase() ? '-upper' : '-lower');
  if (word.length === 1 && /^[a-z]$/i.test(word)) {
    const ord = word.toLowerCase().charCodeAt(0) - 96;
    out.push(make(pos, markEnd, body, [word.toLowerCase()], [ord], `letter-${suffix}`, 2, boundary));
  }
  const roman = romanValue(word);
  if (roman !== null && (word === word.toLowerCase() || word === word.toUpperCase())) {
    out.push(make(pos, markEnd, body, [String(roman)], [roman], `roman-${suffix}`, 1, boundary));
  }
  return out;
}

/** After a phrase's label: its own punctuation ("Ad 1)", "Vraag 2:") and the spaces after it. */
function phraseEnd(text: string, pos: number, end: number): { end: number; body: number } {
  let i = pos;
  if (text[i] === ')' || text[i] === '.') i++;
  const markEnd = i;
  i = skipInlineSpaces(text, i, end);
  if (text[i] === ':' || text[i] === ',' || text[i] === '.' || text[i] === '-' || text[i] === '–') i++;
  return { end: markEnd, body: skipInlineSpaces(text, i, end) };
}

/** "Vraag 1", "Questions 1 à 3", "Ad 1 en 2", "En réponse à votre troisième question", "Ten eerste". */
function parsePhrase(text: string, pos: number, end: number, boundary: Boundary): Candidate | null {
  const adverb = readWord(text, pos, end);
  const adverbValue = ORDINAL_ADVERBS[adverb.word];
  if (adverbValue !== undefined && !isLetter(text[adverb.end])) {
    const tail = phraseEnd(text, adverb.end, end);
    return make(pos, adverb.end, tail.body, [String(adverbValue)], [adverbValue], 'phrase', 0, boundary);
  }
  for (const phrase of PHRASES) {
    phrase.before.lastIndex = pos;
    if (!phrase.before.test(text)) continue;
    const slot = phrase.before.lastIndex;
    if (slot - pos > 80) continue;
    let values: number[] | null = null;
    let slotEnd = slot;
    if (phrase.slot === 'list') {
      const list = readNumberList(text, slot, end);
      if (list) {
        values = list.values;
        slotEnd = list.end;
      }
    } else {
      const w = readWord(text, slot, end);
      const v = ORDINAL_WORDS[w.word];
      if (v !== undefined) {
        values = [v];
        slotEnd = w.end;
      }
    }
    if (!values) continue;
    if (phrase.after) {
      phrase.after.lastIndex = slotEnd;
      if (!phrase.after.test(text)) continue;
      const afterEnd = phrase.after.lastIndex;
      if (isLetter(text[afterEnd])) continue;
      slotEnd = afterEnd;
    } else if (isLetter(text[slotEnd])) {
      continue;
    }
    const tail = phraseEnd(text, slotEnd, end);
    return make(pos, tail.end, tail.body, values.map(String), values, 'phrase', 0, boundary);
  }
  return null;
}

function parseAt(text: string, pos: number, end: number, boundary: Boundary): Candidate[] {
  const c = text[pos];
  if (isDigit(c) || (c === '(' && isDigit(text[pos + 1]))) return parseNumeric(text, pos, end, boundary);
  if (!isLetter(c) && c !== '(') return [];
  const out = parseLetterOrRoman(text, pos, end, boundary);
  if (out.length > 0) return out;
  const phrase = parsePhrase(text, pos, end, boundary);
  return phrase ? [phrase] : [];
}

/** After a sentence end: may a point follow directly ('any'), only after a space ('spaced'), or
 * only directly ('glued': after a closing bracket, a space means the sentence goes on)? */
type Pending = 'any' | 'spaced' | 'glued' | null;

/** Does the character at `i` end a sentence, so that a point may start after it? */
function sentenceEndAt(text: string, i: number, start: number, previous: Pending): Pending {
  const c = text[i];
  if (c === '?' || c === '!' || c === ';') return 'any';
  if (c === ':') return isDigit(text[i - 1]) ? 'spaced' : 'any';
  if (c === '.') {
    if (text[i - 1] === '.' && previous) return previous; // ellipsis
    if (isDigit(text[i - 1])) return 'spaced'; // "in 2016. 3." yes, "5.000" no
    let w = i;
    while (w > start && i - w < 12 && (isLetter(text[w - 1]) || (text[w - 1] === '.' && isLetter(text[w - 2])))) w--;
    const word = text.slice(w, i);
    if (ABBREVIATIONS.has(word.toLowerCase())) return null;
    if (word.length === 1 && isLetter(text[i + 1])) return null; // "o.a.", "i.v.m.", "c.-à-d."
    if (word.length === 1 && isUpper(word)) return null; // an initial: "M. Dupont", "J. Peeters"
    return 'any';
  }
  if (previous && '"”»\')]’'.includes(c ?? '')) return previous;
  // flattened text glues a point to a closing bracket: "(91,12 %)6. Deze gegevens"
  if (c === ')') return 'glued';
  return null;
}

/** Every candidate marker in the region, in text order. */
export function scanCandidates(text: string, region: Span): Candidate[] {
  const out: Candidate[] = [];
  const end = Math.min(region.end, text.length);
  let atLine = true;
  let afterSentence = false;
  let pending: Pending = null;
  for (let i = Math.max(0, region.start); i < end; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r' || c === '\f') {
      atLine = true;
      pending = null;
      continue;
    }
    if (isInlineSpace(c)) {
      if (pending === 'any' || pending === 'spaced') afterSentence = true;
      pending = null;
      continue;
    }
    const boundary: Boundary | null = atLine ? 'line' : afterSentence ? 'sentence'
      : pending === 'any' || pending === 'glued' ? 'glued'
      // "…in 2016.b) Op grond" — a letter may glue to a year's full stop where a number may not
      : pending === 'spaced' && isLetter(c) && text[i - 1] === '.' ? 'glued'
      : null;
    if (boundary) {
      const found = parseAt(text, i, end, boundary);
      if (found.length > 0) {
        out.push(...found);
        // a marker may follow a marker ("1. a) …", "3) b) …")
        i = Math.min(...found.map((f) => f.end)) - 1;
        atLine = false;
        afterSentence = false;
        pending = 'any';
        continue;
      }
    }
    atLine = false;
    afterSentence = false;
    pending = sentenceEndAt(text, i, region.start, pending);
  }
  return out;
}
