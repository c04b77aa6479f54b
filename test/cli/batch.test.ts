// The command line as reviewers use it: one run over a folder of hundreds of saved pages, some of
// them broken. Every good page is analysed, every bad one is named on stderr with its reason on one
// line (and, in JSON, by an entry in its place), and the exit status says that some failed (1 when
// they failed for different reasons).
//
// The good pages are the Senate fixtures varied as real questions vary: another number, another
// author, other years, no answer yet.

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/sites/decode-html';
import { run } from '../../src/cli/main';
import { expectedOf, FIXTURE_TODAY, fixtureCases, fixturePath } from '../helpers/fixtures';

interface GoodPage {
  file: string;
  id: string;
  author: string;
  year: number;
  answered: boolean;
  truncated?: boolean;
}
interface BadPage {
  file: string;
  reason: string;
}

const AUTHORS = ['Sabine de Bethune', 'Karl Vanlouwe', 'Latifa Gahouchi', 'Fourat Ben Chikha', 'Stephanie D\u2019Hose', 'Jean-Jacques De Gucht', 'Nadia El Yousfi', 'Rik Daems'];
const ANSWER_LABELS = ['Réponse reçue le', 'Antwoord ontvangen op'];

/** Sources: every fixture that is a written question, saved in UTF-8 (the windows-1252 copy is
 * the same page as 7-1649-fr-paragraphs). */
function sources() {
  return fixtureCases()
    .filter((name) => name !== '7-1649-fr-cp1252' && name !== 'truncated' && expectedOf(name).page.kind === 'written-question')
    .map((name) => {
      const expected = expectedOf(name);
      const id = String(expected.question?.id);
      const author = String(expected.question?.author);
      const year = Number(String(expected.question?.askedOn).slice(0, 4));
      return { name, html: decodeHtml(readFileSync(fixturePath(name))), id, author, year };
    });
}

/** The page without its answer: cut from the element holding the answer label to the end. */
function withoutAnswer(html: string): string | null {
  const at = Math.max(...ANSWER_LABELS.map((l) => html.indexOf(l)));
  if (at < 0) return null;
  const element = html.lastIndexOf('<', html.lastIndexOf('<', at) - 1);
  return `${html.slice(0, Math.max(0, element))}\n</body></html>\n`;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function vary(source: ReturnType<typeof sources>[number], k: number): { html: string; page: Omit<GoodPage, 'file'> } {
  const [leg, nr] = source.id.split('-');
  const number = 5000 + k; // never a year, which the date change below rewrites
  const id = `${leg}-${number}`;
  const author = AUTHORS[k % AUTHORS.length]!;
  // A question put by several senators: the first one changes.
  const [firstAuthor, ...coAuthors] = source.author.split(', ') as [string, ...string[]];
  const year = source.year - 1 - (k % 5);
  let html = source.html
    .replace(new RegExp(`${escapeRe(source.id)}\\b`, 'g'), id)
    .replace(new RegExp(`NR=${nr}\\b`, 'g'), `NR=${number}`)
    // The name as the page writes it: plain or with its apostrophe as an entity ("D&#x27;Hose").
    .split(firstAuthor.replace(/'/g, '&#x27;')).join(author)
    .split(firstAuthor).join(author)
    // Every date of the page moves by the same number of years, so deadlines stay consistent.
    .replace(new RegExp(`\\b${source.year}\\b`, 'g'), String(year))
    .replace(new RegExp(`\\b${source.year + 1}\\b`, 'g'), String(year + 1));
  let answered = ANSWER_LABELS.some((l) => html.includes(l));
  if (answered && k % 4 === 3) {
    html = withoutAnswer(html) ?? html;
    answered = false;
  }
  return { html, page: { id, author: [author, ...coAuthors].join(', '), year, answered } };
}

let dir: string;
const good: GoodPage[] = [];
const bad: BadPage[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'question-lens-batch-'));
  const all = sources();
  for (let k = 0; k < 300; k++) {
    const source = all[k % all.length]!;
    const { html, page } = vary(source, k);
    const file = join(dir, `q-${String(k).padStart(3, '0')}.html`);
    writeFileSync(file, html);
    good.push({ file, ...page });
  }

  const reference = readFileSync(fixturePath('7-1649-fr-paragraphs'), 'utf8');
  const label = reference.indexOf('Question n° 7-1649 du 2 juin 2022');
  const afterLabel = reference.indexOf('</p>', label) + '</p>'.length;
  const addBad = (name: string, content: string | Uint8Array | null, reason: string) => {
    const file = join(dir, name);
    if (content !== null) writeFileSync(file, content);
    bad.push({ file, reason });
  };
  let seed = 7;
  const junk = (n: number) => Uint8Array.from({ length: n }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256);
  for (let i = 0; i < 4; i++) addBad(`empty-${i}.html`, i % 2 ? '' : ' \n\t\n ', 'empty page');
  for (let i = 0; i < 4; i++) addBad(`junk-${i}.html`, junk(2000 + i * 5000), 'not a written-question page');
  // Saved while loading: the page stops right after the question's label, before its text, or
  // inside the next tag ("…</p>\n<"), which leaves debris but no question.
  for (const extra of [0, 1, 2, 3, 4]) addBad(`cut-${extra}.html`, reference.slice(0, afterLabel + extra), 'truncated page: the question text is missing');
  // Cut in the middle of the question's sub-questions: no verdict on a question seen in part.
  const middle = reference.indexOf('4) Selon le journal Le Soir');
  for (let i = 0; i < 2; i++) addBad(`cut-mid-${i}.html`, reference.slice(0, middle + 40 * i), 'truncated page');
  addBad('list.html', readFileSync(fixturePath('not-a-question')), 'not a written-question page');
  addBad('agenda.html', readFileSync(join(import.meta.dirname, '../fixtures/non-question/plenary-agenda.html')), 'not a written-question page');
  addBad('home.html', readFileSync(join(import.meta.dirname, '../fixtures/non-question/home.html')), 'not a written-question page');
  for (let i = 0; i < 2; i++) {
    const sub = join(dir, `folder-${i}.html`);
    mkdirSync(sub);
    // A folder named among files is walked; an empty one is a failure in its place.
    bad.push({ file: sub, reason: 'no .html or .htm page in this folder' });
  }
  for (let i = 0; i < 4; i++) addBad(`missing-${i}.html`, null, 'no such file');
});

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), errLines: err.join('\n').split('\n').filter((l) => l !== '') };
}

