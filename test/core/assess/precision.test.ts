// The evidence per interrogative, which the verdict weighs (signals iq.*): the rules that keep an
// interrogative answered in other words from counting as untouched, and the ones that must still let
// a real gap through. The status itself is the fitted model's, measured by the eval; here the
// interrogatives are checked one by one. The texts are Chamber questions and answers (doc_id in each
// title), some translated into French.
import { describe, expect, it } from 'vitest';
import { findInterrogatives } from '../../../src/core/assess/interrogatives';
import { computeSignals } from '../../../src/core/assess/signals';
import { sentenceSpans } from '../../../src/core/assess/sentences';

function judge(question: string, answer: string, language: 'fr' | 'nl', pairedBy = 'label') {
  const text = `${question}\n\n${answer}`;
  const questionSpan = { start: 0, end: question.length };
  const answerSpan = { start: question.length + 2, end: text.length };
  const reading = computeSignals({ text, language, questionSpan, answerSpan, answerRegion: answerSpan, pairedBy, sharedBy: 1, refersToItem: false, interrogatives: findInterrogatives(text, questionSpan, language) });
  const interrogatives = reading.weighed;
  return { interrogatives, unaddressed: interrogatives.filter((q) => q.verdict === 'unaddressed').map((q) => q.text) };
}

describe('glued sentences of the Chamber extract', () => {
  it('ends a sentence at "?" or at a full stop glued to the next capitalised word', () => {
    const s = 'Bekijkt het spoorbedrijf deze piste?Zo ja, welke maatregelen moeten er genomen worden? Deze drones vormen een bedreiging.Eens deze technieken zijn verfijnd, volgt een training.';
    expect(sentenceSpans(s, { start: 0, end: s.length }).map((x) => s.slice(x.start, x.end))).toEqual([
      'Bekijkt het spoorbedrijf deze piste?',
      'Zo ja, welke maatregelen moeten er genomen worden?',
      'Deze drones vormen een bedreiging.',
      'Eens deze technieken zijn verfijnd, volgt een training.',
    ]);
  });

  it('does not cut "www.belgium.be" nor "M. Dupont"', () => {
    const s = 'Zie www.belgium.be voor meer. M. Dupont antwoordde.';
    expect(sentenceSpans(s, { start: 0, end: s.length })).toHaveLength(2);
  });
});

describe('answered in other words: no interrogative left untouched', () => {
  it('a yes/no premise is answered when its "Zo ja" follow-up is (184506)', () => {
    const j = judge(
      'Exploiteert bpost dat gebouw, dat naar aanleiding van de opening van het postkantoor in de Werystraat voor het publiek gesloten werd, nog altijd? Zo ja, voor welke activiteiten en welke oppervlakte van het volledige gebouw wordt er daartoe aangewend? Wat is de totale oppervlakte van het gebouw?',
      'Het gebouw aan de Boondaalsesteenweg te Elsene wordt nog steeds gebruikt door de brievenpost- en pakjesdienst. Deze activiteiten vinden plaats in heel het gebouw met uitzondering van de derde verdieping. De totale oppervlakte van het gebouw is 8.256 m2.',
      'nl',
    );
    expect(j.unaddressed).toEqual([]);
    expect(j.interrogatives[0]!.verdict).toBe('addressed');
    expect(j.interrogatives[0]!.reason).toContain('follow-up');
  });

  it('a breakdown request follows the figures it refines (192563)', () => {
    const j = judge(
      'Hoeveel gepersonaliseerde nummerplaten zijn er uitgereikt in het gerechtelijk arrondissement Turnhout de jongste vijf jaar? Kan u dat opsplitsen per jaar en per gemeente/stad van het arrondissement Turnhout?',
      'Vanaf 31 maart 2014 tot op heden werden 642 gepersonaliseerde kentekenplaten uitgereikt in het gerechtelijk arrondissement Turnhout. Hieronder vindt u de gegevens. [tabel]',
      'nl',
    );
    expect(j.unaddressed).toEqual([]);
    expect(j.interrogatives[1]!.reason).toContain('break down');
  });

  it('a yes/no question with two words of its own is not checkable (189141, translated)', () => {
    const j = judge(
      "Quel était l'objectif de cette visite ? Vous rendez-vous régulièrement à ce type de rencontres ? À quels autres salons ou rencontres avec l'industrie militaire avez-vous participé en tant que ministre ?",
      "La présence du ministre de la Défense est un soutien aux entreprises belges participantes et n'avait pas pour objet des entretiens avec l'industrie. Il s'agissait jusqu'à présent de la seule participation à un tel salon.",
      'fr',
    );
    expect(j.unaddressed).toEqual([]);
    // "objectif" is found as "objet" through the table of equivalents.
    expect(j.interrogatives[0]!.evidence).toContain('objet');
  });

  it('a yes/no question on action is answered by what is done (192581, translated)', () => {
    const j = judge(
      "Avez-vous une idée du nombre d'animaux abattus à domicile sans enregistrement ? Pouvez-vous prendre des mesures pour mieux cerner ce circuit noir ?",
      "L'AFSCA n'a aucune idée du nombre d'animaux abattus à domicile sans enregistrement. L'Agence lutte toutefois activement contre les abattages clandestins destinés à mettre frauduleusement sur le marché de la viande non expertisée.",
      'fr',
    );
    expect(j.unaddressed).toEqual([]);
  });

  it('matches the tail of a Dutch compound ("postkantoor" — "kantoor")', () => {
    const j = judge(
      'Welke diensten zijn nog in het voormalige postkantoor gevestigd? Hoeveel bedraagt de jaarlijkse huurprijs?',
      'In het kantoor zijn nog de sorteerdienst en de pakjesdienst gevestigd. De huurprijs bedraagt 120.000 euro per jaar.',
      'nl',
    );
    expect(j.unaddressed).toEqual([]);
    expect(j.interrogatives[0]!.evidence.join(' ')).toContain('kantoor');
  });
});

