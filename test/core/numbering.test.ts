import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { enumerate, parseLabelList, type Enumeration } from '../../src/core/numbering';

function run(text: string, expectedLabels?: string[]): Enumeration {
  return enumerate(text, { start: 0, end: text.length }, expectedLabels ? { expectedLabels } : {});
}
function labels(e: Enumeration): string[][] {
  return e.parts.map((p) => p.labels);
}
function bodies(text: string, e: Enumeration, n = 20): string[] {
  return e.parts.map((p) => text.slice(p.bodySpan.start, p.bodySpan.end).slice(0, n));
}
function subRaws(e: Enumeration): string[] {
  return e.markers.filter((m) => m.depth === 1).map((m) => m.raw);
}

describe('reference page 7-1649', () => {
  const page = readFileSync(new URL('../fixtures/reference/senate-7-1649-fr.txt', import.meta.url), 'utf8');
  const qStart = page.indexOf('En février 2020');
  const qEnd = page.indexOf('Réponse reçue le');
  const aStart = page.indexOf(':', qEnd) + 1;

  it('finds the 8 sub-questions and the context paragraphs before them', () => {
    const e = enumerate(page, { start: qStart, end: qEnd }, { language: 'fr' });
    expect(e.kind).toBe('numbered');
    expect(labels(e)).toEqual([['1'], ['2'], ['3'], ['4'], ['5'], ['6'], ['7'], ['8']]);
    const pre = page.slice(e.preamble!.start, e.preamble!.end);
    expect(pre.startsWith('En février 2020')).toBe(true);
    expect(pre.endsWith('les questions suivantes :')).toBe(true);
    const b = bodies(page, e, 30);
    expect(b[0]).toBe('Dans quel contexte la police f');
    expect(b[3]).toBe('Selon le journal Le Soir, une ');
    expect(b[7]).toBe('Les comptes des personnes qui ');
    const last = e.parts[7]!;
    expect(page.slice(last.bodySpan.end - 10, last.bodySpan.end)).toBe('ctuellement ?'.slice(-10));
    expect(e.markers.map((m) => m.raw)).toEqual(['1)', '2)', '3)', '4)', '5)', '6)', '7)', '8)']);
  });

  it('finds the 8 answer parts; "au point 1)" inside part 5 is no marker', () => {
    const e = enumerate(page, { start: aStart, end: page.length }, { language: 'fr', expectedLabels: ['1', '2', '3', '4', '5', '6', '7', '8'] });
    expect(labels(e)).toEqual([['1'], ['2'], ['3'], ['4'], ['5'], ['6'], ['7'], ['8']]);
    expect(e.preamble).toBeNull();
    const b = bodies(page, e, 25);
    expect(b[0]).toBe('Deux membres du service «');
    expect(b[4]).toBe('Seules les utilisations d');
    expect(b[6]).toBe('La reconnaissance faciale');
    // part 7 keeps its second paragraph; part 1 keeps "Les licences d'essai…"
    expect(page.slice(e.parts[6]!.bodySpan.start, e.parts[6]!.bodySpan.end)).toContain('La police améliore son expertise');
    expect(page.slice(e.parts[0]!.bodySpan.start, e.parts[0]!.bodySpan.end)).toContain('La police fédérale n’a acheté aucune licence');
    expect(page.slice(e.parts[4]!.span.start, e.parts[4]!.span.end)).toBe('5) Seules les utilisations décrites au point\u00a01) me sont connues.');
  });
});

