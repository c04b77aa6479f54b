import { describe, expect, it } from 'vitest';
import { alignParagraphs } from '../../../src/core/assess/align';
import type { Span } from '../../../src/core/model';

function spans(text: string, parts: string[]): Span[] {
  return parts.map((p) => {
    const start = text.indexOf(p);
    return { start, end: start + p.length };
  });
}

describe('alignParagraphs', () => {
  const questions = [
    'Combien de radars fixes sont installés sur les autoroutes wallonnes ?',
    'Quel est le produit des amendes perçues grâce à ces radars en 2022 ?',
    'Un plan de remplacement des radars défectueux est-il prévu ?',
  ];

  it('aligns in order, lets a continuation paragraph follow its question, and leaves a question without answer', () => {
    const answers = [
      'Il y a actuellement 134 radars fixes installés sur les autoroutes wallonnes.',
      'Parmi ceux-ci, 12 sont des radars tronçons installés sur les autoroutes.',
      'Le produit des amendes perçues en 2022 s’élève à 41,2 millions d’euros.',
    ];
    const text = [...questions, ...answers].join('\n\n');
    const result = alignParagraphs(text, spans(text, questions), spans(text, answers), 'fr');
    expect(result).toEqual([[0, 1], [2], []]);
  });

  it('never crosses: a later paragraph that resembles an earlier question does not go back', () => {
    const answers = [
      'Le produit des amendes perçues en 2022 s’élève à 41,2 millions d’euros.',
      'Le remplacement des radars défectueux est prévu dans un plan pluriannuel.',
      'Enfin, 134 radars fixes sont installés sur les autoroutes wallonnes.',
    ];
    const text = [...questions, ...answers].join('\n\n');
    const result = alignParagraphs(text, spans(text, questions), spans(text, answers), 'fr');
    // Monotone: two of the three can be kept in order; the best keeps 2 and 3 with their questions.
    expect(result[1]).toEqual([0]);
    expect(result[2]![0]).toBe(1);
    expect(result[0]).toEqual([]);
    const all = result.flat();
    expect(new Set(all).size).toBe(all.length);
  });

  it('aligns Dutch paragraphs through stems', () => {
    const q = ['Hoeveel ambtenaren werken bij de FOD Financiën?', 'Welke opleidingen volgden zij in 2016?'];
    const a = ['Bij de FOD Financiën werkten op 1 januari 2017 in totaal 22.486 ambtenaren.', 'In 2016 werden 1.240 opleidingen gevolgd, vooral rond informatica.'];
    const text = [...q, ...a].join('\n\n');
    expect(alignParagraphs(text, spans(text, q), spans(text, a), 'nl')).toEqual([[0], [1]]);
  });
});
