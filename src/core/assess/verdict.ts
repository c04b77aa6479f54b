// The fitted verdict: a multinomial logistic regression over the named signals (signals.ts), its
// weights trained by scripts/train.ts on the train split and committed as data (model/verdict.json),
// its temperature fitted on the dev split so that the confidence it gives is calibrated.

import weights from './model/verdict.json';
import { SIGNAL_NAMES, type SignalName, type Signals } from './signals';

export const VERDICT_STATUSES = ['answered', 'partial', 'deflected', 'referred', 'missing'] as const;
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];

export interface VerdictModel {
  classes: readonly string[];
  signals: readonly string[];
  mean: number[];
  scale: number[];
  /** One row per class, one column per signal (on standardised signals). */
  weights: number[][];
  bias: number[];
  temperature: number;
}

export interface Verdict {
  status: VerdictStatus;
  /** Calibrated probability of each status, in VERDICT_STATUSES order. */
  probabilities: number[];
  confidence: number;
  /** The signals that pushed most towards this status against the runner-up, strongest first. */
  deciding: Array<{ signal: SignalName; weight: number }>;
}

const MODEL = weights as VerdictModel;

export function checkModel(model: VerdictModel = MODEL): void {
  if (model.signals.length !== SIGNAL_NAMES.length || model.signals.some((s, i) => s !== SIGNAL_NAMES[i])) {
    throw new Error('model/verdict.json was trained on other signals: run npm run train');
  }
}

export function standardise(signals: Signals, model: VerdictModel = MODEL): number[] {
  return SIGNAL_NAMES.map((name, j) => (signals[name] - model.mean[j]!) / model.scale[j]!);
}

export function logits(x: number[], model: VerdictModel = MODEL): number[] {
  return model.weights.map((row, k) => row.reduce((sum, w, j) => sum + w * x[j]!, model.bias[k]!));
}

export function softmax(z: number[], temperature = 1): number[] {
  const scaled = z.map((v) => v / temperature);
  const max = Math.max(...scaled);
  const e = scaled.map((v) => Math.exp(v - max));
  const total = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / total);
}

export function judge(signals: Signals, model: VerdictModel = MODEL): Verdict {
  const x = standardise(signals, model);
  const z = logits(x, model);
  const probabilities = softmax(z, model.temperature);
  let best = 0;
  for (let k = 1; k < probabilities.length; k++) if (probabilities[k]! > probabilities[best]!) best = k;
  let second = best === 0 ? 1 : 0;
  for (let k = 0; k < probabilities.length; k++) if (k !== best && probabilities[k]! > probabilities[second]!) second = k;
  const deciding = SIGNAL_NAMES
    .map((signal, j) => ({ signal, weight: (model.weights[best]![j]! - model.weights[second]![j]!) * x[j]! }))
    .filter((d) => d.weight > 0.05 && signals[d.signal] !== 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 4);
  const status = model.classes[best] as VerdictStatus;
  return { status, probabilities, confidence: probabilities[best]!, deciding };
}
