// npm run train: fits the verdict (a multinomial logistic regression over the named signals) on the
// train split of the labelled corpus, picks its regularisation and calibrates its temperature on the
// dev split, and writes the weights as data to src/core/assess/model/verdict.json. The test split is
// never read here.
//
//   npx tsx scripts/train.ts [--log signals.jsonl]

import { writeFileSync } from 'node:fs';
import { SIGNAL_NAMES } from '../src/core/assess/signals';
import { VERDICT_STATUSES, softmax, type VerdictModel } from '../src/core/assess/verdict';
import { loadCorpus } from '../test/eval/corpus';
import { rowsOf } from '../test/eval/pairs';

interface Example { x: number[]; y: number; id: string }

function examples(split: 'train' | 'dev'): Example[] {
  const out: Example[] = [];
  for (const c of loadCorpus({ splits: [split] })) {
    for (const row of rowsOf(c).rows) {
      if (!row.reading) continue; // the engine did not find this sub-question: nothing to learn from
      out.push({ x: SIGNAL_NAMES.map((n) => row.reading!.signals[n]), y: VERDICT_STATUSES.indexOf(row.gold.status), id: `${c.id}#${row.gold.label}` });
    }
  }
  return out;
}

const train = examples('train');
const dev = examples('dev');
const F = SIGNAL_NAMES.length;
const K = VERDICT_STATUSES.length;

const mean = Array.from({ length: F }, (_, j) => train.reduce((s, e) => s + e.x[j]!, 0) / train.length);
const scale = Array.from({ length: F }, (_, j) => {
  const v = train.reduce((s, e) => s + (e.x[j]! - mean[j]!) ** 2, 0) / train.length;
  return v > 1e-9 ? Math.sqrt(v) : 1;
});
const std = (x: number[]) => x.map((v, j) => (v - mean[j]!) / scale[j]!);
const trainX = train.map((e) => std(e.x));
const devX = dev.map((e) => std(e.x));

// Rare statuses weigh more, by the square root of their rarity: missing and partial are few, and a
// reviewer needs them found.
const counts = VERDICT_STATUSES.map((_, k) => train.filter((e) => e.y === k).length);
const WEIGHT_POWER = Number(process.env.QL_WEIGHT_POWER ?? 0.5);
const classWeight = counts.map((n) => (n ? (train.length / (K * n)) ** WEIGHT_POWER : 0));

function fit(lambda: number): { W: number[][]; b: number[] } {
  const W = Array.from({ length: K }, () => new Array<number>(F).fill(0));
  const b = new Array<number>(K).fill(0);
  // Adam on the full batch: the data is small, the loss convex.
  const mW = W.map((r) => r.map(() => 0)), vW = W.map((r) => r.map(() => 0));
  const mb = b.map(() => 0), vb = b.map(() => 0);
  const rate = 0.05, beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
  const totalWeight = train.reduce((s, e) => s + classWeight[e.y]!, 0);
  for (let step = 1; step <= 1500; step++) {
    const gW = W.map((r) => r.map(() => 0));
    const gb = b.map(() => 0);
    trainX.forEach((x, i) => {
      const y = train[i]!.y;
      const z = W.map((row, k) => row.reduce((s, w, j) => s + w * x[j]!, b[k]!));
      const p = softmax(z);
      const cw = classWeight[y]! / totalWeight;
      for (let k = 0; k < K; k++) {
        const d = (p[k]! - (k === y ? 1 : 0)) * cw;
        gb[k]! += d;
        for (let j = 0; j < F; j++) gW[k]![j]! += d * x[j]!;
      }
    });
    for (let k = 0; k < K; k++) {
      for (let j = 0; j < F; j++) {
        const g = gW[k]![j]! + lambda * W[k]![j]!;
        mW[k]![j] = beta1 * mW[k]![j]! + (1 - beta1) * g;
        vW[k]![j] = beta2 * vW[k]![j]! + (1 - beta2) * g * g;
        W[k]![j]! -= (rate * (mW[k]![j]! / (1 - beta1 ** step))) / (Math.sqrt(vW[k]![j]! / (1 - beta2 ** step)) + eps);
      }
      mb[k] = beta1 * mb[k]! + (1 - beta1) * gb[k]!;
      vb[k] = beta2 * vb[k]! + (1 - beta2) * gb[k]! * gb[k]!;
      b[k]! -= (rate * (mb[k]! / (1 - beta1 ** step))) / (Math.sqrt(vb[k]! / (1 - beta2 ** step)) + eps);
    }
  }
  return { W, b };
}

const logitsOf = (W: number[][], b: number[], x: number[]) => W.map((row, k) => row.reduce((s, w, j) => s + w * x[j]!, b[k]!));
const argmax = (p: number[]) => p.indexOf(Math.max(...p));

