import { describe, expect, it } from 'vitest';
import { findInterrogatives } from '../../../src/core/assess/interrogatives';
import { assessItem, type AssessContext } from '../../../src/core/assess';

const find = (s: string, lang: 'fr' | 'nl') => findInterrogatives(s, { start: 0, end: s.length }, lang);

describe('interrogatives', () => {
  it('splits French questions and keeps follow-ups with their premise', () => {
    const q = "Le budget a été réduit en 2021. Combien d'agents ont été engagés ? Des contrats ont-ils été résiliés ? Dans l'affirmative, pour quel motif ? Dans la négative, le seront-ils en 2023 ?";
    const found = find(q, 'fr');
    expect(found.map((f) => f.text)).toEqual([
      "Combien d'agents ont été engagés ?",
      'Des contrats ont-ils été résiliés ?',
      "Dans l'affirmative, pour quel motif ?",
      'Dans la négative, le seront-ils en 2023 ?',
    ]);
    expect(found.map((f) => f.kind)).toEqual(['number', 'yes-no', 'open', 'yes-no']);
    expect(found.map((f) => f.followUp)).toEqual([null, null, 'if-yes', 'if-no']);
    expect(found[2]!.premise).toBe(1);
    expect(q.slice(found[1]!.span.start, found[1]!.span.end)).toBe('Des contrats ont-ils été résiliés ?');
  });

  it('cuts "en zo ja," inside a Dutch sentence and reads requests without a question mark', () => {
    const q = 'Werd er een evaluatie van het proefproject uitgevoerd en zo ja, wat waren de resultaten? Graag had ik vernomen hoeveel personeelsleden bij de dienst werken. Kan u meedelen wanneer de nieuwe regeling in werking treedt.';
    const found = find(q, 'nl');
    expect(found.map((f) => f.text)).toEqual([
      'Werd er een evaluatie van het proefproject uitgevoerd',
      'zo ja, wat waren de resultaten?',
      'Graag had ik vernomen hoeveel personeelsleden bij de dienst werken.',
      'Kan u meedelen wanneer de nieuwe regeling in werking treedt.',
    ]);
    expect(found.map((f) => f.kind)).toEqual(['yes-no', 'open', 'number', 'date']);
    expect(found[1]!.followUp).toBe('if-yes');
  });

  it('knows Zo neen, Indien niet, Indien wel, Le cas échéant, Si non', () => {
    expect(find('Is dat zo? Zo neen, waarom niet?', 'nl')[1]!.followUp).toBe('if-no');
    expect(find('Is dat zo? Indien niet, waarom?', 'nl')[1]!.followUp).toBe('if-no');
    expect(find('Is dat zo? Indien wel, sinds wanneer?', 'nl')[1]!.followUp).toBe('if-yes');
    expect(find('Une étude est-elle prévue ? Le cas échéant, quand ?', 'fr')[1]!.followUp).toBe('if-yes');
    expect(find('Une étude est-elle prévue ? Si non, pourquoi ?', 'fr')[1]!.followUp).toBe('if-no');
  });

  it('takes a bare statement of what is wanted as one interrogative', () => {
    const found = find("Le nombre de plaintes déposées par arrondissement judiciaire en 2022.", 'fr');
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('number');
  });
});

describe('assessItem on Dutch pairs', () => {
  function judge(question: string, answer: string) {
    const text = `${question}\n\n${answer}`;
    const answerSpan = { start: question.length + 2, end: text.length };
    // As core/analyse gives it for a one-question page: the part is the whole answer.
    const ctx: AssessContext = { text, language: 'nl', answerExists: true, answerSpanOf: () => null, answerRegion: answerSpan, sharedBy: () => 1, items: 1 };
    return assessItem({ label: '1', questionSpan: { start: 0, end: question.length }, answerSpan, groupedWith: [], refersTo: null, reference: null, pairedBy: 'label' }, ctx);
  }

  it('"Zo ja" after a denied premise is not applicable', () => {
    const j = judge('Werden er boetes opgelegd aan de exploitanten van de luchthaven? Zo ja, voor welk bedrag?', 'Er werden in 2016 geen boetes opgelegd aan de exploitanten.');
    expect(j.status).toBe('answered');
    expect(j.interrogatives.map((q) => q.verdict)).toEqual(['addressed', 'not-applicable']);
  });

  it('is partial when one checkable question has no trace', () => {
    const j = judge(
      'Hoeveel asielaanvragen werden in 2016 ingediend door niet-begeleide minderjarigen? Welke maatregelen neemt u om de opvangcapaciteit in de grootsteden uit te breiden?',
      'In 2016 dienden 1.076 niet-begeleide minderjarigen een asielaanvraag in, tegenover 2.750 in 2015.',
    );
    expect(j.status).toBe('partial');
    expect(j.unaddressed).toEqual(['Welke maatregelen neemt u om de opvangcapaciteit in de grootsteden uit te breiden?']);
  });

  it('deflects on "niet tot mijn bevoegdheid"', () => {
    const j = judge('Hoeveel leerlingen volgden in 2016 les in het Frans in de Brusselse scholen?', 'Het onderwijs behoort niet tot mijn bevoegdheid. Ik verwijs u naar de Gemeenschappen.');
    expect(j.status).toBe('deflected');
    expect(j.reasons.map((r) => r.code)).toContain('deflection-not-competent');
  });
});

describe('coordinated questions and Dutch word forms', () => {
  it('splits ", et quels …" into a second interrogative but keeps "les risques et les avantages" whole', () => {
    const q = 'Quels travaux ont été réalisés précisément, et quels budgets y ont été affectés ?';
    expect(find(q, 'fr').map((f) => f.text)).toEqual(['Quels travaux ont été réalisés précisément', 'quels budgets y ont été affectés ?']);
    expect(find('Quels sont les risques et les avantages de ce logiciel ?', 'fr')).toHaveLength(1);
  });

  it('matches a Dutch participle with its verb ("gewist" / "wissen", "gebruikt" / "gebruik")', async () => {
    const { dutchVariants } = await import('../../../src/core/assess/evidence');
    const { stemmer } = await import('@orama/stemmers/dutch');
    const shared = (a: string, b: string) => dutchVariants(stemmer(a)).some((v) => dutchVariants(stemmer(b)).includes(v));
    expect(shared('gewist', 'wissen')).toBe(true);
    expect(shared('gebruikt', 'gebruik')).toBe(true);
    expect(shared('gewist', 'gebruikt')).toBe(false);
  });

  it('takes a denial as the answer to a yes/no question about the same thing', () => {
    // "Clearview" is common to both interrogatives, so only the denial can decide the first one.
    const question = 'Werden er betalingen gedaan aan Clearview? Zo ja, voor welke diensten van Clearview?';
    const answer = 'De federale politie heeft geen enkele licentie van Clearview aangekocht.';
    const text = `${question}\n\n${answer}`;
    const j = assessItem({ label: '1', questionSpan: { start: 0, end: question.length }, answerSpan: { start: question.length + 2, end: text.length }, groupedWith: [], refersTo: null, reference: null, pairedBy: 'label' }, { text, language: 'nl', answerExists: true, answerSpanOf: () => null });
    expect(j.status).toBe('answered');
    expect(j.interrogatives.map((q) => q.verdict)).toEqual(['addressed', 'not-applicable']);
    expect(j.interrogatives[0]!.evidence[0]).toBe(answer);
  });
});
