// Builds the texts of the labelled corpus from ../shared/data/dekamer-2017.json: picks answered,
// numbered questions (spread over the ministers, in an order fixed by a hash), restores the paragraph
// break before each sub-question and each numbered answer part (the extract lost them), and writes
// one file per question under test/eval/corpus/questions/ plus the reading batches under
// test/eval/corpus/batches/. Run once; labellers then read the texts, never the engine's output.
//
//   npx tsx scripts/corpus/make-packets.ts

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { restoreBreaks } from './restore-breaks';

interface Row { doc_id: string; depotdat: string; aut_party: string | null; aut_person: string | null; question: string; answer: string | null; answer_department: string | null }

const root = resolve(import.meta.dirname, '../..');
const rows = JSON.parse(readFileSync(resolve(root, '../shared/data/dekamer-2017.json'), 'utf8')) as Row[];
// The doc_ids of the 61 older cases (labelled before this corpus), kept out of the waves.
const existing = new Set(readFileSync(resolve(root, 'test/eval/corpus/older-cases.txt'), 'utf8').split('\n').filter(Boolean));
const order = (id: string) => createHash('sha256').update(`packet-order:${id}`).digest('hex');

function numbered(question: string): number {
  let n = 0;
  let from = 0;
  for (let k = 1; k <= 12; k++) {
    const m = new RegExp(`(^|[^\\d.,])${k}\\s?[.)]\\s*(?=[A-Z"'(])`, 'g');
    m.lastIndex = from;
    const hit = m.exec(question);
    if (!hit) break;
    n = k;
    from = hit.index + hit[0].length;
  }
  return n;
}

const candidates = rows.filter((r) => {
  if (!r.answer || r.answer.trim() === 'NA' || existing.has(String(r.doc_id))) return false;
  const body = r.question.split('\n').slice(1).join('\n');
  const n = numbered(body);
  return n >= 2 && n <= 9 && body.length + r.answer.length <= 6500 && r.answer.length >= 40;
});

// Round-robin over the ministers, each minister's questions in hash order: no cabinet dominates.
const byMinister = new Map<string, Row[]>();
for (const r of candidates.sort((a, b) => order(String(a.doc_id)).localeCompare(order(String(b.doc_id))))) {
  const key = r.answer_department ?? '?';
  byMinister.set(key, [...(byMinister.get(key) ?? []), r]);
}
const picked: Row[] = [];
for (let round = 0; picked.length < candidates.length; round++) {
  let any = false;
  for (const list of byMinister.values()) if (list[round]) { picked.push(list[round]!); any = true; }
  if (!any) break;
}

// A wave picks the next questions in the same order: `--wave 2` takes those after the first wave.
const waveArg = process.argv.indexOf('--wave');
const WAVE = waveArg > 0 ? Number(process.argv[waveArg + 1]) : 1;
const DUTCH = WAVE === 1 ? 410 : 400;
const FRENCH = WAVE === 1 ? 104 : 100;
const OFFSET = WAVE === 1 ? 0 : 514 + (WAVE - 2) * 500;
const prefix = WAVE === 1 ? '' : `w${WAVE}-`;
const dir = resolve(root, 'test/eval/corpus');
mkdirSync(resolve(dir, 'questions'), { recursive: true });
mkdirSync(resolve(dir, 'batches'), { recursive: true });
const write = (r: Row) => {
  const [title, ...rest] = r.question.split('\n');
  const file = resolve(dir, 'questions', `nl-${r.doc_id}.json`);
  if (existsSync(file)) return;
  writeFileSync(file, `${JSON.stringify({
    id: `nl-${r.doc_id}`, language: 'nl', docId: String(r.doc_id),
    source: `dekamer 2017, doc_id ${r.doc_id} (${r.answer_department ?? 'unknown'}); paragraph breaks restored`,
    minister: r.answer_department, askedOn: r.depotdat,
    title: (title ?? '').trim(), question: restoreBreaks(rest.join('\n').trim()), answer: restoreBreaks(r.answer!.trim()),
  }, null, 2)}\n`);
};
const dutch = picked.slice(OFFSET, OFFSET + DUTCH);
const french = picked.slice(OFFSET + DUTCH, OFFSET + DUTCH + FRENCH);
[...dutch, ...french].forEach(write);
const ids = (list: Row[]) => list.map((r) => `nl-${r.doc_id}`);
for (let b = 0; b < 5; b++) writeFileSync(resolve(dir, 'batches', `${prefix}nl-${b + 1}.txt`), `${ids(dutch.filter((_, i) => i % 5 === b)).join('\n')}\n`);
for (let b = 0; b < 2; b++) writeFileSync(resolve(dir, 'batches', `${prefix}fr-${b + 1}.txt`), `${ids(french.filter((_, i) => i % 2 === b)).join('\n')}\n`);
// The second reader: every eighth Dutch question, so each first reader's batch is represented.
writeFileSync(resolve(dir, 'batches', `${prefix}second-reader.txt`), `${ids(dutch.filter((_, i) => i % 8 === 3).slice(0, 50)).join('\n')}\n`);
console.log(`${candidates.length} candidates, ${dutch.length} Dutch, ${french.length} for French renditions`);