describe('real Chamber answers (flattened, from the Chamber extract: test/fixtures/chamber)', () => {
  const data = JSON.parse(readFileSync(new URL('../fixtures/chamber/numbering-samples.json', import.meta.url), 'utf8')) as { doc_id: number | string; question: string; answer: string }[];
  const byId = (id: number) => data.find((d) => String(d.doc_id) === String(id))!;
  const questionOf = (id: number) => {
    const q = byId(id).question;
    return { text: q, e: enumerate(q, { start: q.indexOf('\n'), end: q.length }, { language: 'nl' }) };
  };
  const answerOf = (id: number) => {
    const q = questionOf(id);
    const expected = q.e.parts.flatMap((p) => p.labels);
    const a = byId(id).answer;
    return { text: a, e: enumerate(a, { start: 0, end: a.length }, { language: 'nl', expectedLabels: expected }) };
  };

  it('184501: question numbering glued to the sentence before ("hoe?2. Zou")', () => {
    const { text, e } = questionOf(184501);
    expect(labels(e)).toEqual([['1'], ['2'], ['3']]);
    expect(bodies(text, e)).toEqual(['Wat was de precieze ', 'Zou er voor dergelij', 'Doen er zich vaak de']);
    expect(text.slice(e.preamble!.start, e.preamble!.end)).toContain('De treinen werden omgeleid via Leuven.');
  });

  it('184501: inline answer "1. … 2. … 3. …"', () => {
    const { text, e } = answerOf(184501);
    expect(labels(e)).toEqual([['1'], ['2'], ['3']]);
    expect(bodies(text, e)).toEqual(['De noodrem werd geac', 'De treinbestuurder m', 'Maandelijks worden e']);
  });

  it('184523: sub-questions a)…d) glued after ":" and ";" stay inside part 1', () => {
    const { text, e } = questionOf(184523);
    expect(labels(e)).toEqual([['1'], ['2'], ['3'], ['4'], ['5']]);
    expect(subRaws(e)).toEqual(['a)', 'b)', 'c)', 'd)']);
    expect(bodies(text, e)[1]).toBe('Indien u geen absolu');
    expect(e.markers.filter((m) => m.depth === 1).every((m) => m.span.start < e.parts[1]!.span.start)).toBe(true);
  });

  it('184523: answer with sub-points glued to a year ("2016.b)") and a group "3. en 5."', () => {
    const { text, e } = answerOf(184523);
    expect(labels(e)).toEqual([['1'], ['3', '5'], ['4']]);
    expect(subRaws(e)).toEqual(['a)', 'b)', 'c)', 'd)']);
    expect(bodies(text, e)).toEqual(['a) Voor deze vraag h', 'Voor meer informatie', 'Volgens de laatste v']);
  });

  it('184932: group "1 en 2." opening the answer', () => {
    const { text, e } = answerOf(184932);
    expect(labels(e)).toEqual([['1', '2'], ['3'], ['4']]);
    expect(bodies(text, e)).toEqual(['Tabel 1 bevat een ov', 'Er worden hierover g', 'Inzake inkomstenbela']);
  });

  it('185825: groups "1 en 2." and range "3 tot 6."; question numbers glued after "?"', () => {
    const q = questionOf(185825);
    expect(labels(q.e)).toEqual([['1'], ['2'], ['3'], ['4'], ['5'], ['6']]);
    expect(bodies(q.text, q.e)[0]).toBe('Zo ja, om hoeveel am');
    const { text, e } = answerOf(185825);
    expect(labels(e)).toEqual([['1', '2'], ['3', '4', '5', '6']]);
    expect(bodies(text, e)).toEqual(['De 34 personeelslede', 'Ik verwijs naar mijn']);
  });

  it('185881: group "3, 4 en 5."', () => {
    const { text, e } = answerOf(185881);
    expect(labels(e)).toEqual([['1'], ['2'], ['3', '4', '5']]);
    expect(bodies(text, e)).toEqual(['In onderstaande tabe', 'Hierover heb ik geen', 'Voor wat betreft de ']);
  });

  it('186023: "euro.3 en 4." glued after a full stop, and "1. - In 2014" dash lists', () => {
    const { text, e } = answerOf(186023);
    expect(labels(e)).toEqual([['1'], ['2'], ['3', '4'], ['5', '6']]);
    expect(bodies(text, e)).toEqual(['- In 2014 heeft Infr', '- In 2014: 8,3 miljo', 'Een nieuw meerjarenp', 'Er staan geen spoorw']);
  });

  it('187222: range "1 tot 3."', () => {
    const { text, e } = answerOf(187222);
    expect(labels(e)).toEqual([['1', '2', '3'], ['4']]);
    expect(bodies(text, e)).toEqual(['Hieronder vindt u ta', 'Wat de kosten van de']);
  });

  it('193286: an intro sentence, then "weten.1 en 2." glued', () => {
    const { text, e } = answerOf(193286);
    expect(labels(e)).toEqual([['1', '2'], ['3']]);
    expect(text.slice(e.preamble!.start, e.preamble!.end)).toContain('heeft mij het volgende laten weten.');
    expect(bodies(text, e)[0]).toBe('Haar parkeerstrategi');
  });

  it('184561: "3. a) … b) … c)" sub-points of part 3', () => {
    const { text, e } = answerOf(184561);
    expect(labels(e)).toEqual([['1'], ['2'], ['3'], ['4'], ['5']]);
    expect(subRaws(e)).toEqual(['a)', 'b)', 'c)']);
    expect(bodies(text, e)[3]).toBe('In een eerste fase i');
  });

  it('185591: "enz. 2." — a sentence may end on an abbreviation', () => {
    const { text, e } = answerOf(185591);
    expect(labels(e)).toEqual([['1'], ['2'], ['3']]);
    expect(bodies(text, e)[1]).toBe('Het is duidelijk dat');
  });

  it('187143: groups out of order "1., 3. en 5." then "2. en 4.", and "%)6." glued to a bracket', () => {
    const { text, e } = answerOf(187143);
    expect(labels(e)).toEqual([['1', '3', '5'], ['2', '4'], ['6'], ['7']]);
    expect(bodies(text, e)).toEqual(['Bijgevoegd de gevraa', 'De tweetaligheidsatt', 'Deze gegevens zijn n', 'Sinds de zesde staat']);
  });

  it('190765: "1. tot 3., 7. en 8." then the skipped labels 4, 5, 6, then 9', () => {
    const { text, e } = answerOf(190765);
    expect(labels(e)).toEqual([['1', '2', '3', '7', '8'], ['4'], ['5'], ['6'], ['9']]);
    expect(bodies(text, e)[4]).toBe('Het aantal eerste ve');
  });

  it('185772: a lone "ten eerste" after ";" is no enumeration', () => {
    const { e } = answerOf(185772);
    expect(e.kind).toBe('unnumbered');
    expect(e.parts.length).toBeGreaterThan(0);
  });

  it('190903: "o.a." does not open a lettered point', () => {
    const { e } = answerOf(190903);
    expect(e.kind).toBe('unnumbered');
  });
});

