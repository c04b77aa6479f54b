// The engine over the 701 real Chamber questions of ../shared/data, each wrapped in a Senate page
// layout (the Dutch labels of the written-question page around the question and its answer), read
// as the extension and the command line read a page. Prints how they read: how many pages, items,
// statuses, how often question and answer are numbered, and the time taken. Not a test: the data is
// not labelled (the labelled set is test/eval).
//
//   npx tsx scripts/data-run.ts [path/to/dekamer-2017-sample.json]

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { readPage } from '../src/sites/analyse-page';
import type { ItemStatus } from '../src/core/model';

interface Row {
  doc_id: string | number;
  depotdat: string;
  aut_party: string | null;
  aut_person: string | null;
  question: string;
  answer: string | null;
  answer_department: string | null;
}

const file = process.argv[2] ?? resolve(import.meta.dirname, '../../shared/data/dekamer-2017-sample.json');
const rows = JSON.parse(readFileSync(file, 'utf8')) as Row[];

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraphs = (s: string) => s.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean).map((p) => `<p>${escape(p)}</p>`).join('\n');
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const dutchDate = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '1 januari 2017' : `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};

function page(row: Row, index: number): string {
  const [title, ...rest] = row.question.split('\n');
  const asked = dutchDate(row.depotdat);
  // The extract writes "NA" where the question has no answer yet.
  const answered = row.answer && row.answer.trim() !== '' && row.answer.trim() !== 'NA';
  const answer = answered
    ? `<p>Antwoord ontvangen op ${asked} :</p>\n${paragraphs(row.answer!)}`
    : '';
  return `<html><body>
<p>Tweetalige printerversie Eentalige printerversie</p>
<h2>Schriftelijke vraag nr. 6-${index + 1}</h2>
<p>van ${escape(row.aut_person ?? 'Onbekend')} (${escape(row.aut_party ?? '-')}) d.d. ${asked}</p>
<p>aan de ${escape(row.answer_department ?? 'minister')}</p>
<p><b>${escape(title ?? '')}</b></p>
<h3>Chronologie</h3>
<p>Vraag nr. 6-${index + 1} d.d. ${asked} :</p>
${paragraphs(rest.join('\n'))}
${answer}
</body></html>`;
}

const counts = new Map<ItemStatus, number>();
let items = 0;
let read = 0;
let noItems = 0;
let numberedBoth = 0;
let unnumberedAnswer = 0;
let extra = 0;
const started = performance.now();
rows.forEach((row, index) => {
  const { document } = parseHTML(page(row, index));
  const { analysis } = readPage(document.body, { url: null, today: '2026-11-28' });
  if (analysis.page.kind !== 'written-question') return;
  read++;
  if (analysis.items.length === 0) noItems++;
  if (analysis.numbering.question === 'numbered' && analysis.numbering.answer === 'numbered') numberedBoth++;
  if (analysis.numbering.question === 'numbered' && analysis.numbering.answer === 'unnumbered') unnumberedAnswer++;
  extra += analysis.extraAnswerParts.length;
  for (const item of analysis.items) {
    items++;
    counts.set(item.status, (counts.get(item.status) ?? 0) + 1);
  }
});
const ms = performance.now() - started;

console.log(`${rows.length} questions, ${read} read as written questions, ${noItems} without any sub-question`);
console.log(`${items} sub-questions: ${[...counts].sort((a, b) => b[1] - a[1]).map(([s, n]) => `${n} ${s} (${((100 * n) / items).toFixed(1)} %)`).join(', ')}`);
console.log(`question and answer both numbered: ${numberedBoth}; numbered question, unnumbered answer: ${unnumberedAnswer}; extra answer parts reported: ${extra}`);
console.log(`${ms.toFixed(0)} ms in all, ${(ms / rows.length).toFixed(1)} ms a page (linkedom parse included)`);
