// Each site's fixtures, under test/fixtures/<site id>/: one folder per page, with the address the
// page has on the site (urls.json) and the analysis a careful reader expects. Shared by the engine
// tests (which run every site's), the CLI tests and fixtures:diff. `site` defaults to the Senate,
// whose cases the CLI and extension tests use by name.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyseBytes } from '../../src/cli/analyse-file';
import { readPage } from '../../src/sites/analyse-page';
import { decodeHtml } from '../../src/sites/decode-html';
import { parseHTML } from 'linkedom';
import { siteById, SITES } from '../../src/sites/registry';

export const FIXTURES_ROOT = resolve(import.meta.dirname, '../fixtures');
export const DEFAULT_SITE = 'senate-be';
export const FIXTURES = join(FIXTURES_ROOT, DEFAULT_SITE);
const dirOf = (site: string) => join(FIXTURES_ROOT, site);

/** Every known site's fixtures, as [site id, case name]. */
export function allSiteFixtures(): [string, string][] {
  return SITES.flatMap((s) => fixtureCases(s.id).map((name): [string, string] => [s.id, name]));
}
/** Every fixture is read as of this day, so that "overdue by N days" stays put. */
export const FIXTURE_TODAY = '2026-11-28';

export interface ExpectedItem {
  label: string;
  /** One status, or the statuses a careful reviewer could defend on a close call. */
  status: string | string[];
  /** A known miss: the reader's status is `status`, the engine says this (see `engineMissNote`).
   * Kept visible rather than copied into `status`; fixtures:diff lists every known miss. */
  engineSays?: string;
  engineMissNote?: string;
  groupedWith?: string[];
  /** The sub-question label pointed to ("1"), or where else it points ({ kind, questionId }), or null. */
  refersTo?: string | { kind: string; label?: string; questionId?: string } | null;
  questionStartsWith?: string;
  answerStartsWith?: string | null;
}

export interface Expected {
  page: { kind: string; language?: string | null; variant?: string | null };
  question?: Record<string, unknown>;
  items?: ExpectedItem[];
  extraAnswerParts?: number;
  /** The whole question's timeliness: its verdict, days, and (word for word) its reason. */
  timeliness?: { verdict: string; days?: number | null; answeredAfterDays?: number | null; unansweredAfterDays?: number | null; reason?: string };
  notes?: string;
}

export function fixtureCases(site = DEFAULT_SITE): string[] {
  const dir = dirOf(site);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'page.html')))
    .map((d) => d.name)
    .sort();
}

export function fixtureUrl(name: string, site = DEFAULT_SITE): string | null {
  const file = join(dirOf(site), 'urls.json');
  if (!existsSync(file)) return null;
  const urls = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return urls[name] ?? null;
}

export function fixturePath(name: string, site = DEFAULT_SITE): string {
  return join(dirOf(site), name, 'page.html');
}

export function expectedOf(name: string, site = DEFAULT_SITE): Expected {
  return JSON.parse(readFileSync(join(dirOf(site), name, 'expected.json'), 'utf8')) as Expected;
}

/** Read as the site it belongs to, whatever its address says. */
export function analyseFixture(name: string, site = DEFAULT_SITE) {
  const bytes = readFileSync(fixturePath(name, site));
  const { document } = parseHTML(decodeHtml(bytes));
  return readPage(document.body, { url: fixtureUrl(name, site), today: FIXTURE_TODAY, site: siteById(site) ?? undefined });
}

export function analyseFixtureAsCli(name: string) {
  return analyseBytes(fixturePath(name), readFileSync(fixturePath(name)), { url: fixtureUrl(name), today: FIXTURE_TODAY });
}

/** Field-by-field differences between an analysis and what a fixture expects, as readable lines. */
export function differences(name: string, site = DEFAULT_SITE): string[] {
  const expected = expectedOf(name, site);
  const { analysis } = analyseFixture(name, site);
  const out: string[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const check = (path: string, actual: unknown, wanted: unknown) => {
    if (wanted !== undefined && !same(actual, wanted)) out.push(`${path}: expected ${JSON.stringify(wanted)}, got ${JSON.stringify(actual)}`);
  };
  check('page.kind', analysis.page.kind, expected.page.kind);
  if (expected.page.kind !== 'written-question') return out;
  check('page.language', analysis.page.language, expected.page.language);
  check('page.variant', analysis.page.variant, expected.page.variant);
  for (const [key, wanted] of Object.entries(expected.question ?? {})) {
    check(`question.${key}`, (analysis.question as unknown as Record<string, unknown>)[key], wanted);
  }
  const items = expected.items ?? [];
  check('items.length', analysis.items.length, items.length);
  items.forEach((want, i) => {
    const got = analysis.items.find((it) => it.label === want.label);
    if (!got) {
      out.push(`items[${i}]: no item labelled ${want.label}`);
      return;
    }
    if (want.engineSays !== undefined && got.status === want.engineSays) {
      // A recorded miss of the engine: not a new difference.
    } else if (Array.isArray(want.status)) {
      if (!want.status.includes(got.status)) out.push(`item ${want.label}.status: expected one of ${JSON.stringify(want.status)}, got "${got.status}"`);
    } else check(`item ${want.label}.status`, got.status, want.status);
    check(`item ${want.label}.groupedWith`, [...got.groupedWith].sort(), want.groupedWith ? [...want.groupedWith].sort() : undefined);
    if (want.refersTo !== undefined) {
      const wanted = typeof want.refersTo === 'string' ? { kind: 'item', label: want.refersTo } : want.refersTo;
      const actual = got.refersTo && wanted ? Object.fromEntries(Object.keys(wanted).map((k) => [k, (got.refersTo as unknown as Record<string, unknown>)[k]])) : got.refersTo;
      check(`item ${want.label}.refersTo`, actual, wanted);
    }
    if (want.questionStartsWith !== undefined && !normal(got.question).startsWith(normal(want.questionStartsWith))) {
      out.push(`item ${want.label}.question: expected to start with ${JSON.stringify(want.questionStartsWith)}, got ${JSON.stringify(got.question.slice(0, 60))}`);
    }
    if (want.answerStartsWith === null && got.answer !== null) out.push(`item ${want.label}.answer: expected none, got ${JSON.stringify(got.answer.slice(0, 60))}`);
    if (want.answerStartsWith && !normal(got.answer ?? '').startsWith(normal(want.answerStartsWith))) {
      out.push(`item ${want.label}.answer: expected to start with ${JSON.stringify(want.answerStartsWith)}, got ${JSON.stringify((got.answer ?? '').slice(0, 60))}`);
    }
  });
  check('extraAnswerParts', analysis.extraAnswerParts.length, expected.extraAnswerParts);
  for (const [key, wanted] of Object.entries(expected.timeliness ?? {})) {
    check(`timeliness.${key}`, (analysis.timeliness as unknown as Record<string, unknown>)[key], wanted);
  }
  return out;
}

function normal(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/[’']/g, "'").trim();
}
