// The eval as a test: the corpus is well-formed and big enough, the split is fixed, and the engine on
// the frozen test split stays above the floors of thresholds.json for precision and recall.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agreement } from './agreement';
import { LABELLED_STATUSES, loadCorpus, readLabels } from './corpus';
import { evaluateSplits } from './evaluate';
import { splitOf } from './split';

const thresholds = JSON.parse(readFileSync(new URL('./thresholds.json', import.meta.url), 'utf8')) as {
  test: { statusAccuracy: number; flagged: { precision: number; recall: number }; notAnsweredHere: { precision: number; recall: number } };
  corpus: { minimumQuestions: number; minimumFrench: number; minimumReadTwice: number };
};
const corpus = loadCorpus();

describe('labelled corpus', () => {
  it('holds enough questions, French renditions among them, and enough read twice', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(thresholds.corpus.minimumQuestions);
    expect(corpus.filter((c) => c.language === 'fr').length).toBeGreaterThanOrEqual(thresholds.corpus.minimumFrench);
    expect(readLabels('b').size).toBeGreaterThanOrEqual(thresholds.corpus.minimumReadTwice);
  });

  it('splits by a hash of the doc_id, the same for a question and its French rendition', () => {
    expect(splitOf('191113')).toBe(splitOf('191113'));
    const byDoc = new Map<string, Set<string>>();
    for (const c of corpus) byDoc.set(c.docId, (byDoc.get(c.docId) ?? new Set()).add(c.split));
    for (const [doc, splits] of byDoc) expect(splits.size, doc).toBe(1);
    const share = (s: string) => corpus.filter((c) => c.split === s).length / corpus.length;
    expect(share('train')).toBeGreaterThan(0.5);
    expect(share('test')).toBeGreaterThan(0.12);
  });

  it('every label has a known status and a note; partial says what is missing, referred says where', () => {
    for (const c of corpus) {
      expect(c.labels.length, c.id).toBeGreaterThan(0);
      for (const l of c.labels) {
        expect(LABELLED_STATUSES, `${c.id} #${l.label}`).toContain(l.status);
        expect(typeof l.note, `${c.id} #${l.label}`).toBe('string');
        if (l.status === 'partial') expect(l.unaddressed?.length, `${c.id} #${l.label}`).toBeGreaterThan(0);
        if (l.status === 'referred') expect(['item', 'question', 'document', 'website', 'registry'], `${c.id} #${l.label}`).toContain(l.refersTo?.kind);
      }
    }
  });

  it('the two readers agree on most statuses', () => {
    const a = agreement();
    expect(a.subQuestions).toBeGreaterThan(200);
    expect(a.sameStatus).toBeGreaterThan(0.8);
  });
});

describe('engine on the frozen test split', () => {
  const result = evaluateSplits(['test'], corpus).test!;
  it('finds nearly every labelled sub-question', () => {
    expect(result.subQuestions).toBeGreaterThan(300);
    expect(result.found / result.subQuestions).toBeGreaterThanOrEqual(0.97);
  });
  it(`status right on at least ${thresholds.test.statusAccuracy}`, () => {
    expect(result.statusAccuracy).toBeGreaterThanOrEqual(thresholds.test.statusAccuracy);
  });
  for (const key of ['flagged', 'notAnsweredHere'] as const) {
    it(`${key}: precision and recall above their floors`, () => {
      const pr = result[key];
      expect(pr.predicted, key).toBeGreaterThan(0);
      expect(pr.precision!, `${key} precision ${pr.truePositives}/${pr.predicted}`).toBeGreaterThanOrEqual(thresholds.test[key].precision);
      expect(pr.recall!, `${key} recall ${pr.truePositives}/${pr.expected}`).toBeGreaterThanOrEqual(thresholds.test[key].recall);
    });
  }
});
