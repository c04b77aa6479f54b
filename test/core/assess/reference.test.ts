// The careful reviewer's reading of question 7-1649 (issue 4), pair by pair.
import { describe, expect, it } from 'vitest';
import { assessItem } from '../../../src/core/assess';
import { referenceContext, referenceItem, referenceText } from './reference';

const judge = (label: string, refersTo: string | null = null) => assessItem(referenceItem(label, refersTo), referenceContext);

describe('assess on the reference page 7-1649', () => {
  it('1: answered; its "Si oui" does not apply since no licence was bought', () => {
    const j = judge('1');
    expect(j.status).toBe('answered');
    expect(j.interrogatives.map((q) => q.verdict)).toEqual(['addressed', 'addressed', 'not-applicable']);
    expect(j.interrogatives[2]!.text).toBe('Si oui, pour quels services et pour quels montants ?');
    expect(j.interrogatives[2]!.evidence.join(' ')).toContain('n’a acheté aucune licence');
    expect(j.unaddressed).toEqual([]);
  });

  it('2: answered; its "Si oui" does not apply (no positive result)', () => {
    const j = judge('2');
    expect(j.status).toBe('answered');
    expect(j.interrogatives.map((q) => q.verdict)).toEqual(['addressed', 'not-applicable']);
    expect(j.interrogatives[1]!.evidence.join(' ')).toContain('n’a pas donné de résultat positif');
  });

  it('3: partial: nothing on whether the people know, nor on stopping the collection', () => {
    const j = judge('3');
    expect(j.status).toBe('partial');
    expect(j.interrogatives).toHaveLength(4);
    expect(j.unaddressed).toEqual([
      'Les personnes concernées savent-elles que leur image a été utilisée sans autorisation ?',
      'Que comptez-vous entreprendre pour mettre un terme à la collecte illicite de données biométriques ?',
    ]);
    expect(j.interrogatives[0]!.evidence).toContain('effacer');
    expect(j.reasons[0]!.code).toBe('unaddressed-interrogatives');
    // "étant donné les enquêtes en cours" declines the deletion asked about, beside what is given.
    expect(j.reasons.find((r) => r.code === 'deflection-aside')?.evidence).toBe('enquêtes en cours');
  });

  it('4: deflected, with the refusal words and where they stand', () => {
    const j = judge('4');
    expect(j.status).toBe('deflected');
    const spans = j.reasons.filter((r) => r.code.startsWith('deflection-'));
    expect(spans.map((r) => r.code)).toEqual(['deflection-no-data', 'deflection-ask-elsewhere']);
    expect(spans.map((r) => r.evidence)).toEqual(['Aucune information disponible', 'Veuillez contacter']);
    expect(referenceText.slice(spans[1]!.span!.start, spans[1]!.span!.end)).toBe('Veuillez contacter');
    expect(j.unaddressed).toHaveLength(2);
  });

  it('5: referred to 1, and partial: nothing on financial agreements', () => {
    const j = judge('5', '1');
    expect(j.status).toBe('referred');
    expect(j.refersTo).toMatchObject({ kind: 'item', label: '1' });
    expect(j.reasons[0]!.code).toBe('refers-to');
    expect(j.reasons[0]!.evidence).toMatch(/^au\spoint\s1\)$/u);
    expect(j.unaddressed).toEqual(['Quels accords financiers ont été conclus avec Clearview AI ?']);
    expect(j.reasons.some((r) => r.code === 'referred-partial')).toBe(true);
  });

  it('6: answered, on thin evidence and with low confidence (the directives given do not echo the question\'s words)', () => {
    const j = judge('6');
    expect(j.status).toBe('answered');
    expect(j.reasons[0]!.code).toBe('thin-evidence');
    expect(j.confidence).toBeLessThan(0.6);
    expect(j.unaddressed).toEqual([]);
    expect(j.interrogatives).toHaveLength(2);
    for (const q of j.interrogatives) expect(q.reason).toContain('the part as a whole is judged to answer it');
  });

  it('7 and 8: close calls whose reasons name the interrogatives weighed', () => {
    for (const label of ['7', '8']) {
      const j = judge(label);
      expect(j.interrogatives).toHaveLength(3);
      expect(j.confidence).toBeLessThan(0.9);
      if (j.status === 'partial') {
        for (const text of j.unaddressed) expect(j.reasons[0]!.text).toContain(text.slice(0, 40));
      }
      for (const q of j.interrogatives) expect(q.reason.length).toBeGreaterThan(10);
    }
  });

  it('every verdict carries a confidence', () => {
    for (const label of ['1', '2', '3', '4', '6', '7', '8']) {
      const c = judge(label).confidence;
      expect(c).toBeGreaterThan(0);
      expect(c).toBeLessThanOrEqual(1);
    }
  });

  it('awaits when there is no answer, and reports a missing part', () => {
    expect(assessItem(referenceItem('1'), { ...referenceContext, answerExists: false }).status).toBe('awaiting');
    const missing = assessItem({ ...referenceItem('6'), answerSpan: null }, referenceContext);
    expect(missing.status).toBe('missing');
    expect(missing.unaddressed).toHaveLength(2);
  });
});
