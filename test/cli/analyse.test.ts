import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { FIXTURE_TODAY, fixturePath, fixtureUrl } from '../helpers/fixtures';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const reference = fixturePath('7-1649-fr-paragraphs');
const referenceUrl = fixtureUrl('7-1649-fr-paragraphs')!;
const tmp = mkdtempSync(join(tmpdir(), 'question-lens-'));

describe('question-lens analyse', () => {
  it('prints a readable summary of the reference question', async () => {
    const r = await cli('analyse', reference, '--today', FIXTURE_TODAY);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('Written question 7-1649 — Clearview - Reconnaissance faciale - Vie privée - Police - Chiffres et tendances');
    expect(r.out).toMatch(/^\s+4 {2}deflected\s+Selon le journal Le Soir/m);
    expect(r.out).toMatch(/^\s+5 {2}referred → 1\s+Pouvez-vous préciser/m);
    expect(r.out).toContain('8 sub-question(s)');
  });

  it('prints the Analysis as JSON, with the address given', async () => {
    const r = await cli('analyse', reference, '--json', '--url', referenceUrl, '--today', FIXTURE_TODAY);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out);
    expect(a.schemaVersion).toBe(3);
    expect(a.page).toMatchObject({ site: 'senate-be', kind: 'written-question', language: 'fr', url: referenceUrl });
    expect(a.question).toMatchObject({ id: '7-1649', author: 'Els Ampe', party: 'Open Vld', askedOn: '2022-06-02', deadline: '2022-07-07', answeredOn: '2022-07-07' });
    expect(a.items.map((i: { label: string }) => i.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(a.items[4]).toMatchObject({ status: 'referred', refersTo: { kind: 'item', label: '1' } });
  });

  it('prints an array with the file named for several files', async () => {
    const r = await cli('analyse', reference, fixturePath('7-1649-nl'), '--json', '--today', FIXTURE_TODAY);
    const list = JSON.parse(r.out);
    expect(list).toHaveLength(2);
    expect(list[1].file).toBe(fixturePath('7-1649-nl'));
    expect(list[1].page.language).toBe('nl');
  });

  it('prints one CSV row per sub-question, quoting what needs it', async () => {
    const r = await cli('analyse', reference, '--csv', '--today', FIXTURE_TODAY);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('file,id,timeliness,label,status,confidence,refersTo,groupedWith,unaddressed,interrogatives,reasons,question,answer');
    const rows = lines.filter((l) => l.startsWith(reference));
    expect(rows).toHaveLength(8);
    const escaped = reference.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    expect(rows[3]).toMatch(new RegExp(`^${escaped},7-1649,on-time,4,deflected,`));
    // Item 3 lists its interrogatives with their verdicts, the unaddressed among them.
    expect(rows[2]).toContain('unaddressed: Les personnes concernées savent-elles que leur image a été utilisée sans autorisation ?');
  });

  it('reads a windows-1252 page as its meta charset says', async () => {
    const r = await cli('analyse', fixturePath('7-1649-fr-cp1252'), '--json', '--today', FIXTURE_TODAY);
    const a = JSON.parse(r.out);
    expect(a.question.addressee).toBe("la ministre de l'Intérieur, des Réformes institutionnelles et du Renouveau démocratique");
    expect(a.items[3].answer).toBe('Aucune information disponible. Veuillez contacter Child Focus.');
  });

  it('reads a windows-1252 page that declares no charset', async () => {
    const r = await cli('analyse', fixturePath('7-1649-fr-cp1252-undeclared'), '--json', '--today', FIXTURE_TODAY);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out);
    expect(a.question.addressee).toBe("la ministre de l'Intérieur, des Réformes institutionnelles et du Renouveau démocratique");
    expect(a.items[3].answer).toBe('Aucune information disponible. Veuillez contacter Child Focus.');
    expect(r.out).not.toContain('\ufffd');
  });

  it('says "not a written-question page" and exits 3 on another Senate page', async () => {
    const r = await cli('analyse', fixturePath('not-a-question'));
    expect(r.code).toBe(3);
    expect(r.out).toBe('');
    expect(r.err).toBe(`question-lens: ${fixturePath('not-a-question')}: not a written-question page`);
  });

  it('counts the days of an overdue question in the CSV', async () => {
    const r = await cli('analyse', fixturePath('overdue-8'), '--csv', '--today', FIXTURE_TODAY);
    const row = r.out.split('\n')[1]!;
    expect(row).toMatch(/^[^,]+,8-312,overdue 415 days,1,awaiting,/);
  });

  it('tells a closed question and a lapsed one from one awaiting, in the CSV', async () => {
    const closed = await cli('analyse', fixturePath('unanswered-closed'), '--csv', '--today', FIXTURE_TODAY);
    expect(closed.out.split('\n')[1]).toMatch(/^[^,]+,5-3120,closed 84 days,1,unanswered,1\.00,,,,[^,]*,The question was closed on 2012-01-12 without an answer\.,/);
    const lapsed = await cli('analyse', fixturePath('lapsed-fr-5'), '--csv', '--today', FIXTURE_TODAY);
    const rows = lapsed.out.split('\n').slice(1);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toMatch(/^[^,]+,5-9876,lapsed,\d,unanswered,/);
    // Legislature 7 ended on 9/5/2024: read today, its unanswered question has lapsed.
    const seventh = await cli('analyse', fixturePath('unanswered-overdue'), '--csv', '--today', FIXTURE_TODAY);
    expect(seventh.out.split('\n')[1]).toMatch(/^[^,]+,7-2105,lapsed 21 days,1,unanswered,/);
  });

  it('says in the summary what happened to a question that will never be answered', async () => {
    const closed = await cli('analyse', fixturePath('unanswered-closed'), '--today', FIXTURE_TODAY);
    expect(closed.code).toBe(0);
    expect(closed.out).toContain(
      // The panel's words for the same facts (its verdict tooltip), from the catalogs.
      'asked 2011-09-15 · deadline 2011-10-20 — Closed on 12 January 2012 without an answer. No answer came in the 119 days after it was sent. That was 84 days past the deadline of 20 October 2011. It was resubmitted as question 5-4712.',
    );
    expect(closed.out).toMatch(/^\s+1 {2}unanswered\s+Wat was de precieze oorzaak/m);
    expect(closed.out).toContain('3 sub-question(s): 3 unanswered');
    expect(closed.out).not.toContain('awaiting');
    const lapsed = await cli('analyse', fixturePath('lapsed-fr-5'), '--today', FIXTURE_TODAY);
    expect(lapsed.out).toContain('Lapsed unanswered at the end of the legislature, on 28 April 2014. No answer came in the 300 days after it was sent. No deadline is stated.');
    expect(lapsed.out).toContain('The question lapsed unanswered at the end of the legislature.');
    expect(lapsed.out).toContain('3 sub-question(s): 3 unanswered');
    const seventh = await cli('analyse', fixturePath('unanswered-overdue'), '--today', FIXTURE_TODAY);
    expect(seventh.out).toContain('Lapsed unanswered at the end of the legislature, on 9 May 2024. No answer came in the 58 days after it was sent. That was 21 days past the deadline of 18 April 2024.');
    expect(seventh.out).not.toMatch(/No answer yet|Overdue/);
  });

  it('exits 2 on a missing file, 4 on an empty one, and goes on with the others', async () => {
    const empty = join(tmp, 'empty.html');
    writeFileSync(empty, '  \n');
    const missing = r('missing');
    const r1 = await cli('analyse', missing, '--today', FIXTURE_TODAY);
    expect(r1.code).toBe(2);
    expect(r1.err).toBe(`question-lens: ${missing}: no such file`);
    const r2 = await cli('analyse', empty);
    expect(r2.code).toBe(4);
    expect(r2.err).toBe(`question-lens: ${empty}: empty page`);
    const r3 = await cli('analyse', missing, reference, empty, '--today', FIXTURE_TODAY);
    expect(r3.code).toBe(1);
    expect(r3.out).toContain('Written question 7-1649');
    expect(r3.err.split('\n')).toHaveLength(2);
  });

  it('exits 4 on a page cut off before its question text', async () => {
    const cut = join(tmp, 'cut.html');
    writeFileSync(cut, '<html><body><h1>Question écrite n° 7-1649</h1><p>de Els Ampe (Open Vld) du 2 juin 2022</p><p>à la ministre de l');
    const r4 = await cli('analyse', cut);
    expect(r4.code).toBe(4);
    expect(r4.err).toMatch(/truncated page/);
  });

  it('exits 4 with "truncated page" on a page cut mid-question, and reads the Dutch print variant', async () => {
    const r = await cli('analyse', fixturePath('truncated'), '--json', '--today', FIXTURE_TODAY);
    expect(r.code).toBe(4);
    expect(r.err.trim()).toBe(`question-lens: ${fixturePath('truncated')}: truncated page`);
    const nl = await cli('analyse', fixturePath('print-nl-5-1480'), '--json', '--today', FIXTURE_TODAY);
    expect(nl.code).toBe(0);
    expect(JSON.parse(nl.out).question).toMatchObject({ id: '5-1480', author: 'Cécile Thibaut', originalLanguage: 'fr' });
  });

  it('exits 64 with a one-line message on bad usage', async () => {
    const r5 = await cli('analyse', reference, '--json', '--csv');
    expect(r5.code).toBe(64);
    expect(r5.err).toBe('question-lens: choose one of --json and --csv');
  });

  it('as a program, never prints a stack trace', async () => {
    const exec = promisify(execFile);
    const result = await exec('npx', ['tsx', 'src/cli/main.ts', 'analyse', r('nowhere')], { cwd: join(import.meta.dirname, '../..') }).catch((e: { code: number; stderr: string }) => e);
    expect((result as { code: number }).code).toBe(2);
    expect((result as { stderr: string }).stderr.trim()).toBe(`question-lens: ${r('nowhere')}: no such file`);
  });
});

function r(name: string): string {
  return join(tmp, `${name}.html`);
}
