import { describe, expect, it } from 'vitest';
import { pair } from '../../src/core/pairing';
import type { Language } from '../../src/core/model';

/** Pairs a question and an answer laid out as on a page: the question, a blank line, the answer. */
function run(question: string, answer: string | null, language: Language = 'fr') {
  const text = answer === null ? question : `${question}\n\n${answer}`;
  const result = pair(text, { start: 0, end: question.length }, answer === null ? null : { start: question.length + 2, end: text.length }, language);
  const answerOf = (label: string) => {
    const item = result.items.find((i) => i.label === label);
    return item?.answerSpan ? text.slice(item.answerSpan.start, item.answerSpan.end) : null;
  };
  return { ...result, text, answerOf };
}

const QUESTION_FR = [
  'Le contexte de la question tient en un paragraphe qui cite la loi du 5 août 1992, article 5).',
  '1) Combien de contrôles ont été effectués en 2021 ?',
  '2) Combien ont donné lieu à une amende ?',
  '3) Quel est le montant total des amendes ?',
  '4) Quelles mesures comptez-vous prendre ?',
].join('\n\n');

describe('pairing by label', () => {
  it('pairs each numbered answer part with its sub-question', () => {
    const r = run(QUESTION_FR, '1) 1.245 contrôles.\n\n2) 312 amendes.\n\n3) 48.000 euros.\n\n4) Une circulaire est en préparation.');
    expect(r.items.map((i) => i.label)).toEqual(['1', '2', '3', '4']);
    expect(r.answerOf('1')).toBe('1.245 contrôles.');
    expect(r.answerOf('3')).toBe('48.000 euros.');
    expect(r.items.every((i) => i.pairedBy === 'label')).toBe(true);
    expect(r.numbering).toEqual({ question: 'numbered', answer: 'numbered' });
    expect(r.extraAnswerParts).toEqual([]);
  });

  it('pairs a re-numbered answer ("1." for "1)")', () => {
    const r = run(QUESTION_FR, '1. 1.245 contrôles.\n2. 312 amendes.\n3. 48.000 euros.\n4. Une circulaire est en préparation.');
    expect(r.answerOf('4')).toBe('Une circulaire est en préparation.');
  });

  it('leaves a skipped sub-question without an answer part', () => {
    const r = run(QUESTION_FR, '1) 1.245 contrôles.\n\n2) 312 amendes.\n\n4) Une circulaire est en préparation.');
    expect(r.answerOf('3')).toBeNull();
    expect(r.answerOf('4')).toBe('Une circulaire est en préparation.');
  });

  it('reports an answer part that matches no sub-question instead of dropping it', () => {
    const r = run(QUESTION_FR, '1) 1.245 contrôles.\n\n2) 312 amendes.\n\n3) 48.000 euros.\n\n4) Une circulaire.\n\n5) Je remercie l\'honorable membre pour sa question.');
    expect(r.extraAnswerParts.map((p) => p.labels)).toEqual([['5']]);
    expect(r.extraAnswerParts[0]!.text).toMatch(/^Je remercie/);
  });
});

describe('groups and ranges', () => {
  it('gives a grouped part to every label of its group', () => {
    const r = run(QUESTION_FR, '1 et 2. En 2021, 1.245 contrôles ont donné lieu à 312 amendes.\n\n3 et 4. Le montant atteint 48.000 euros ; une circulaire suit.');
    expect(r.answerOf('1')).toBe(r.answerOf('2'));
    expect(r.items[0]!.groupedWith).toEqual(['2']);
    expect(r.items[1]!.groupedWith).toEqual(['1']);
    expect(r.items[0]!.pairedBy).toBe('group');
    expect(r.answerOf('4')).toMatch(/^Le montant/);
  });

  it('gives a range "1 à 3." to each label inside it', () => {
    const r = run(QUESTION_FR, '1 à 3. Les chiffres figurent dans le tableau ci-joint.\n\n4. Une circulaire est en préparation.');
    expect(r.items.slice(0, 3).map((i) => i.pairedBy)).toEqual(['range', 'range', 'range']);
    expect(r.items[1]!.groupedWith).toEqual(['1', '3']);
    expect(r.answerOf('4')).toBe('Une circulaire est en préparation.');
  });
});

