// Adversarial text for every regular expression that runs on page text: long runs of what the
// patterns look for ("1) 1) 1)", "1.1.1.1", spaces, "((((", repeated labels…) fed to the whole engine
// (a generated Senate page through readPage, and bare texts through analyseText), to the numbering
// module, to the Senate reader's own functions and to the citation formats.
//
// Each bound below is a HANG GUARD, not a timing: a pattern that backtracks catastrophically or
// quadratically takes minutes on these inputs, a linear one well under a second. How fast the engine
// is belongs to the benchmark (npm run bench), not here.
//
// The cases marked "regression" reproduce blow-ups this file found: each took from seconds to
// minutes before its fix.

import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/core/analyse';
import { CITATION_FORMS, citeItem, citeQuestion } from '../../src/core/cite';
import { enumerate, parseLabelList } from '../../src/core/numbering';
import { scanCandidates } from '../../src/core/numbering/candidates';
import { readPage } from '../../src/sites/analyse-page';
import { senateBe } from '../../src/sites/senate-be';
import { findDate } from '../../src/sites/senate-be/dates';
import { findHeadings } from '../../src/sites/senate-be/detect';
import { findAnswerLabel, findClosingLine, findQuestionLabel } from '../../src/sites/senate-be/regions';
import { splitSegments } from '../../src/sites/senate-be/segments';
import { invariantViolations } from './invariants';
import { SENATE_CITATION } from '../../src/sites/senate-be/citation';

/** Generous: a linear pass over these inputs takes well under a second even on a loaded machine. */
const HANG_GUARD_MS = 5_000;
const TODAY = '2026-11-28';

function within<T>(bound: number, run: () => T): T {
  const started = performance.now();
  const result = run();
  // Hang guard, not a timing (see the header).
  expect(performance.now() - started).toBeLessThan(bound);
  return result;
}

const repeatTo = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Units whose long runs stress the patterns: each names what it aims at. */
const RUNS: ReadonlyArray<readonly [string, string]> = [
  ['"1) " repeated (numbering: paren markers)', '1) '],
  ['"1)" glued', '1)'],
  ['digits and dots "1.1.1.1 " (decimal sub-markers, dates)', '1.1.1.1 '],
  ['"1." glued', '1.'],
  ['digits only', '1234567890'],
  ['spaces', ' '],
  ['"((((" (bracketed markers, party in brackets)', '('],
  ['"(1" (bracketed numbers never closed)', '(1'],
  ['"voir point " (cross-references)', 'voir point '],
  ['"Question écrite n° " (heading)', 'Question écrite n° '],
  ['"Question n° " (question label)', 'Question n° '],
  ['"Réponse reçue le " (answer label)', 'Réponse reçue le '],
  ['"Antwoord ontvangen op " (Dutch answer label)', 'Antwoord ontvangen op '],
  ['underscores (print rules)', '_'],
  ['"aan de minister van " (addressee)', 'aan de minister van '],
  ['"d.d. " (Dutch date prefix, abbreviations)', 'd.d. '],
  ['"1 et 2. " (groups)', '1 et 2. '],
  ['"Ad 3 " (phrase markers)', 'Ad 3 '],
  ['"En réponse à la question " (phrase markers)', 'En réponse à la question '],
  ['"? 1) " (sentence ends and markers)', '? 1) '],
  ['"1/1/" (numeric dates never completed)', '1/1/'],
  ['"1 juin " (worded dates never completed)', '1 juin '],
  ['"et si oui, " (inline follow-ups)', 'et si oui, '],
  ['"Aucune information disponible. " (deflection lexicon)', 'Aucune information disponible. '],
];

const PAGE_RUN = 60_000;
const CITATION_RUN = 50_000;
const MODULE_RUN = 200_000;

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A written-question page with `run` as a paragraph of the question and of the answer, around a
 * real sub-question and its answer. */
