// The evaluation of the whole engine on the hand-labelled cases: pairing accuracy, and precision and
// recall of each flag a reviewer relies on, on the dev set and on the check set apart. Used by
// scripts/eval.ts (prints, writes results.json) and by eval.test.ts (fails under the thresholds).

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyseText } from '../../src/core/analyse';
import type { Analysis, ItemStatus } from '../../src/core/model';

export type LabelledStatus = 'answered' | 'partial' | 'deflected' | 'referred' | 'missing';

export interface EvalLabel {
  label: string;
  status: LabelledStatus;
  refersTo?: string;
  unaddressed?: string[];
  note: string;
}

export interface EvalCase {
  id: string;
  language: 'fr' | 'nl';
  source: string;
  question: string;
  answer: string | null;
  labels: EvalLabel[];
  set: 'dev' | 'check';
}

export const FLAGS = ['missing', 'deflected', 'referred', 'partial'] as const;
export type Flag = (typeof FLAGS)[number];

export interface FlagScore {
  truePositives: number;
  predicted: number;
  expected: number;
  /** null when nothing was predicted (precision undefined). */
  precision: number | null;
  recall: number | null;
}

export interface Disagreement {
  case: string;
  label: string;
  expected: string;
  got: string;
  note: string;
  reasons: string[];
}

export interface SetResult {
  cases: number;
  subQuestions: number;
  /** Sub-questions whose label the engine found, with an answer part unless labelled missing, and
   * with the same cross-reference when one is expected. */
  pairingAccuracy: number;
  statusAccuracy: number;
  flags: Record<Flag, FlagScore>;
  disagreements: Disagreement[];
}

export const CASES_DIR = new URL('./cases/', import.meta.url);
const TODAY = '2030-01-01';

export function loadCases(dir: URL = CASES_DIR): EvalCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir.pathname, f), 'utf8')) as EvalCase);
}

export function runCase(c: EvalCase): Analysis {
  return analyseText(c.question, c.answer, { language: c.language, today: TODAY });
}

export function evaluate(cases: EvalCase[]): SetResult {
  let subQuestions = 0;
  let paired = 0;
  let sameStatus = 0;
  const counts: Record<Flag, { tp: number; predicted: number; expected: number }> = {
    missing: { tp: 0, predicted: 0, expected: 0 },
    deflected: { tp: 0, predicted: 0, expected: 0 },
    referred: { tp: 0, predicted: 0, expected: 0 },
    partial: { tp: 0, predicted: 0, expected: 0 },
  };
  const disagreements: Disagreement[] = [];

  for (const c of cases) {
    const analysis = runCase(c);
    const byLabel = new Map(analysis.items.map((i) => [i.label, i]));
    for (const gold of c.labels) {
      subQuestions += 1;
      const item = byLabel.get(gold.label);
      const got: ItemStatus | 'not-found' = item ? item.status : 'not-found';
      const referralOk = gold.status !== 'referred' || item?.refersTo === gold.refersTo;
      // Paired means found, given an answer part unless the label says none answers it, and pointing
      // where the label points when it refers.
      const partOk = gold.status === 'missing' || item?.answerSpan != null;
      if (item && partOk && referralOk) paired += 1;
      if (got === gold.status) sameStatus += 1;
      for (const flag of FLAGS) {
        const expected = gold.status === flag;
        const predicted = got === flag;
        if (expected) counts[flag].expected += 1;
        if (predicted) counts[flag].predicted += 1;
        if (expected && predicted) counts[flag].tp += 1;
      }
      if (got !== gold.status || !referralOk) {
        disagreements.push({
          case: c.id,
          label: gold.label,
          expected: gold.status + (gold.refersTo ? ` → ${gold.refersTo}` : ''),
          got: got + (item?.refersTo ? ` → ${item.refersTo}` : ''),
          note: gold.note,
          reasons: item ? item.reasons.map((r) => `${r.code}: ${r.text}${r.evidence ? ` [${r.evidence}]` : ''}`) : analysis.warnings,
        });
      }
    }
  }
  const flags = Object.fromEntries(FLAGS.map((flag) => {
    const { tp, predicted, expected } = counts[flag];
    return [flag, { truePositives: tp, predicted, expected, precision: predicted ? tp / predicted : null, recall: expected ? tp / expected : null }];
  })) as Record<Flag, FlagScore>;
  return {
    cases: cases.length,
    subQuestions,
    pairingAccuracy: subQuestions ? paired / subQuestions : 0,
    statusAccuracy: subQuestions ? sameStatus / subQuestions : 0,
    flags,
    disagreements,
  };
}

export function evaluateSets(cases: EvalCase[] = loadCases()): { dev: SetResult; check: SetResult } {
  return { dev: evaluate(cases.filter((c) => c.set === 'dev')), check: evaluate(cases.filter((c) => c.set === 'check')) };
}