describe('real gaps still show as untouched interrogatives', () => {
  it('an open question with its own words left untouched beside an answered one (189268, translated)', () => {
    const j = judge(
      "Pouvez-vous expliquer l'accord intervenu au sein du gouvernement pour maintenir Securail au sein de la SNCB ? Quelles ont été les motivations de la décision ? Comment voyez-vous l'optimisation de la collaboration entre les services ?",
      "Dans la nouvelle loi sur la sécurité privée, les articles relatifs aux agents de sécurité des sociétés publiques de transport ont été laissés de côté et repris de la loi du 10 avril 1990. L'accord au sein du gouvernement maintient Securail au sein de la SNCB.",
      'fr',
    );
    expect(j.unaddressed.length).toBeGreaterThan(0);
    expect(j.unaddressed).toEqual(['Quelles ont été les motivations de la décision ?', 'Comment voyez-vous l\'optimisation de la collaboration entre les services ?']);
  });

  it('a yes/no question without follow-up and with words enough stays checkable', () => {
    const j = judge(
      'Hoeveel camera’s werden in 2016 geplaatst? Worden de beelden ook gedeeld met buitenlandse inlichtingendiensten?',
      'In 2016 werden 214 camera’s geplaatst, vooral langs de autosnelwegen.',
      'nl',
    );
    expect(j.unaddressed.length).toBeGreaterThan(0);
    expect(j.unaddressed).toEqual(['Worden de beelden ook gedeeld met buitenlandse inlichtingendiensten?']);
  });

  it('a "when" question whose words recur without any date or term stays open', () => {
    const j = judge(
      'Hoeveel nieuwe treinstellen werden besteld? Wanneer zullen de nieuwe M7-rijtuigen op het net rijden?',
      'Er werden 445 rijtuigen besteld. De nieuwe M7-rijtuigen zullen de capaciteit op de drukste lijnen verhogen en het comfort verbeteren.',
      'nl',
    );
    expect(j.unaddressed.length).toBeGreaterThan(0);
    expect(j.unaddressed).toEqual(['Wanneer zullen de nieuwe M7-rijtuigen op het net rijden?']);
    const dated = judge(
      'Hoeveel nieuwe treinstellen werden besteld? Wanneer zullen de nieuwe M7-rijtuigen op het net rijden?',
      'Er werden 445 rijtuigen besteld. De nieuwe M7-rijtuigen zullen vanaf december 2018 op de drukste lijnen rijden.',
      'nl',
    );
    expect(dated.unaddressed).toEqual([]);
  });
});
