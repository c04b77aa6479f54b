// Detection: pages of the Senate's site that are not written questions (and one Chamber page that
// is a written question of another assembly) must be left alone: the engine says 'other' and gives
// no Analysis to act on, the address predicate turns their addresses away, and the cheap heading
// check is false unless the page really prints a question's heading label (as lists of questions do,
// which is why the full reading, not the heading check alone, decides).

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/sites/decode-html';
import { analysePage, readPage } from '../../src/sites/analyse-page';
import { senateBe } from '../../src/sites/senate-be';
import { FIXTURE_TODAY } from '../helpers/fixtures';
import { invariantViolations } from './invariants';

const DIR = resolve(import.meta.dirname, '../fixtures/non-question');
const URLS = JSON.parse(readFileSync(join(DIR, 'urls.json'), 'utf8')) as Record<string, string>;

/** Written from reading each page: does it print a question heading ("Question écrite n° 7-1649")
 * somewhere in its text, and is its address one of a question page? */
const PAGES: ReadonlyArray<{ name: string; printsHeading: boolean; questionAddress: boolean }> = [
  { name: 'questions-list', printsHeading: true, questionAddress: false },
  { name: 'questions-list-nl', printsHeading: true, questionAddress: false },
  { name: 'plenary-agenda', printsHeading: false, questionAddress: false },
  { name: 'bill', printsHeading: false, questionAddress: false },
  { name: 'committee-report', printsHeading: false, questionAddress: false },
  { name: 'home', printsHeading: false, questionAddress: false },
  { name: 'search-results', printsHeading: true, questionAddress: false },
  { name: 'senator-profile', printsHeading: true, questionAddress: false },
  { name: 'faq', printsHeading: false, questionAddress: false },
  { name: 'chamber-bulletin', printsHeading: false, questionAddress: false },
  // A failed save of a real question's address: the address is a candidate, the page is nothing.
  { name: 'empty', printsHeading: false, questionAddress: true },
  { name: 'menu-only', printsHeading: false, questionAddress: false },
];

function load(name: string) {
  const html = decodeHtml(readFileSync(join(DIR, `${name}.html`)));
  const { document } = parseHTML(html.trim() ? html : '<html><body></body></html>') as unknown as { document: Document };
  return document;
}

describe('pages that are not written questions', () => {
  it('the corpus has a dozen pages, each with its address', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(12);
    for (const p of PAGES) expect(URLS[p.name], p.name).toBeTruthy();
  });

  const expectOther = (name: string) => {
    const document = load(name);
    const { analysis, flat } = readPage(document.body, { url: URLS[name]!, today: FIXTURE_TODAY });
    expect(analysis.page.kind).toBe('other');
    expect(analysis.items).toEqual([]);
    expect(analysis.regions).toEqual({ question: null, answer: null });
    expect(invariantViolations(analysis, flat.text)).toEqual([]);
    expect(analysePage(document.body, { url: URLS[name]!, today: FIXTURE_TODAY })).toBeNull();
    // Without its address too: the verdict comes from the text, not from the URL.
    expect(readPage(document.body, { url: null, today: FIXTURE_TODAY }).analysis.page.kind).toBe('other');
  };

  // The list of questions and the search results print a question heading and a "Réponse reçue le"
  // status line: without the question's own label or an author line they are not a question.
  it.each(PAGES)('$name: the engine says "other" and gives nothing to act on', ({ name }) => expectOther(name));

  it.each(PAGES)('$name: the address predicate says whether its address is a question page', ({ name, questionAddress }) => {
    expect(senateBe.isCandidateUrl(URLS[name]!)).toBe(questionAddress);
  });

  it.each(PAGES)('$name: the heading check is true only where the page prints a question heading', ({ name, printsHeading }) => {
    expect(senateBe.looksLikeQuestion(load(name))).toBe(printsHeading);
  });

  it('pages that print no heading are turned away by the heading check before any full reading', () => {
    const cheap = PAGES.filter((p) => !p.printsHeading);
    expect(cheap.length).toBeGreaterThanOrEqual(8);
    for (const p of cheap) expect(senateBe.looksLikeQuestion(load(p.name)), p.name).toBe(false);
  });
});
