// `question-lens analyse` over batches: folders and standard input as inputs, the totals line,
// one JSON array with failures in place, --full, --version, refused dates, a foreign --url, and
// pages too large to read.

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { USAGE } from '../../src/cli/args';
import { MAX_PAGE_BYTES } from '../../src/cli/limits';
import { run, type RunOptions } from '../../src/cli/main';
import { totalsLine } from '../../src/cli/summary';
import type { FileResult } from '../../src/cli/analyse-file';
import type { Analysis } from '../../src/core/model';
import { FIXTURE_TODAY, fixturePath, fixtureUrl } from '../helpers/fixtures';

async function cli(argv: string[], options: RunOptions = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, (s) => out.push(s), (s) => err.push(s), options);
  return { code, out: out.join('\n'), err: err.join('\n'), errLines: err };
}

const reference = fixturePath('7-1649-fr-paragraphs');
const dutch = fixturePath('7-1649-nl');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'question-lens-hygiene-'));
  mkdirSync(join(dir, 'pages/b'), { recursive: true });
  copyFileSync(reference, join(dir, 'pages/b/7-1649-fr.html'));
  copyFileSync(dutch, join(dir, 'pages/7-1649-nl.htm'));
  copyFileSync(fixturePath('not-a-question'), join(dir, 'pages/list.html'));
  copyFileSync(fixturePath('truncated'), join(dir, 'pages/b/cut.html'));
  writeFileSync(join(dir, 'pages/notes.txt'), 'not a page');
  mkdirSync(join(dir, 'one'));
  copyFileSync(reference, join(dir, 'one/page.html'));
  mkdirSync(join(dir, 'none'));
});

const pages = () => join(dir, 'pages');
const inPages = (...names: string[]) => names.map((n) => join(pages(), n));

