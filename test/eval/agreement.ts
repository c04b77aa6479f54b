// Agreement between the two independent readings (labels/a and labels/b) of the same questions:
// the share of sub-questions given the same status, Cohen's kappa, and the confusion between them.

import { LABELLED_STATUSES, readLabels, type LabelledStatus } from './corpus';

export interface Agreement {
  questions: number;
  subQuestions: number;
  sameStatus: number;
  kappa: number;
  /** Same "not fully answered" call (anything but answered). */
  sameFlag: number;
  confusion: Record<LabelledStatus, Record<LabelledStatus, number>>;
}

export function agreement(): Agreement {
  const a = readLabels('a');
  const b = readLabels('b');
  const confusion = Object.fromEntries(LABELLED_STATUSES.map((s) => [s, Object.fromEntries(LABELLED_STATUSES.map((t) => [t, 0]))])) as Agreement['confusion'];
  let questions = 0, n = 0, same = 0, sameFlag = 0;
  for (const [id, second] of b) {
    const first = a.get(id);
    if (!first) continue;
    questions += 1;
    const byLabel = new Map(first.map((l) => [l.label, l]));
    for (const l of second) {
      const other = byLabel.get(l.label);
      if (!other) continue;
      n += 1;
      confusion[other.status][l.status] += 1;
      if (other.status === l.status) same += 1;
      if ((other.status === 'answered') === (l.status === 'answered')) sameFlag += 1;
    }
  }
  const po = n ? same / n : 0;
  const pe = LABELLED_STATUSES.reduce((s, k) => {
    const ra = LABELLED_STATUSES.reduce((x, t) => x + confusion[k][t], 0) / (n || 1);
    const rb = LABELLED_STATUSES.reduce((x, t) => x + confusion[t][k], 0) / (n || 1);
    return s + ra * rb;
  }, 0);
  return { questions, subQuestions: n, sameStatus: po, kappa: pe < 1 ? (po - pe) / (1 - pe) : 1, sameFlag: n ? sameFlag / n : 0, confusion };
}
