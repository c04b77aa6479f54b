// Which pages a question leads to, read from real fixtures: 7-1649 was also put to two other
// ministers and asked in Dutch; a closed Dutch question was resubmitted; an answer cites another
// written question.

import { describe, expect, it } from 'vitest';
import { relatedPages } from '../../src/content/related-pages';
import { senateBeDescriptor } from '../../src/sites/senate-be/descriptor';
import { analyseFixture } from '../helpers/fixtures';

describe('related pages of a question', () => {
  it('7-1649 in French: the two siblings and the Dutch original, at their Senate addresses', () => {
    const { analysis } = analyseFixture('7-1649-fr-paragraphs');
    const pages = relatedPages(analysis, senateBeDescriptor);
    expect(pages.map((p) => [p.kind, p.questionId, p.language])).toEqual(
      expect.arrayContaining([
        ['sibling', '7-1648', 'fr'],
        ['sibling', '7-1650', 'fr'],
        ['original', '7-1649', 'nl'],
      ]),
    );
    expect(pages.find((p) => p.kind === 'original')!.url).toBe('https://www.senaat.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=nl');
  });

  it('a closed question leads to the one it was resubmitted as', () => {
    const { analysis } = analyseFixture('unanswered-closed');
    const pages = relatedPages(analysis, senateBeDescriptor);
    const resubmitted = pages.find((p) => p.kind === 'resubmitted');
    expect(resubmitted?.questionId).toBe(analysis.question.resubmittedAs);
    expect(resubmitted?.url).toMatch(/LEG=5&NR=4712/);
  });

  it('a question cited in an answer names the items citing it, once per question', () => {
    // 7-1649 with two of its answers referring to one earlier question, as "voir ma réponse à la
    // question écrite n° 7-1203" would make them.
    const { analysis } = analyseFixture('7-1649-fr-paragraphs');
    for (const label of ['2', '3']) {
      analysis.items.find((i) => i.label === label)!.refersTo = { kind: 'question', questionId: '7-1203', text: 'question écrite n° 7-1203' };
    }
    const cited = relatedPages(analysis, senateBeDescriptor).filter((p) => p.kind === 'cited');
    const citing = analysis.items.filter((i) => i.refersTo?.kind === 'question');
    expect(citing.length).toBeGreaterThan(0);
    expect(cited.length).toBe(new Set(citing.map((i) => i.refersTo!.questionId)).size);
    expect(cited).toEqual([{ kind: 'cited', questionId: '7-1203', language: 'fr', url: 'https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1203&LANG=fr', citedBy: ['2', '3'] }]);
  });
});