describe('marker styles at line starts', () => {
  const cases: [string, string, string[]][] = [
    ['1)', 'Intro.\n1) Quelle est la situation ?\n2) Combien de cas ?', ['1)', '2)']],
    ['(1)', 'Intro.\n(1) Quelle est la situation ?\n(2) Combien de cas ?', ['(1)', '(2)']],
    ['1.', 'Inleiding.\n1. Hoeveel dossiers?\n2. Welke maatregelen?', ['1.', '2.']],
    ['1°', 'Je demande :\n1° le nombre de dossiers ;\n2° le coût total.', ['1°', '2°']],
    ['1/', 'Je demande :\n1/ le nombre de dossiers ;\n2/ le coût total.', ['1/', '2/']],
    ['1 -', 'Vragen:\n1 - Hoeveel dossiers?\n2 - Welke kosten?', ['1 -', '2 -']],
    ['1er', 'Je demande :\n1er le nombre de dossiers ;\n2° le coût total ;\n3° le délai.', ['1er', '2°', '3°']],
    ['roman', 'Préambule.\nI. Situation actuelle\nII. Mesures\nIII. Calendrier', ['I.', 'II.', 'III.']],
    ['letters', 'Graag vernam ik:\na) het aantal;\nb) het bedrag;\nc) de termijn.', ['a)', 'b)', 'c)']],
  ];
  for (const [name, text, raws] of cases) {
    it(name, () => {
      const e = run(text);
      expect(e.kind).toBe('numbered');
      expect(e.markers.filter((m) => m.depth === 0).map((m) => m.raw)).toEqual(raws);
    });
  }

  it('roman numerals are normalised to numbers, letters to lower case', () => {
    expect(labels(run('Préambule.\nI. Situation\nII. Mesures\nIII. Calendrier'))).toEqual([['1'], ['2'], ['3']]);
    expect(labels(run('Graag vernam ik:\nA) het aantal;\nB) het bedrag.'))).toEqual([['a'], ['b']]);
  });

  it('"1er … 2° … 3°" — 1er starts the degree list', () => {
    const text = 'Je demande :\n1er le nombre de dossiers ;\n2° le coût total ;\n3° le délai.';
    const e = run(text);
    expect(labels(e)).toEqual([['1'], ['2'], ['3']]);
    expect(bodies(text, e, 9)).toEqual(['le nombre', 'le coût t', 'le délai.']);
  });

  it('"1er janvier" opens a date, not a list', () => {
    const e = run('1er janvier 2020, la loi est entrée en vigueur.\nElle a été modifiée depuis.');
    expect(e.kind).toBe('unnumbered');
  });
});

