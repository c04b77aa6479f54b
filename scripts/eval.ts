// npm run eval: the engine on the labelled corpus, per split and language (train and dev by default;
// `--split test` for the frozen test split, which is only ever scored, never studied), with the
// readers' agreement, the confusion matrix and the calibration; writes test/eval/results.json.
//
//   npx tsx scripts/eval.ts [--split train,dev,test] [--disagreements N] [--log-signals FILE]

import { writeFileSync } from 'node:fs';
import { agreement } from '../test/eval/agreement';
import { LABELLED_STATUSES } from '../test/eval/corpus';
import { evaluateSplits, type EvalResult, type PR } from '../test/eval/evaluate';
import { loadCorpus } from '../test/eval/corpus';
import { rowsOf } from '../test/eval/pairs';
import type { Split } from '../test/eval/split';

const arg = (name: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
const splits = (arg('--split') ?? 'train,dev').split(',') as Split[];
const showDisagreements = Number(arg('--disagreements') ?? 0);
const pct = (x: number | null) => (x === null ? '   –' : `${(100 * x).toFixed(0).padStart(3)}%`);
const two = (x: number | null) => (x === null ? '   –' : x.toFixed(2));
const prText = (p: PR) => `${two(p.precision)} / ${two(p.recall)} (${p.truePositives}/${p.predicted}/${p.expected})`;

function print(name: string, r: EvalResult): void {
  console.log(`\n== ${name}: ${r.cases} questions, ${r.subQuestions} sub-questions (${r.found} found by the engine)`);
  console.log(`status accuracy ${pct(r.statusAccuracy)}`);
  console.log(`flagged (not fully answered)  P / R  ${prText(r.flagged)}`);
  console.log(`not answered here (defl+ref+miss)  ${prText(r.notAnsweredHere)}`);
  for (const s of LABELLED_STATUSES) console.log(`  ${s.padEnd(10)} ${prText(r.perStatus[s])}`);
  console.log(`confusion (rows: labelled, columns: engine)\n  ${''.padEnd(10)} ${[...LABELLED_STATUSES, 'not-found'].map((s) => s.slice(0, 8).padStart(9)).join('')}`);
  for (const s of LABELLED_STATUSES) console.log(`  ${s.padEnd(10)} ${[...LABELLED_STATUSES, 'not-found'].map((t) => String(r.confusion[s][t as never]).padStart(9)).join('')}`);
  console.log('calibration (confidence → share right)');
  for (const b of r.calibration) if (b.count) console.log(`  ${b.from.toFixed(1)}–${b.to.toFixed(1)}: ${String(b.count).padStart(4)} verdicts, mean confidence ${two(b.meanConfidence)}, right ${pct(b.accuracy)}`);
  if (r.referralTargetAgreement !== null) console.log(`referred and pointing the same way: ${pct(r.referralTargetAgreement)}`);
}

const results = evaluateSplits(splits);
for (const [name, r] of Object.entries(results)) {
  print(name, r);
  if (showDisagreements && !name.startsWith('test') && !name.includes('/')) {
    for (const d of r.disagreements.slice(0, showDisagreements)) console.log(`- ${d.case} #${d.label}: expected ${d.expected}, got ${d.got} (${d.confidence}). ${d.note}\n    ${d.reasons.slice(0, 2).join('\n    ')}`);
  }
}
const readers = agreement();
console.log(`\n== readers: ${readers.questions} questions read twice, ${readers.subQuestions} sub-questions: same status ${pct(readers.sameStatus)}, Cohen's kappa ${readers.kappa.toFixed(2)}, same flag (answered or not) ${pct(readers.sameFlag)}`);

const log = arg('--log-signals');
if (log) {
  const lines: string[] = [];
  for (const c of loadCorpus({ splits: splits.filter((s) => s !== 'test') })) {
    for (const row of rowsOf(c).rows) lines.push(JSON.stringify({ case: c.id, split: c.split, label: row.gold.label, gold: row.gold.status, got: row.item?.status ?? 'not-found', signals: row.reading?.signals ?? null }));
  }
  writeFileSync(log, `${lines.join('\n')}\n`);
  console.log(`signals of ${lines.length} pairs written to ${log}`);
}

const slim = Object.fromEntries(Object.entries(results).map(([k, r]) => [k, { ...r, disagreements: k === 'dev' ? r.disagreements : undefined }]));
writeFileSync(new URL('../test/eval/results.json', import.meta.url), `${JSON.stringify({ splits: slim, readers }, null, 2)}\n`);
console.log('\nwritten test/eval/results.json');