describe('a folder as input', () => {
  it('reads every .html and .htm under it, in the byte order of their paths', async () => {
    const r = await cli(['analyse', pages(), '--json', '--today', FIXTURE_TODAY]);
    expect(r.code).toBe(1);
    const entries = JSON.parse(r.out) as Array<{ file: string; error?: { code: number; message: string }; question?: { id: string } }>;
    // Written an entry at a time, it reads as JSON.stringify(array, null, 2) would.
    expect(r.out).toBe(JSON.stringify(entries, null, 2));
    expect(entries.map((e) => e.file)).toEqual(inPages('7-1649-nl.htm', 'b/7-1649-fr.html', 'b/cut.html', 'list.html'));
    expect(entries[0]!.question!.id).toBe('7-1649');
    expect(entries[2]).toEqual({ file: inPages('b/cut.html')[0], error: { code: 4, message: 'truncated page' } });
    expect(entries[3]).toEqual({ file: inPages('list.html')[0], error: { code: 3, message: 'not a written-question page' } });
    // Still one line on stderr per failure, as before.
    expect(r.errLines).toEqual([`question-lens: ${inPages('b/cut.html')[0]}: truncated page`, `question-lens: ${inPages('list.html')[0]}: not a written-question page`]);
  });

  it('gives an array even for a folder holding one page, and one object for one file', async () => {
    const folder = await cli(['analyse', join(dir, 'one'), '--json', '--today', FIXTURE_TODAY]);
    const list = JSON.parse(folder.out);
    expect(Array.isArray(list)).toBe(true);
    expect(list).toHaveLength(1);
    expect(list[0].file).toBe(join(dir, 'one/page.html'));
    const file = await cli(['analyse', join(dir, 'one/page.html'), '--json', '--today', FIXTURE_TODAY]);
    expect(JSON.parse(file.out)).toMatchObject({ schemaVersion: 3, question: { id: '7-1649' } });
    expect(JSON.parse(file.out).file).toBeUndefined();
  });

  it('names a folder with no page, exit 2', async () => {
    const r = await cli(['analyse', join(dir, 'none'), '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toEqual([{ file: join(dir, 'none'), error: { code: 2, message: 'no .html or .htm page in this folder' } }]);
    expect(r.err).toBe(`question-lens: ${join(dir, 'none')}: no .html or .htm page in this folder`);
  });

  it('gives one array for several files when all of them fail, failures in place', async () => {
    const r = await cli(['analyse', join(dir, 'missing.html'), fixturePath('not-a-question'), '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual([
      { file: join(dir, 'missing.html'), error: { code: 2, message: 'no such file' } },
      { file: fixturePath('not-a-question'), error: { code: 3, message: 'not a written-question page' } },
    ]);
  });

  it('keeps a message on one line when a file name holds a line break', async () => {
    const odd = join(dir, 'two\nlines.html');
    const r = await cli(['analyse', odd, '--json']);
    expect(r.errLines).toEqual([`question-lens: ${join(dir, 'two\\nlines.html')}: no such file`]);
    expect(r.err.split('\n')).toHaveLength(1);
  });

  it('prints nothing on stdout for one file that fails, as before', async () => {
    const r = await cli(['analyse', join(dir, 'missing.html'), '--json']);
    expect(r).toMatchObject({ code: 2, out: '', err: `question-lens: ${join(dir, 'missing.html')}: no such file` });
  });
});

describe('the totals line', () => {
  it('ends the summary of several files, counting failures by reason and sub-questions by status', async () => {
    const r = await cli(['analyse', pages(), join(dir, 'missing.html'), '--today', FIXTURE_TODAY]);
    const json = JSON.parse((await cli(['analyse', ...inPages('7-1649-nl.htm', 'b/7-1649-fr.html'), '--json', '--today', FIXTURE_TODAY])).out) as Analysis[];
    const items = json.flatMap((a) => a.items);
    const statuses = ['answered', 'partial', 'deflected', 'referred', 'missing', 'awaiting', 'unanswered']
      .map((s) => [s, items.filter((i) => i.status === s).length] as const)
      .filter(([, n]) => n > 0)
      // The statuses in the catalog's words (English here): "partial" reads "partly answered".
      .map(([s, n]) => `${n} ${s === 'partial' ? 'partly answered' : s}`);
    const lines = r.out.split('\n');
    expect(lines.at(-2)).toBe('');
    expect(lines.at(-1)).toBe(`5 files: 2 read, 3 failed (1 missing, 1 not a question, 1 truncated); ${items.length} sub-questions: ${statuses.join(', ')}`);
  });

  it('is not printed for one file', async () => {
    const r = await cli(['analyse', reference, '--today', FIXTURE_TODAY]);
    expect(r.out).not.toMatch(/\d+ files?:/);
  });

  it('reads like "330 files: 320 read, 10 failed (7 not a question, 3 truncated); 1 204 sub-questions: …"', () => {
    const analysis = (statuses: string[]) => ({ items: statuses.map((status) => ({ status })) }) as unknown as Analysis;
    const results: FileResult[] = [];
    for (let i = 0; i < 320; i++) results.push({ ok: true, file: `q${i}.html`, analysis: analysis(i < 4 ? ['answered', 'partial', 'deflected', 'referred', 'missing'] : ['answered', 'answered', 'answered', 'partial']) });
    for (let i = 0; i < 7; i++) results.push({ ok: false, file: `n${i}.html`, code: 3, message: 'not a written-question page', reason: 'not-a-question' });
    for (let i = 0; i < 3; i++) results.push({ ok: false, file: `t${i}.html`, code: 4, message: 'truncated page', reason: 'truncated' });
    expect(totalsLine(results)).toBe('330 files: 320 read, 10 failed (7 not a question, 3 truncated); 1 284 sub-questions: 952 answered, 320 partly answered, 4 deflected, 4 referred, 4 missing');
    expect(totalsLine([results[0]!])).toBe('1 file: 1 read; 5 sub-questions: 1 answered, 1 partly answered, 1 deflected, 1 referred, 1 missing');
    expect(totalsLine([results[325]!])).toBe('1 file: 0 read, 1 failed (1 not a question); 0 sub-questions');
  });
});

describe('standard input', () => {
  it('reads "-" as one page, printed as one object', async () => {
    const r = await cli(['analyse', '-', '--json', '--today', FIXTURE_TODAY], { stdin: Readable.from([readFileSync(reference)]) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ question: { id: '7-1649' }, items: { length: 8 } });
  });

  it('names it "-" among other files', async () => {
    const r = await cli(['analyse', dutch, '-', '--csv', '--today', FIXTURE_TODAY], { stdin: Readable.from([readFileSync(reference)]) });
    expect(r.code).toBe(0);
    // "-" as a CSV cell is neutralised like any cell a spreadsheet would run as a formula.
    expect(r.out.split('\n').filter((l) => l.startsWith("'-,7-1649,"))).toHaveLength(8);
  });

  it('refuses more than 5 MB on standard input, reading no further', async () => {
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled += 1 << 20;
        this.push(Buffer.alloc(1 << 20, 0x61));
      },
    });
    const r = await cli(['analyse', '-'], { stdin: endless });
    expect(r).toMatchObject({ code: 5, out: '', err: 'question-lens: -: standard input is larger than 5 MB' });
    expect(pulled).toBeLessThan(MAX_PAGE_BYTES + 4 * (1 << 20));
  });
});

