// npm run eval: the engine on the labelled cases of test/eval/cases, figures per set, every
// disagreement with the engine's reasons, and the same as JSON in test/eval/results.json.

import { writeFileSync } from 'node:fs';
import { FLAGS, evaluateSets, type SetResult } from '../test/eval/evaluate';

const results = evaluateSets();
const pct = (x: number | null) => (x === null ? '  n/a' : `${(100 * x).toFixed(0).padStart(4)}%`);

function print(name: string, r: SetResult): void {
  console.log(`\n== ${name}: ${r.cases} questions, ${r.subQuestions} sub-questions`);
  console.log(`pairing accuracy ${pct(r.pairingAccuracy)}   status accuracy ${pct(r.statusAccuracy)}`);
  console.log('flag        precision  recall   (tp / predicted / expected)');
  for (const flag of FLAGS) {
    const f = r.flags[flag];
    console.log(`${flag.padEnd(10)}  ${pct(f.precision)}     ${pct(f.recall)}   (${f.truePositives} / ${f.predicted} / ${f.expected})`);
  }
  if (r.disagreements.length) console.log(`\ndisagreements (${r.disagreements.length}):`);
  for (const d of r.disagreements) {
    console.log(`- ${d.case} #${d.label}: expected ${d.expected}, got ${d.got}. Label note: ${d.note}`);
    for (const reason of d.reasons) console.log(`    · ${reason}`);
  }
}

// `--dev-only` keeps the check set out of sight while rules are being worked on.
const devOnly = process.argv.includes('--dev-only');
print('dev set', results.dev);
if (!devOnly) print('check set (never tuned on)', results.check);
writeFileSync(new URL('../test/eval/results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwritten test/eval/results.json');