// What a reviewer needs, on dev: the status right, and what was not fully answered found (macro F1
// over the statuses keeps the rare ones in view).
function devScore(W: number[][], b: number[]): { accuracy: number; macroF1: number } {
  const predicted = devX.map((x) => argmax(logitsOf(W, b, x)));
  const accuracy = predicted.filter((p, i) => p === dev[i]!.y).length / dev.length;
  const f1s = VERDICT_STATUSES.map((_, k) => {
    const tp = predicted.filter((p, i) => p === k && dev[i]!.y === k).length;
    const pp = predicted.filter((p) => p === k).length;
    const ep = dev.filter((e) => e.y === k).length;
    return pp && ep && tp ? (2 * tp) / (pp + ep) : 0;
  });
  return { accuracy, macroF1: f1s.reduce((a, c) => a + c, 0) / K };
}

let best: { lambda: number; W: number[][]; b: number[]; score: number } | null = null;
for (const lambda of [0.01, 0.03, 0.1, 0.3, 1]) {
  const { W, b } = fit(lambda);
  const s = devScore(W, b);
  const score = s.accuracy + s.macroF1;
  console.log(`lambda ${lambda}: dev status ${(100 * s.accuracy).toFixed(1)} %, macro F1 ${s.macroF1.toFixed(3)}`);
  if (!best || score > best.score) best = { lambda, W, b, score };
}

// The decision: per-status offsets on the logits (within ±0.5, so that the model, not the policy,
// decides), chosen on dev by coordinate ascent, so that the
// statuses a reviewer acts on (flagged, not answered here) are found as well as the status is right.
const f1 = (tp: number, p: number, e: number) => (p && e && tp ? (2 * tp) / (p + e) : 0);
function policyScore(offsets: number[]): number {
  const predicted = devX.map((x) => argmax(logitsOf(best!.W, best!.b.map((v, k) => v + offsets[k]!), x)));
  const y = dev.map((e) => e.y);
  const acc = predicted.filter((p, i) => p === y[i]).length / y.length;
  const flag = (k: number) => k !== 0;
  const here = (k: number) => k >= 2;
  const fl = f1(predicted.filter((p, i) => flag(p) && flag(y[i]!)).length, predicted.filter(flag).length, y.filter(flag).length);
  const nh = f1(predicted.filter((p, i) => here(p) && here(y[i]!)).length, predicted.filter(here).length, y.filter(here).length);
  return acc + fl + nh;
}
const offsets = new Array<number>(K).fill(0);
let current = policyScore(offsets);
for (let round = 0; round < 3; round++) {
  for (let k = 1; k < K; k++) {
    let bestDelta = offsets[k]!;
    for (let d = -0.5; d <= 0.501; d += 0.1) {
      const trial = [...offsets];
      trial[k] = Number(d.toFixed(2));
      const score = policyScore(trial);
      if (score > current + 1e-9) { current = score; bestDelta = trial[k]!; }
    }
    offsets[k] = bestDelta;
  }
}
best!.b = best!.b.map((v, k) => v + offsets[k]!);
console.log(`decision offsets ${offsets.map((o) => o.toFixed(1)).join(' ')} (dev score ${current.toFixed(3)})`);

// Temperature: the one number that makes the dev probabilities honest (least negative log-likelihood).
let temperature = 1;
let bestNll = Infinity;
for (let t = 0.5; t <= 4.001; t += 0.05) {
  const nll = devX.reduce((s, x, i) => s - Math.log(Math.max(1e-12, softmax(logitsOf(best!.W, best!.b, x), t)[dev[i]!.y]!)), 0) / dev.length;
  if (nll < bestNll) { bestNll = nll; temperature = Number(t.toFixed(2)); }
}

const round = (v: number) => Math.round(v * 1e4) / 1e4;
// Shipped: the weights folded onto the raw signals (w / scale, and the means into the bias), so the
// engine needs no standardisation and the file stays small. Beside it, not shipped: how it was made.
const folded = best!.W.map((row) => row.map((w, j) => round(w / scale[j]!)));
const foldedBias = best!.b.map((b, k) => round(b - best!.W[k]!.reduce((sum, w, j) => sum + (w * mean[j]!) / scale[j]!, 0)));
const model: VerdictModel = { classes: VERDICT_STATUSES, weights: folded, bias: foldedBias, temperature };
writeFileSync(new URL('../src/core/assess/model/verdict.json', import.meta.url), `${JSON.stringify(model)}\n`);
const training = {
  signals: SIGNAL_NAMES,
  lambda: best!.lambda,
  decisionOffsets: offsets,
  classWeightPower: WEIGHT_POWER,
  trainedOn: { split: 'train', subQuestions: train.length, perStatus: Object.fromEntries(VERDICT_STATUSES.map((s, k) => [s, counts[k]])) },
  calibratedOn: { split: 'dev', subQuestions: dev.length, negativeLogLikelihood: round(bestNll), temperature },
  mean: mean.map(round),
  scale: scale.map(round),
};
writeFileSync(new URL('../src/core/assess/model/verdict-training.json', import.meta.url), `${JSON.stringify(training, null, 1)}\n`);
console.log(`chose lambda ${best!.lambda}, temperature ${temperature} (dev NLL ${bestNll.toFixed(3)}); ${train.length} train and ${dev.length} dev sub-questions; wrote src/core/assess/model/verdict.json and verdict-training.json`);