function pageWith(run: string): string {
  const r = escapeHtml(run);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<h2>Question écrite n° 7-1649</h2>
<p>de Els Ampe (Open Vld) du 2 juin 2022</p>
<p>à la ministre de l'Intérieur</p>
<p><b>Clearview - Reconnaissance faciale</b></p>
<p>police</p>
<p><b>Question n° 7-1649 du 2 juin 2022 : (Question posée en néerlandais)</b></p>
<p>${r}</p>
<p>1) Combien de licences la police fédérale a-t-elle achetées ?</p>
<p><b>Réponse reçue le 7 juillet 2022 :</b></p>
<p>${r}</p>
<p>1) La police fédérale n'a acheté aucune licence.</p>
</body></html>`;
}

function readHtml(html: string) {
  const { document } = parseHTML(html) as unknown as { document: Document };
  return within(HANG_GUARD_MS, () => readPage(document.body, { url: null, today: TODAY }));
}

describe('adversarial runs through the whole engine', () => {
  it.each(RUNS)('a page with %s (60k characters in the question and in the answer)', (_name, unit) => {
    const { analysis, flat } = readHtml(pageWith(repeatTo(unit, PAGE_RUN)));
    expect(invariantViolations(analysis, flat.text)).toEqual([]);
    // The header sits above the runs and is read as ever.
    expect(analysis.page.kind).toBe('written-question');
    expect(analysis.question.id).toBe('7-1649');
    expect(analysis.question.author).toBe('Els Ampe');
    expect(analysis.regions.question).not.toBeNull();
    expect(analysis.items.length).toBeGreaterThan(0);
  });

  it.each(RUNS)('analyseText on %s (60k characters of question and of answer)', (_name, unit) => {
    const run = repeatTo(unit, PAGE_RUN);
    const question = `${run}\n\n1) Combien de licences ont été achetées ?`;
    const answer = `${run}\n\n1) Aucune licence n'a été achetée.`;
    const analysis = within(HANG_GUARD_MS, () => analyseText(question, answer, { language: 'fr', today: TODAY }));
    // analyseText's flat text: the trimmed question, a blank line, the trimmed answer.
    const text = `${question.trim()}\n\n${answer.trim()}`;
    expect(invariantViolations(analysis, text)).toEqual([]);
    expect(analysis.items.length).toBeGreaterThan(0);
  });
});

describe('adversarial runs through the numbering module (200k characters)', () => {
  it.each(RUNS)('enumerate and scanCandidates on %s', (_name, unit) => {
    const text = repeatTo(unit, MODULE_RUN);
    const region = { start: 0, end: text.length };
    const enumeration = within(HANG_GUARD_MS, () => enumerate(text, region, { language: 'fr' }));
    within(HANG_GUARD_MS, () => enumerate(text, region, { language: 'nl', expectedLabels: ['1', '2', '3', '4', '5'] }));
    within(HANG_GUARD_MS, () => scanCandidates(text, region));
    within(HANG_GUARD_MS, () => parseLabelList(text, 'fr'));
    expect(['numbered', 'unnumbered', 'none']).toContain(enumeration.kind);
    for (const part of enumeration.parts) {
      expect(part.span.start).toBeGreaterThanOrEqual(0);
      expect(part.span.end).toBeLessThanOrEqual(text.length);
    }
  });

  it('still numbers a real list that follows 200k characters of "1) 1) 1) "', () => {
    const text = `${repeatTo('1) ', MODULE_RUN)}\n2) Deux ?\n3) Trois ?`;
    const enumeration = within(HANG_GUARD_MS, () => enumerate(text, { start: 0, end: text.length }));
    expect(enumeration.kind).toBe('numbered');
    expect(enumeration.parts.map((p) => p.labels.join(','))).toEqual(['1', '2', '3']);
  });
});

describe("adversarial runs through the Senate reader's patterns (200k characters)", () => {
  it.each(RUNS)('heading, labels, closing lines, segments and dates on %s', (_name, unit) => {
    const text = repeatTo(unit, MODULE_RUN);
    within(HANG_GUARD_MS, () => findHeadings(text));
    for (const lang of ['fr', 'nl'] as const) {
      within(HANG_GUARD_MS, () => findQuestionLabel(text, lang, 0));
      within(HANG_GUARD_MS, () => findAnswerLabel(text, lang, 0));
    }
    within(HANG_GUARD_MS, () => findClosingLine(text, 0));
    within(HANG_GUARD_MS, () => findDate(text));
    const segments = within(HANG_GUARD_MS, () => splitSegments(text));
    // A run of blanks is no segment at all; anything else is one line, one segment.
    expect(segments.length).toBe(unit.trim() ? 1 : 0);
  });

  it('the same patterns on every run cut into 200k characters of short lines and table cells', () => {
    for (const [, unit] of RUNS) {
      const text = repeatTo(`${unit}\n${unit}\t`, MODULE_RUN);
      within(HANG_GUARD_MS, () => findHeadings(text));
      within(HANG_GUARD_MS, () => findQuestionLabel(text, 'fr', 0));
      within(HANG_GUARD_MS, () => findAnswerLabel(text, 'nl', 0));
      within(HANG_GUARD_MS, () => findClosingLine(text, 0));
      const segments = within(HANG_GUARD_MS, () => splitSegments(text));
      if (unit.trim()) expect(segments.length).toBeGreaterThan(1000);
    }
  });

  it('the address predicate on a 200k-character address', () => {
    const base = 'https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr';
    for (const tail of ['&', '&LEG=7', '%', '=', '&a=%E9%']) {
      expect(within(HANG_GUARD_MS, () => senateBe.isCandidateUrl(base + repeatTo(tail, MODULE_RUN)))).toBe(true);
    }
  });
});