describe('question-lens analyse over a folder of 300 good and 24 broken pages', () => {
  it('analyses every good page, names every bad one with its reason, and exits 1', async () => {
    expect(good.length).toBe(300);
    expect(bad.length).toBe(24);
    // Good and bad pages interleaved, as a shell glob would mix them.
    const files = [...good.map((g) => g.file)];
    bad.forEach((b, i) => files.splice(i * 15, 0, b.file));
    const r = await cli('analyse', ...files, '--json', '--today', FIXTURE_TODAY);

    expect(r.code).toBe(1);
    type Entry = { file: string; error?: { code: number; message: string }; question: { id: string; author: string; askedOn: string }; items: unknown[]; regions: { answer: unknown }; warnings: string[] };
    const entries = JSON.parse(r.out) as Entry[];
    // One entry per file named, in the order named; a bad file's entry is its error.
    expect(entries.map((e) => e.file)).toEqual(files);
    const failed = entries.filter((e) => e.error);
    expect(failed.map((e) => [e.file, e.error!.message])).toEqual(files.filter((f) => bad.some((b) => b.file === f)).map((f) => [f, bad.find((b) => b.file === f)!.reason]));
    for (const e of failed) expect(Object.keys(e)).toEqual(['file', 'error']);
    expect(new Set(failed.map((e) => e.error!.code))).toEqual(new Set([2, 3, 4]));
    const analyses = entries.filter((e) => !e.error);
    expect(analyses).toHaveLength(good.length);
    const byFile = new Map(analyses.map((a) => [a.file, a]));
    for (const g of good) {
      const a = byFile.get(g.file);
      expect(a, g.file).toBeDefined();
      expect(a!.items.length, g.file).toBeGreaterThan(0);
      // The variations were read, not the fixture they came from.
      expect(a!.question.id, g.file).toBe(g.id);
      expect(a!.question.author, g.file).toBe(g.author);
      expect(a!.question.askedOn.slice(0, 4), g.file).toBe(String(g.year));
      expect(a!.regions.answer !== null, g.file).toBe(g.answered);
      if (g.truncated) expect(a!.warnings, g.file).toContain('The page has no closing </html>: it may be truncated.');
    }
    expect(good.filter((g) => !g.answered).length).toBeGreaterThan(50);

    // One line per bad file, naming it and its reason; nothing about the good ones; no stack trace.
    expect(r.errLines).toHaveLength(bad.length);
    for (const b of bad) {
      expect(r.errLines.filter((l) => l.includes(b.file))).toEqual([`question-lens: ${b.file}: ${b.reason}`]);
    }
    for (const line of r.errLines) expect(line).toMatch(/^question-lens: \S.*: [a-z][^\n]*$/);
  });

  it('exits with the one reason\'s code when every failure has the same reason', async () => {
    const missing = bad.filter((b) => b.reason === 'no such file').map((b) => b.file);
    const r = await cli('analyse', ...good.slice(0, 20).map((g) => g.file), ...missing, '--json', '--today', FIXTURE_TODAY);
    expect(r.code).toBe(2);
    const entries = JSON.parse(r.out) as Array<{ file: string; error?: { code: number; message: string } }>;
    expect(entries).toHaveLength(20 + missing.length);
    expect(entries.slice(20)).toEqual(missing.map((file) => ({ file, error: { code: 2, message: 'no such file' } })));
    expect(r.errLines).toHaveLength(missing.length);

    const notQuestions = bad.filter((b) => b.reason === 'not a written-question page').map((b) => b.file);
    const q = await cli('analyse', ...notQuestions, ...good.slice(0, 5).map((g) => g.file), '--csv', '--today', FIXTURE_TODAY);
    expect(q.code).toBe(3);
    expect(q.errLines).toHaveLength(notQuestions.length);
  });

  it('exits 0 on the good pages alone, in every output format', async () => {
    const files = good.map((g) => g.file);
    const json = await cli('analyse', ...files, '--json', '--today', FIXTURE_TODAY);
    expect(json.code).toBe(0);
    expect(json.errLines).toEqual([]);
    const csv = await cli('analyse', ...files.slice(0, 40), '--csv', '--today', FIXTURE_TODAY);
    expect(csv.code).toBe(0);
    // Rows of every file (a quoted field may hold line breaks, so rows are found by their first field).
    const named = new Set(files.slice(0, 40).filter((f) => csv.out.includes(`\n${f},`)));
    expect(named.size).toBe(40);
    const summary = await cli('analyse', ...files.slice(0, 10), '--today', FIXTURE_TODAY);
    expect(summary.code).toBe(0);
    for (const g of good.slice(0, 10)) expect(summary.out).toContain(`Written question ${g.id}`);
  });
});
