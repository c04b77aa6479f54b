// The engine over the 701 real Chamber questions of ../shared/data, each wrapped in a Senate page
// layout (the Dutch labels of the written-question page around the question and its answer: the
// bare layout of scripts/lib/chamber-page.ts), read as the extension and the command line read a
// page. Prints how they read: how many pages, items, statuses, how often question and answer are
// numbered, and the time taken. Not a test: the data is not labelled (the labelled set is test/eval).
//
//   npx tsx scripts/data-run.ts [path/to/dekamer-2017-sample.json]

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { readPage } from '../src/sites/analyse-page';
import type { ItemStatus } from '../src/core/model';
import { chamberPageHtml, type ChamberRow } from './lib/chamber-page';

const file = process.argv[2] ?? resolve(import.meta.dirname, '../../shared/data/dekamer-2017-sample.json');
const rows = JSON.parse(readFileSync(file, 'utf8')) as ChamberRow[];

/** The bare layout (scripts/lib/chamber-page.ts), numbered 6-1, 6-2, … in the order of the file. */
const page = (row: ChamberRow, index: number) => chamberPageHtml(row, 6, index + 1, { kind: 'bare' });

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
