// The eval as the judge: the engine on the labelled corpus, per split and language. Status accuracy;
// "flagged" (anything not fully answered) precision and recall; "not answered here" (deflected,
// referred, missing) precision and recall; precision and recall per status; the confusion matrix;
// the calibration of the confidence (of the verdicts given ~0.9, how many are right). Used by
// scripts/eval.ts (prints, writes results.json) and eval.test.ts (fails under the floors).

import type { Split } from './split';
import { LABELLED_STATUSES, loadCorpus, type CorpusCase, type LabelledStatus } from './corpus';
import { rowsOf, type PairRow } from './pairs';

export interface PR { truePositives: number; predicted: number; expected: number; precision: number | null; recall: number | null }

export type Got = LabelledStatus | 'not-found';

export interface Disagreement { case: string; label: string; expected: string; got: string; confidence: number | null; note: string; reasons: string[] }

export interface Bin { from: number; to: number; count: number; accuracy: number | null; meanConfidence: number | null }

export interface EvalResult {
  cases: number;
  subQuestions: number;
  /** Labelled sub-questions the engine found at all. */
  found: number;
  statusAccuracy: number;
  flagged: PR;
  notAnsweredHere: PR;
  perStatus: Record<LabelledStatus, PR>;
  /** confusion[expected][got] */
  confusion: Record<LabelledStatus, Record<Got, number>>;
  calibration: Bin[];
  /** Of the referrals expected and found, those pointing the same way (kind, and label or question). */
  referralTargetAgreement: number | null;
  disagreements: Disagreement[];
}

const NOT_HERE: readonly Got[] = ['deflected', 'referred', 'missing'];

function pr(tp: number, predicted: number, expected: number): PR {
  return { truePositives: tp, predicted, expected, precision: predicted ? tp / predicted : null, recall: expected ? tp / expected : null };
}

export function scoreRows(rows: PairRow[], cases: number): EvalResult {
  const got = (r: PairRow): Got => (r.item ? (r.item.status as Got) : 'not-found');
  const n = rows.length;
  const confusion = Object.fromEntries(LABELLED_STATUSES.map((s) => [s, Object.fromEntries([...LABELLED_STATUSES, 'not-found'].map((t) => [t, 0]))])) as EvalResult['confusion'];
  for (const r of rows) confusion[r.gold.status][got(r)] += 1;
  const count = (f: (r: PairRow) => boolean) => rows.filter(f).length;
  const isFlag = (s: Got) => s !== 'answered' && s !== 'not-found';
  const flagged = pr(count((r) => isFlag(got(r)) && r.gold.status !== 'answered'), count((r) => isFlag(got(r))), count((r) => r.gold.status !== 'answered'));
  const notAnsweredHere = pr(count((r) => NOT_HERE.includes(got(r)) && NOT_HERE.includes(r.gold.status)), count((r) => NOT_HERE.includes(got(r))), count((r) => NOT_HERE.includes(r.gold.status)));
  const perStatus = Object.fromEntries(LABELLED_STATUSES.map((s) => [s, pr(count((r) => got(r) === s && r.gold.status === s), count((r) => got(r) === s), count((r) => r.gold.status === s))])) as Record<LabelledStatus, PR>;

  const edges = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];
  const calibration: Bin[] = edges.slice(0, -1).map((from, i) => {
    const to = edges[i + 1]!;
    const inBin = rows.filter((r) => r.item && r.item.confidence >= from && r.item.confidence < to);
    return {
      from, to: Math.min(1, to), count: inBin.length,
      accuracy: inBin.length ? inBin.filter((r) => got(r) === r.gold.status).length / inBin.length : null,
      meanConfidence: inBin.length ? inBin.reduce((s, r) => s + r.item!.confidence, 0) / inBin.length : null,
    };
  });

  const referrals = rows.filter((r) => r.gold.status === 'referred' && got(r) === 'referred' && r.gold.refersTo);
  const sameTarget = referrals.filter((r) => {
    const want = r.gold.refersTo!;
    const have = r.item!.refersTo;
    if (!have || have.kind !== want.kind) return false;
    if (want.kind === 'item') return have.label === want.label;
    return true;
  }).length;

  const disagreements: Disagreement[] = rows.filter((r) => got(r) !== r.gold.status).map((r) => ({
    case: r.caseId, label: r.gold.label, expected: r.gold.status, got: got(r), confidence: r.item?.confidence ?? null, note: r.gold.note,
    reasons: r.item ? r.item.reasons.map((x) => `${x.code}: ${x.text}${x.evidence ? ` [${x.evidence}]` : ''}`) : [],
  }));

  return {
    cases, subQuestions: n, found: count((r) => r.item !== null),
    statusAccuracy: n ? count((r) => got(r) === r.gold.status) / n : 0,
    flagged, notAnsweredHere, perStatus, confusion, calibration,
    referralTargetAgreement: referrals.length ? sameTarget / referrals.length : null,
    disagreements,
  };
}

export type Breakdown = Record<string, EvalResult>; // "dev", "dev/nl", "dev/fr", …

/** Every split asked for, and each language within it. */
export function evaluateSplits(splits: Split[], corpus: CorpusCase[] = loadCorpus({ splits })): Breakdown {
  const out: Breakdown = {};
  const rowsByCase = new Map(corpus.map((c) => [c.id, rowsOf(c).rows]));
  for (const split of splits) {
    for (const language of [null, 'nl', 'fr'] as const) {
      const cases = corpus.filter((c) => c.split === split && (language === null || c.language === language));
      if (!cases.length) continue;
      out[language ? `${split}/${language}` : split] = scoreRows(cases.flatMap((c) => rowsByCase.get(c.id)!), cases.length);
    }
  }
  return out;
}