describe('phrases naming questions', () => {
  it('French: "En réponse à la question 1", ordinals, "Pour ce qui est de la deuxième question"', () => {
    const text =
      "Je remercie l'honorable membre.\n\nEn réponse à votre première question, le service compte douze agents.\n\nPour ce qui est de la deuxième question, aucun chiffre n'est disponible.\n\nEn réponse à la question 3 : voir ci-dessus.\n\nQuant à votre quatrième question, la réponse est négative.";
    const e = run(text);
    expect(labels(e)).toEqual([['1'], ['2'], ['3'], ['4']]);
    expect(bodies(text, e, 12)).toEqual(['le service c', "aucun chiffr", 'voir ci-dess', 'la réponse e']);
    expect(text.slice(e.preamble!.start, e.preamble!.end)).toBe("Je remercie l'honorable membre.");
    expect(e.markers[0]!.raw).toBe('En réponse à votre première question');
  });

  it('Dutch: "Wat uw eerste vraag betreft", "Op uw tweede vraag", "Antwoord op vraag 3", "Vraag nr. 4"', () => {
    const text =
      'Wat uw eerste vraag betreft, de dienst telt twaalf personeelsleden. Op uw tweede vraag kan ik antwoorden dat er geen cijfers zijn. Antwoord op vraag 3: zie hierboven. Vraag nr. 4: neen.';
    const e = run(text);
    expect(labels(e)).toEqual([['1'], ['2'], ['3'], ['4']]);
    expect(bodies(text, e, 12)).toEqual(['de dienst te', 'kan ik antwo', 'zie hierbove', 'neen.']);
  });

  it('"Ad 1)", "Ad 2 en 3", "Ad vraag 4"', () => {
    const text = 'Ad 1) Het budget bedraagt 5 miljoen euro.\nAd 2 en 3. Die gegevens zijn niet beschikbaar.\nAd vraag 4: Neen.';
    const e = run(text);
    expect(labels(e)).toEqual([['1'], ['2', '3'], ['4']]);
    expect(bodies(text, e, 10)).toEqual(['Het budget', 'Die gegeve', 'Neen.']);
  });

  it('"Vragen 1 en 2", "Vraag 3", "Questions 1 à 3", "Sub 1"', () => {
    expect(labels(run('Vragen 1 en 2: Het antwoord is ja.\nVraag 3: Neen.'))).toEqual([['1', '2'], ['3']]);
    expect(labels(run('Questions 1 à 3 : La réponse est négative.\nQuestion n° 4 : Oui.'))).toEqual([['1', '2', '3'], ['4']]);
    expect(labels(run('Sub 1. Het antwoord is ja.\nSub 2. Neen.'))).toEqual([['1'], ['2']]);
  });

  it('ordinal words up to the twentieth', () => {
    const fr = Array.from({ length: 20 }, (_, i) => i + 1);
    const frWords = ['première', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième', 'dixième', 'onzième', 'douzième', 'treizième', 'quatorzième', 'quinzième', 'seizième', 'dix-septième', 'dix-huitième', 'dix-neuvième', 'vingtième'];
    const nlWords = ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende', 'elfde', 'twaalfde', 'dertiende', 'veertiende', 'vijftiende', 'zestiende', 'zeventiende', 'achttiende', 'negentiende', 'twintigste'];
    const frText = frWords.map((w) => `En réponse à votre ${w} question, voici.`).join('\n');
    const nlText = nlWords.map((w) => `Wat uw ${w} vraag betreft, zie bijlage.`).join('\n');
    expect(labels(run(frText))).toEqual(fr.map((n) => [String(n)]));
    expect(labels(run(nlText))).toEqual(fr.map((n) => [String(n)]));
  });
});

describe('groups and ranges', () => {
  const cases: [string, string, string[][]][] = [
    ['1 et 2.', '1 et 2. Les chiffres sont joints.\n3. Non.', [['1', '2'], ['3']]],
    ['1) et 2)', '1) et 2) Les chiffres sont joints.\n3) Non.', [['1', '2'], ['3']]],
    ['1) en 2)', '1) en 2) De cijfers gaan als bijlage.\n3) Neen.', [['1', '2'], ['3']]],
    ['1, 2 et 3.', '1, 2 et 3. Voir le tableau.\n4. Non.', [['1', '2', '3'], ['4']]],
    ['1 à 3.', '1 à 3. Voir le tableau.\n4. Non.', [['1', '2', '3'], ['4']]],
    ['1 tot 3.', '1 tot 3. Zie de tabel.\n4. Neen.', [['1', '2', '3'], ['4']]],
    ['1-3.', '1-3. Zie de tabel.\n4. Neen.', [['1', '2', '3'], ['4']]],
    ['1 + 2', '1 + 2. Zie de tabel.\n3. Neen.', [['1', '2'], ['3']]],
  ];
  for (const [name, text, want] of cases) {
    it(name, () => {
      const e = run(text);
      expect(labels(e)).toEqual(want);
      expect(text.slice(e.parts[1]!.bodySpan.start, e.parts[1]!.bodySpan.end)).toMatch(/^N(on|een)\.$/);
    });
  }
});

describe('not markers', () => {
  const notMarkers: [string, string][] = [
    ['article 5)', 'Conformément à l’article 5) de la loi, rien ne change. Le délai est respecté.'],
    ['a date', '2/6/2022 Envoi de la question.\n7/7/2022 Réponse.'],
    ['an amount', '1.500 euros ont été versés.\n2.300 euros le seront en 2023.'],
    ['a year ending a sentence', 'Le plan court jusqu’en 2022. Il sera évalué. En 2023. Nous verrons.'],
    ['a number in a sentence', 'Comme indiqué au point 1) de ma réponse, rien ne change.'],
    ['a document number', 'Voir la question n° 7-1649. Voir aussi la question n° 7-1650.'],
    ['a percentage', '10 % des dossiers sont clos.\n20 % sont en cours.'],
    ['a decimal amount', '1,5 million d’euros.\n2,5 millions en 2023.'],
    ['an article reference', 'Voir art. 3. Le texte est clair. Voir aussi art. 4. Il est clair.'],
    ['a page reference', 'Zie blz. 1. Daar staat het. Zie ook blz. 2. Daar ook.'],
    ['times', '14.30 Ouverture de la séance.\n15.30 Clôture.'],
    ['lower-case after a number in a sentence', 'Het aantal steeg tot 1. ongeveer de helft bleef. Dan 2. ongeveer een kwart.'],
  ];
  for (const [name, text] of notMarkers) {
    it(name, () => {
      const e = run(text);
      expect(e.kind).toBe('unnumbered');
      expect(e.markers).toEqual([]);
      expect(e.parts.length).toBeGreaterThan(0);
    });
  }

  it('the real markers around false ones still count', () => {
    const text = "1) Le budget de 1.500 euros figure à l'article 5) du contrat de 2022. Voir art. 3.\n2) Le 14.30 est l'heure du début, soit 10 % du temps.";
    const e = run(text);
    expect(labels(e)).toEqual([['1'], ['2']]);
    expect(bodies(text, e, 10)).toEqual(['Le budget ', 'Le 14.30 e']);
  });
});

describe('sub-levels', () => {
  it('a) and b) inside part 1 do not open top-level parts', () => {
    const text = '1) Quel est le nombre de dossiers :\na) en 2020 ;\nb) en 2021 ?\n2) Quel est le coût ?';
    const e = run(text);
    expect(labels(e)).toEqual([['1'], ['2']]);
    expect(e.markers.map((m) => [m.raw, m.depth])).toEqual([['1)', 0], ['a)', 1], ['b)', 1], ['2)', 0]]);
    expect(text.slice(e.parts[0]!.bodySpan.start, e.parts[0]!.bodySpan.end)).toContain('b) en 2021 ?');
  });

  it('"1.1", "1.2" are sub-points of "1."', () => {
    const text = '1. Organisation\n1.1. Le service compte dix agents.\n1.2. Il dépend du SPF.\n2. Budget\n2.1 Le budget est stable.';
    const e = run(text);
    expect(labels(e)).toEqual([['1'], ['2']]);
    expect(e.markers.filter((m) => m.depth === 1).map((m) => m.labels[0])).toEqual(['1.1', '1.2', '2.1']);
  });

  it('i), ii) under a lettered list', () => {
    const text = 'Graag vernam ik:\na) het aantal:\ni) in 2020;\nii) in 2021;\nb) het bedrag.';
    const e = run(text);
    expect(labels(e)).toEqual([['a'], ['b']]);
    expect(subRaws(e)).toEqual(['i)', 'ii)']);
  });
});

describe('expected labels', () => {
  it('an answer may skip labels folded into a group elsewhere', () => {
    const text = '1. Ja.\n2 en 3. Neen.\n4. Zie bijlage.\n6. Geen gegevens.';
    const e = run(text, ['1', '2', '3', '4', '5', '6']);
    expect(labels(e)).toEqual([['1'], ['2', '3'], ['4'], ['6']]);
  });

  it('labels outside the expected ones are no markers', () => {
    const text = '1. Ja. In 2016. 12. Dat was het.\n2. Neen.';
    const e = run(text, ['1', '2']);
    expect(labels(e)).toEqual([['1'], ['2']]);
    expect(text.slice(e.parts[0]!.bodySpan.start, e.parts[0]!.bodySpan.end)).toBe('Ja. In 2016. 12. Dat was het.');
  });
});

describe('unnumbered and empty regions', () => {
  it('paragraphs split on blank lines', () => {
    const text = 'Premier paragraphe.\nsuite du premier.\n\nDeuxième paragraphe.\n\n\nTroisième.';
    const e = run(text);
    expect(e.kind).toBe('unnumbered');
    expect(e.preamble).toBeNull();
    expect(e.parts.map((p) => text.slice(p.span.start, p.span.end))).toEqual(['Premier paragraphe.\nsuite du premier.', 'Deuxième paragraphe.', 'Troisième.']);
    expect(e.parts.every((p) => p.marker === null && p.labels.length === 0)).toBe(true);
  });

  it('paragraphs split on line breaks when there are no blank lines', () => {
    const text = 'Eerste alinea.\nTweede alinea.\nDerde alinea.';
    expect(run(text).parts.map((p) => text.slice(p.span.start, p.span.end))).toEqual(['Eerste alinea.', 'Tweede alinea.', 'Derde alinea.']);
  });

  it('an empty or blank region is "none"', () => {
    expect(run('')).toEqual({ kind: 'none', preamble: null, parts: [], markers: [] });
    const e = enumerate('abc   \n\n  def', { start: 3, end: 9 });
    expect(e.kind).toBe('none');
  });

  it('spans stay inside the region', () => {
    const text = 'AVANT 9) x\n1) Un.\n2) Deux.\nAPRÈS 3) y';
    const start = text.indexOf('1)');
    const end = text.indexOf('APRÈS');
    const e = enumerate(text, { start, end });
    expect(labels(e)).toEqual([['1'], ['2']]);
    expect(text.slice(e.parts[1]!.span.start, e.parts[1]!.span.end)).toBe('2) Deux.');
  });
});

describe('parseLabelList', () => {
  it.each([
    ['1 et 2', ['1', '2']],
    ['1 à 3', ['1', '2', '3']],
    ['1, 2 en 3', ['1', '2', '3']],
    ['1-3', ['1', '2', '3']],
    ['1 tot 3', ['1', '2', '3']],
    ['troisième', ['3']],
    ['tweede', ['2']],
    ['3)', ['3']],
    ['b)', ['b']],
    ['II', ['2']],
    ['vraag 4', ['4']],
    ['questions 2 et 5', ['2', '5']],
    ['eerste en tweede', ['1', '2']],
  ])('%s', (s, want) => {
    expect(parseLabelList(s)).toEqual(want);
  });

  it.each(['', 'la loi', '2022-2025', '7-1649', '1.500', 'Clearview'])('not a list: %s', (s) => {
    expect(parseLabelList(s)).toBeNull();
  });
});

describe('performance', () => {
  it('runs in linear time on pathological input', () => {
    const inputs = ['1) '.repeat(70_000), '1.'.repeat(100_000), '1. '.repeat(70_000), 'a) '.repeat(70_000), '1 et '.repeat(40_000) + '2.', 'Vraag 1 en '.repeat(20_000)];
    for (const text of inputs) {
      const t0 = performance.now();
      const e = run(text);
      expect(e.kind).not.toBe('none');
      // A guard against super-linear blow-up (catastrophic backtracking takes minutes here), not a
      // timing: the figures live in the benchmark.
      expect(performance.now() - t0).toBeLessThan(5000);
    }
  });
});

describe('lists that mix numbers and phrases', () => {
  const answer = [
    '1. Au 1er janvier 2022, nos prisons comptaient 4.512 détenus de nationalité étrangère.',
    '2. Parmi eux, 2.131 étaient en séjour irrégulier.',
    'En réponse à votre troisième question, 1.437 détenus ont été éloignés du territoire en 2021.',
    '4. Les pays les plus représentés sont le Maroc (312) et l’Algérie (204).',
  ].join('\n');

  it('keeps "1." whose sentence starts with "Au 1er janvier" (a date, not a range "1 au 1")', () => {
    const e = run(answer, ['1', '2', '3', '4']);
    expect(e.parts[0]?.labels).toEqual(['1']);
    expect(bodies(answer, e, 12)[0]).toBe('Au 1er janvi');
  });

  it('lets a phrase naming its label continue a numbered list', () => {
    const e = run(answer, ['1', '2', '3', '4']);
    expect(labels(e)).toEqual([['1'], ['2'], ['3'], ['4']]);
    expect(e.parts[2]?.marker?.raw).toBe('En réponse à votre troisième question');
    expect(bodies(answer, e, 11)[2]).toBe('1.437 déten');
  });
});

describe('answers that number past the question', () => {
  it('keeps a part numbered beyond the expected labels as its own part', () => {
    const answer = '1) Oui.\n2) Non.\n3) Je remercie l’honorable membre pour sa question.';
    const e = run(answer, ['1', '2']);
    expect(labels(e)).toEqual([['1'], ['2'], ['3']]);
    expect(bodies(answer, e, 9)[2]).toBe('Je remerc');
  });

  it('does not take a number inside a sentence past the expected labels', () => {
    const answer = '1) Oui, selon le tableau.\n2) Non, voir 3) ci-dessous et la page 4.';
    const e = run(answer, ['1', '2']);
    expect(labels(e)).toEqual([['1'], ['2']]);
  });
});