describe('regressions: blow-ups this file found, now linear', () => {
  // core/text: the trailing-blank trim was /\s+$/, retried from every line break of every run of
  // <br>: the page below took 20 s in that trim alone. metadata's "label : date" patterns were
  // \s*:?\s* (quadratic on a run of line breaks after the label), and splitSegments searched for
  // the next tab from every line.
  it('50 000 <br> after each of four header labels, in one page', () => {
    const br = '<br>'.repeat(50_000);
    const labels = ['Fin du délai de réponse', 'Aussi posée à', 'Redéposée comme', 'Heringediend als'];
    const html = `<html><body><h2>Question écrite n° 7-1649</h2><p>de Els Ampe (Open Vld) du 2 juin 2022</p>
<p>à la ministre de l'Intérieur</p><p><b>Titre</b></p>
<table><tr><td>2/6/2022</td><td>Envoi question (Fin du délai de réponse: 7/7/2022) ${labels.map((l) => `${l}${br}x`).join(' ')}</td></tr></table>
<p><b>Question n° 7-1649 du 2 juin 2022 :</b></p><p>1) Quoi ?</p>
<p><b>Réponse reçue le 7 juillet 2022 :</b></p><p>1) Rien.</p></body></html>`;
    const { analysis, flat } = readHtml(html);
    expect(flat.text.length).toBeGreaterThan(200_000);
    expect(invariantViolations(analysis, flat.text)).toEqual([]);
    expect(analysis.question.id).toBe('7-1649');
    expect(analysis.question.deadline).toBe('2022-07-07');
    expect(analysis.items.map((i) => i.answer)).toEqual(['Rien.']);
  });

  // senate-be metadata: the party was read with /^(.*?)\s*\(([^)]*)\)\s*$/, quadratic on a line of
  // opening brackets.
  it('an author line of 100 000 opening brackets', () => {
    for (const unit of ['(', '( ', '(a ']) {
      const html = `<html><body><h2>Question écrite n° 7-1649</h2><p>de Els ${escapeHtml(repeatTo(unit, 100_000))} (Open Vld) du 2 juin 2022</p>
<p>à la ministre</p><p><b>Question n° 7-1649 du 2 juin 2022 :</b></p><p>1) Quoi ?</p></body></html>`;
      const { analysis, flat } = readHtml(html);
      expect(invariantViolations(analysis, flat.text)).toEqual([]);
      expect(analysis.question.author).not.toBeNull();
    }
  });

  // assess: the inline follow-up pattern had \s*,?\s* after "et"/"en", and the dangling-conjunction
  // trim was an unanchored /\s+(?:en|et)$/: both quadratic on a run of blanks (the first case below
  // took 3 minutes, the third 80 s). Flattened pages never have such runs; bare texts (analyseText, the
  // evaluation set) can.
  it.each([
    ['blanks after "et"', `1) Quels sont les chiffres et${' '.repeat(200_000)}x ? 2) Combien ?`],
    ['blank lines after "en"', `1) Welke cijfers zijn er en${' \n'.repeat(100_000)}x ? 2) Hoeveel ?`],
    ['blanks before a dangling "en"', `1) Quels sont les chiffres, si oui, a${' '.repeat(200_000)}en ? 2) Combien ?`],
  ])('analyseText with %s', (_name, question) => {
    const analysis = within(HANG_GUARD_MS, () => analyseText(question, '1) Oui. 2) Dix.', { today: TODAY }));
    expect(invariantViolations(analysis, `${question.trim()}\n\n1) Oui. 2) Dix.`)).toEqual([]);
    expect(analysis.items.map((i) => i.label)).toEqual(['1', '2']);
  });
});

describe('adversarial header text through the citation formats', () => {
  it.each(RUNS)('every citation form of a question whose title and author are 50k of %s', (_name, unit) => {
    const run = escapeHtml(repeatTo(unit, CITATION_RUN));
    const html = `<html><body><h2>Question écrite n° 7-1649</h2><p>de Els ${run} Ampe (Open Vld) du 2 juin 2022</p>
<p>à la ministre ${run}</p><p><b>${run}</b></p><p><b>Question n° 7-1649 du 2 juin 2022 :</b></p>
<p>1) ${run} ?</p><p><b>Réponse reçue le 7 juillet 2022 :</b></p><p>1) ${run}.</p></body></html>`;
    const url = 'https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr';
    const { analysis } = readHtml(html);
    expect(analysis.items.length).toBeGreaterThan(0);
    for (const form of CITATION_FORMS) {
      const cited = within(HANG_GUARD_MS, () => citeQuestion(SENATE_CITATION, analysis, form, url, 'fr'));
      expect(cited.text.length).toBeGreaterThan(0);
      within(HANG_GUARD_MS, () => citeItem(SENATE_CITATION, analysis, analysis.items[0]!, form, url, 'fr'));
    }
  });
});