describe('cross-references', () => {
  it('makes a part that leans on another point referred to it (French)', () => {
    const r = run(QUESTION_FR, '1) 1.245 contrôles.\n\n2) Voir la réponse à la question 1.\n\n3) 48.000 euros.\n\n4) Une circulaire.');
    const item = r.items.find((i) => i.label === '2')!;
    expect(item.refersTo).toBe('1');
    expect(item.reference?.text).toBe('Voir la réponse à la question 1');
    expect(r.text.slice(item.reference!.span.start, item.reference!.span.end)).toBe('Voir la réponse à la question 1');
  });

  it('reads "décrites au point 1)" as in the reference answer', () => {
    const r = run(QUESTION_FR, '1) 1.245 contrôles.\n\n2) Seules les amendes décrites au point 1) me sont connues.\n\n3) 48.000 euros.\n\n4) Une circulaire.');
    expect(r.items[1]!.refersTo).toBe('1');
  });

  it('reads Dutch references, with numbers or ordinal words', () => {
    const question = '1) Hoeveel controles waren er?\n\n2) Hoeveel boetes?\n\n3) Welke maatregelen neemt u?';
    const r = run(question, '1) Er waren 1.245 controles.\n\n2) Zie antwoord op vraag 1.\n\n3) Zie mijn antwoord op de eerste vraag.', 'nl');
    expect(r.items.map((i) => i.refersTo)).toEqual([null, '1', '1']);
  });

  it('reads references without "see": "gelet op het antwoord op de eerste vraag", "la question précédente"', () => {
    const nl = run('1) Hoeveel controles?\n\n2) Hoeveel boetes?\n\n3) Welke maatregelen?', '1) 1.245.\n\n2) Zonder voorwerp, gelet op het antwoord op de eerste vraag.\n\n3) Uit het antwoord op de vorige vraag blijkt dat er geen nodig zijn.', 'nl');
    expect(nl.items.map((i) => i.refersTo)).toEqual([null, '1', '2']);
    const fr = run(QUESTION_FR, '1) 1.245 contrôles.\n\n2) Voir la question précédente.\n\n3) 48.000 euros.\n\n4) Vu ma réponse à la première question, aucune mesure n’est prévue.');
    expect(fr.items.map((i) => i.refersTo)).toEqual([null, '1', null, '1']);
  });

  it('reads "verwijs ik naar het antwoord op vraag 1" with the verb before its subject', () => {
    const question = '1) Hoeveel stations zijn toegankelijk?\n\n2) Welke stations worden aangepast?';
    const r = run(question, '1) Er zijn 120 toegankelijke stations.\n\n2) Voor de aanpassing van stations verwijs ik naar het antwoord op vraag 1.', 'nl');
    expect(r.items[1]!.refersTo).toBe('1');
  });

  it('ignores a reference to the part itself, to an unknown label, or to another written question', () => {
    const r = run(QUESTION_FR, '1) Voir point 1 du rapport annuel.\n\n2) Voir la réponse à la question 9.\n\n3) Je renvoie à ma réponse à la question écrite n° 7-1648.\n\n4) Une circulaire.');
    expect(r.items.map((i) => i.refersTo)).toEqual([null, null, null, null]);
  });

  it('does not call a long self-standing answer referred for a passing mention', () => {
    const long = `${'Les services ont mené une analyse détaillée des contrôles et de leurs suites. '.repeat(6)}Comme indiqué au point 1, les chiffres sont provisoires.`;
    const r = run(QUESTION_FR, `1) 1.245 contrôles.\n\n2) ${long}\n\n3) 48.000 euros.\n\n4) Une circulaire.`);
    expect(r.items[1]!.refersTo).toBeNull();
    expect(r.answerOf('2')).toMatch(/^Les services/);
  });
});

describe('answers and questions without numbers', () => {
  it('pairs an unnumbered answer with every numbered sub-question as one group, and says so', () => {
    const r = run(QUESTION_FR, 'En 2021, 1.245 contrôles ont donné lieu à 312 amendes pour un total de 48.000 euros. Une circulaire est en préparation.');
    expect(r.items).toHaveLength(4);
    expect(r.items.every((i) => i.pairedBy === 'whole-answer')).toBe(true);
    expect(r.items[0]!.groupedWith).toEqual(['2', '3', '4']);
    expect(r.numbering.answer).toBe('unnumbered');
    expect(r.warnings).toContain('The question is numbered but the answer is not: the whole answer is paired with every sub-question as one group.');
  });

  it('numbers the questioning paragraphs of an unnumbered question and aligns answer paragraphs by content', () => {
    const question = [
      'Depuis 2020, les zones de police utilisent des caméras intelligentes.',
      'Combien de caméras ANPR sont installées sur les autoroutes wallonnes ?',
      'Quel budget a été consacré à la formation des agents à la vidéosurveillance ?',
    ].join('\n\n');
    const answer = [
      'Au total, 412 caméras ANPR sont installées sur les autoroutes wallonnes.',
      'La formation des agents à la vidéosurveillance a coûté 120.000 euros de budget.',
    ].join('\n\n');
    const r = run(question, answer);
    expect(r.items.map((i) => i.label)).toEqual(['1', '2']);
    expect(r.items.map((i) => i.pairedBy)).toEqual(['alignment', 'alignment']);
    expect(r.answerOf('1')).toMatch(/^Au total, 412 caméras/);
    expect(r.answerOf('2')).toMatch(/^La formation des agents/);
    expect(r.numbering).toEqual({ question: 'unnumbered', answer: 'unnumbered' });
  });

  it('lists sub-questions without answer parts when there is no answer yet', () => {
    const r = run(QUESTION_FR, null);
    expect(r.items).toHaveLength(4);
    expect(r.items.every((i) => i.answerSpan === null)).toBe(true);
    expect(r.numbering.answer).toBe('none');
  });
});
