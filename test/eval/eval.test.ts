// The evaluation as a test: the labelled set is well-formed, and the engine's precision on the check
// set does not fall under test/eval/thresholds.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FLAGS, evaluateSets, loadCases, type Flag } from './evaluate';

const thresholds = JSON.parse(readFileSync(new URL('./thresholds.json', import.meta.url), 'utf8')) as {
  checkSetPrecision: Record<Flag, number>;
  minimumCases: number;
  checkSetLabels: Record<'partial' | 'referred' | 'missing', number>;
};
const cases = loadCases();

describe('evaluation set', () => {
  it('holds enough labelled French and Dutch cases, 10 or more of them in the check set', () => {
    expect(cases.length).toBeGreaterThanOrEqual(thresholds.minimumCases);
    const fr = cases.filter((c) => c.language === 'fr').length;
    const nl = cases.filter((c) => c.language === 'nl').length;
    expect(Math.min(fr, nl)).toBeGreaterThanOrEqual(cases.length * 0.4);
    expect(cases.filter((c) => c.set === 'check').length).toBeGreaterThanOrEqual(10);
  });

  it('the check set holds enough partial, referred and missing labels for those flags to be measured', () => {
    const check = cases.filter((c) => c.set === 'check').flatMap((c) => c.labels);
    for (const [status, minimum] of Object.entries(thresholds.checkSetLabels)) {
      expect(check.filter((l) => l.status === status).length, status).toBeGreaterThanOrEqual(minimum);
    }
  });

  it('every label has a known status and a note; partial lists what is untouched, referred says where', () => {
    for (const c of cases) {
      expect(c.labels.length, c.id).toBeGreaterThan(0);
      for (const l of c.labels) {
        expect(['answered', 'partial', 'deflected', 'referred', 'missing'], `${c.id} #${l.label}`).toContain(l.status);
        expect(l.note.length, `${c.id} #${l.label}`).toBeGreaterThan(3);
        if (l.status === 'partial') for (const u of l.unaddressed ?? ['?']) expect(c.question, `${c.id} #${l.label}`).toContain(u);
        if (l.status === 'referred') expect(l.refersTo, `${c.id} #${l.label}`).toBeTruthy();
      }
    }
  });
});

describe('engine on the check set', () => {
  const { check } = evaluateSets(cases);
  for (const flag of FLAGS) {
    it(`${flag}: precision at least ${thresholds.checkSetPrecision[flag]} (when raised at all)`, () => {
      const score = check.flags[flag];
      if (score.precision === null) return;
      expect(score.precision, `${flag}: ${score.truePositives}/${score.predicted}`).toBeGreaterThanOrEqual(thresholds.checkSetPrecision[flag]);
    });
  }
  it('pairs nearly every labelled sub-question', () => {
    expect(check.subQuestions).toBeGreaterThan(0);
    expect(check.pairingAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});
