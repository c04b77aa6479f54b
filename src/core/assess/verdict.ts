// The fitted verdict: a multinomial logistic regression over the named signals (signals.ts), its
// weights trained by scripts/train.ts on the train split and committed as data (model/verdict.json;
// how it was trained, and on which signals, in model/verdict-training.json), its temperature fitted
// on the dev split so that the confidence it gives is calibrated.

import weights from './model/verdict.json';
import { SIGNAL_NAMES, type SignalName, type Signals } from './signals';

export const VERDICT_STATUSES = ['answered', 'partial', 'deflected', 'referred', 'missing'] as const;
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];

export interface VerdictModel {
  classes: readonly string[];
  /** One row per class, one column per signal (SIGNAL_NAMES order), on the raw signals. */
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

export function signalVector(signals: Signals): number[] {
  return SIGNAL_NAMES.map((name) => signals[name]);
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
  const x = signalVector(signals);
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