describe('pages over the size limit', () => {
  it('refuses a 50 MB file in well under a second, unread', async () => {
    const big = join(dir, 'big.html');
    writeFileSync(big, '<html><body><p>');
    truncateSync(big, 50 * 1024 * 1024); // sparse: its size says 50 MB, nothing to read
    const started = performance.now();
    const r = await cli(['analyse', big, reference, '--json', '--today', FIXTURE_TODAY]);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(r.code).toBe(5);
    expect(r.err).toBe(`question-lens: ${big}: file is larger than 5 MB`);
    const entries = JSON.parse(r.out);
    expect(entries[0]).toEqual({ file: big, error: { code: 5, message: 'file is larger than 5 MB' } });
    expect(entries[1].question.id).toBe('7-1649');
  });

  it('reads a file of exactly the limit, refuses one byte more', async () => {
    const at = join(dir, 'at-limit.html');
    writeFileSync(at, Buffer.alloc(MAX_PAGE_BYTES, 0x20));
    expect((await cli(['analyse', at])).err).toBe(`question-lens: ${at}: empty page`);
    const over = join(dir, 'over-limit.html');
    writeFileSync(over, Buffer.alloc(MAX_PAGE_BYTES + 1, 0x20));
    expect((await cli(['analyse', over])).err).toBe(`question-lens: ${over}: file is larger than 5 MB`);
  });

  it.skipIf(!existsSync('/dev/zero'))('refuses a file with no size that never ends (/dev/zero)', async () => {
    const r = await cli(['analyse', '/dev/zero']);
    expect(r).toMatchObject({ code: 5, err: 'question-lens: /dev/zero: file is larger than 5 MB' });
  });

  it('refuses a page nesting 100 000 elements, and goes on with the others', async () => {
    const deep = join(dir, 'deep.html');
    writeFileSync(deep, `<html><body>${'<div>'.repeat(100_000)}</body></html>`);
    const started = performance.now();
    const r = await cli(['analyse', deep, reference, '--today', FIXTURE_TODAY]);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.code).toBe(5);
    expect(r.err).toBe(`question-lens: ${deep}: page nests elements more than 5000 deep`);
    expect(r.out.split('\n').at(-1)).toMatch(/^2 files: 1 read, 1 failed \(1 nested too deep\); 8 sub-questions: /);
  });
});

describe('--full', () => {
  it('prints the texts the summary otherwise cuts to a line', async () => {
    const json = JSON.parse((await cli(['analyse', reference, '--json', '--today', FIXTURE_TODAY])).out) as Analysis;
    const long = json.items.find((i) => i.question.length > 200)!.question.replace(/\s+/g, ' ').trim();
    const short = await cli(['analyse', reference, '--today', FIXTURE_TODAY]);
    const full = await cli(['analyse', reference, '--full', '--today', FIXTURE_TODAY]);
    expect(short.out).not.toContain(long);
    expect(short.out).toContain('…');
    expect(full.out).toContain(long);
    expect(full.out.length).toBeGreaterThan(short.out.length);
  });
});

describe('version, usage and refusals', () => {
  const version = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')).version as string;

  it.each(['--version', '-V', '-v'])('%s prints package.json\'s version', async (flag) => {
    expect(await cli([flag])).toEqual({ code: 0, out: version, err: '', errLines: [] });
  });

  it('--help lists the three commands; analyse --help its options', async () => {
    expect((await cli(['--help'])).out).toBe(USAGE);
    const analyse = await cli(['analyse', '--help']);
    expect(analyse.out).toMatch(/^Usage: question-lens analyse /);
    expect(analyse.out).toContain('--full');
  });

  it('refuses an unknown command in one line, naming the commands', async () => {
    expect(await cli(['analyser', 'a.html'])).toMatchObject({ code: 64, errLines: ['question-lens: unknown command "analyser" (commands: analyse, fetch, audit; see question-lens --help)'] });
  });

  it.each(['2026-02-30', '2026-13-01'])('refuses --today %s in one line, exit 64', async (date) => {
    const r = await cli(['analyse', reference, '--today', date]);
    expect(r).toMatchObject({ code: 64, out: '', errLines: [`question-lens: --today wants a real date as YYYY-MM-DD, not "${date}"`] });
  });

  it('warns in one line on a --url that is not a Senate question address, and analyses anyway', async () => {
    const r = await cli(['analyse', reference, '--json', '--url', 'https://example.org/q/7-1649', '--today', FIXTURE_TODAY]);
    expect(r.code).toBe(0);
    expect(r.errLines).toEqual(['question-lens: warning: --url https://example.org/q/7-1649 is not a Senate written-question address (www.senate.be, www.senaat.be); analysing anyway']);
    expect(JSON.parse(r.out).items).toHaveLength(8);
    const senate = await cli(['analyse', reference, '--json', '--url', fixtureUrl('7-1649-fr-paragraphs')!, '--today', FIXTURE_TODAY]);
    expect(senate.errLines).toEqual([]);
  });
});

describe('the summary in the reader’s language', () => {
  it('speaks French and Dutch from the catalogs with --lang, and the terminal’s locale otherwise', async () => {
    const { localeLanguage } = await import('../../src/cli/words');
    const page = fixturePath('7-1649-fr-paragraphs');
    const fr = await cli(['analyse', page, '--lang', 'fr', '--today', FIXTURE_TODAY]);
    expect(fr.out).toContain('Question écrite 7-1649');
    expect(fr.out).toContain('posée le 2022-06-02');
    expect(fr.out).toMatch(/^\s+4 {2}éludé\s/m);
    expect(fr.out).toContain('8 sous-question(s)\u202f: 3 répondu, 3 réponse partielle, 1 éludé, 1 renvoi');
    expect(fr.out).not.toMatch(/\b(answered|deflected|sub-question)\b/);
    const nl = await cli(['analyse', fixturePath('7-1649-nl'), '--lang', 'nl', '--today', FIXTURE_TODAY]);
    expect(nl.out).toContain('Schriftelijke vraag 7-1649');
    expect(nl.out).toMatch(/deelvra\(a\)g\(en\): /);
    expect(nl.out).not.toMatch(/\b(answered|deflected|sub-question)\b/);
    expect((await cli(['analyse', page, '--lang', 'de'])).errLines).toEqual(['question-lens: --lang wants fr, nl or en, not "de"']);
    expect(localeLanguage({ LANG: 'fr_BE.UTF-8' })).toBe('fr');
    expect(localeLanguage({ LC_ALL: 'nl_BE', LANG: 'fr_BE' })).toBe('nl');
    expect(localeLanguage({ LANG: 'C.UTF-8' })).toBe('en');
    expect(localeLanguage({})).toBe('en');
  });
});
