// Property-based tests of the whole engine (DOM → core/text → senate-be → numbering → pairing →
// assess): the Senate fixtures, mutated at random the way real pages go wrong (nodes lost, doubled
// or moved by a template, text cut short, stray numbering, odd Unicode, a pasted 100 000-character
// paragraph), must always give a valid Analysis whose every span lies in the flat text and whose
// every quoted text is the text at its span. A fixed seed makes a failure reproduce; fast-check
// prints the shrunk counterexample.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/sites/decode-html';
import { readPage } from '../../src/sites/analyse-page';
import { FIXTURE_TODAY, fixtureCases, fixturePath, fixtureUrl } from '../helpers/fixtures';
import { invariantViolations } from './invariants';

const SEED = 20261128;

const fixtures = fixtureCases().map((name) => ({ name, html: decodeHtml(readFileSync(fixturePath(name))), url: fixtureUrl(name) }));

// Numbering as answers really write it, dropped where it does not belong.
const MARKERS = ['1) ', '2. ', 'Ad 3 ', '1 et 2. ', '3) ', '(4) ', '5° ', 'a) ', 'II. ', 'Vraag 2: ', 'En réponse à la question 3, ', '1 à 3. ', '99) ', '0) ', '1.2 '];

// Characters that break naive text handling: bidi overrides, combining marks, emoji (astral, ZWJ
// sequences, flags), zero-width characters, NUL and other controls, lone surrogates, odd spaces and
// line separators.
const ODD_UNICODE = [
  '\u202e', '\u202d', '\u2066', '\u2069', '\u200f', 'e\u0301', '\u0301\u0301\u0301', 'Z\u0351\u0352\u0353',
  '😀', '👩‍👩‍👧', '🇧🇪', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u0000', '\u0007',
  '\ud800', '\udfff', '\udc00\ud800', '\u2028', '\u2029', '\u3000', '\u00a0', '\u202f', '\uffff', '\ufffd',
  '؟', 'ـ', '？', '．', '１）',
];

const WORDS = ['Réponse reçue le 7 juillet 2022 :', 'Question n° 7-1649 du 2 juin 2022 :', 'Quoi ?', 'voir point 1', 'Aucune information disponible.', 'de', 'et', '?', '.', ':'];

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...MARKERS) },
  { weight: 3, arbitrary: fc.constantFrom(...ODD_UNICODE) },
  { weight: 2, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);
const insertion = fc.array(fragment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));

type Mutation =
  | { op: 'remove'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'move'; at: number; to: number }
  | { op: 'truncate'; at: number; keep: number }
  | { op: 'inject'; at: number; offset: number; text: string }
  | { op: 'paragraph'; at: number; text: string };

const index = fc.nat({ max: 10_000 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('remove' as const), at: index }),
  fc.record({ op: fc.constant('duplicate' as const), at: index }),
  fc.record({ op: fc.constant('move' as const), at: index, to: index }),
  fc.record({ op: fc.constant('truncate' as const), at: index, keep: fc.nat({ max: 400 }) }),
  fc.record({ op: fc.constant('inject' as const), at: index, offset: fc.nat({ max: 400 }), text: insertion }),
  fc.record({ op: fc.constant('paragraph' as const), at: index, text: insertion }),
);

/** Every node under body (elements and text), in document order. */
function nodesUnder(root: Node): Node[] {
  const out: Node[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

function contains(ancestor: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (n === ancestor) return true;
  return false;
}

function mutate(document: Document, m: Mutation): void {
  const body = document.body;
  const nodes = nodesUnder(body);
  if (nodes.length === 0) return;
  const node = nodes[m.at % nodes.length]!;
  const parent = node.parentNode;
  if (!parent) return;
  const texts = nodes.filter((n) => n.nodeType === 3) as Text[];
  switch (m.op) {
    case 'remove':
      parent.removeChild(node);
      return;
    case 'duplicate':
      parent.insertBefore(node.cloneNode(true), node.nextSibling);
      return;
    case 'move': {
      const target = nodes[m.to % nodes.length]!;
      if (contains(node, target) || !target.parentNode) return;
      target.parentNode.insertBefore(node, target);
      return;
    }
    case 'truncate': {
      const t = texts[m.at % Math.max(1, texts.length)];
      if (t) t.data = t.data.slice(0, m.keep % (t.data.length + 1));
      return;
    }
    case 'inject': {
      const t = texts[m.at % Math.max(1, texts.length)];
      if (t) {
        const at = m.offset % (t.data.length + 1);
        t.data = t.data.slice(0, at) + m.text + t.data.slice(at);
      }
      return;
    }
    case 'paragraph': {
      const p = document.createElement('p');
      p.appendChild(document.createTextNode(m.text));
      parent.insertBefore(p, node);
      return;
    }
  }
}

function analyseMutated(fixture: (typeof fixtures)[number], mutations: Mutation[]) {
  const { document } = parseHTML(fixture.html) as unknown as { document: Document };
  for (const m of mutations) mutate(document, m);
  return readPage(document.body, { url: fixture.url, today: FIXTURE_TODAY });
}

describe('the engine on randomly mutated Senate fixtures', () => {
  it('has fixtures to mutate, and the unmutated ones satisfy the invariants', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
    for (const f of fixtures) {
      const { analysis, flat } = analyseMutated(f, []);
      expect(invariantViolations(analysis, flat.text), f.name).toEqual([]);
    }
  });

  it('never throws and always gives a sound Analysis, whatever is removed, doubled, moved, cut or injected', () => {
    let questionPages = 0;
    let items = 0;
    fc.assert(
      fc.property(fc.nat({ max: fixtures.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 8 }), (which, mutations) => {
        const { analysis, flat } = analyseMutated(fixtures[which]!, mutations);
        if (analysis.page.kind === 'written-question') questionPages++;
        items += analysis.items.length;
        expect(invariantViolations(analysis, flat.text)).toEqual([]);
        // Spans are the link back to the page: each item's question must map to a DOM point.
        for (const item of analysis.items) {
          if (item.questionSpan.end > item.questionSpan.start) expect(flat.toDom(item.questionSpan.start)).not.toBeNull();
        }
      }),
      { seed: SEED, numRuns: 600 },
    );
    // The mutations are light enough that most pages stay questions with items: the properties were
    // exercised on real analyses, not on empty ones.
    expect(questionPages).toBeGreaterThan(400);
    expect(items).toBeGreaterThan(1500);
  });

  it('never throws on a huge paragraph (100 000 characters) pasted into the question or the answer', () => {
    const huge = fc
      .tuple(fc.constantFrom('Les chiffres ', '1) ', 'voir point ', '? ', 'Aucune information disponible. ', 'e\u0301 ', '😀 ', 'x'), fc.constantFrom('', ' Quoi ?', ' 2. '))
      .map(([unit, tail]) => unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000) + tail);
    fc.assert(
      fc.property(fc.nat({ max: fixtures.length - 1 }), index, huge, (which, at, text) => {
        const { analysis, flat } = analyseMutated(fixtures[which]!, [{ op: 'paragraph', at, text }]);
        expect(flat.text.length).toBeGreaterThanOrEqual(100_000);
        expect(invariantViolations(analysis, flat.text)).toEqual([]);
      }),
      { seed: SEED, numRuns: 24 },
    );
  });

  it('reads a 100 000-character paragraph inside the question and inside the answer as part of them', () => {
    const reference = fixtures.find((f) => f.name === '7-1649-fr-paragraphs')!;
    const { document } = parseHTML(reference.html) as unknown as { document: Document };
    const paragraphs = [...document.querySelectorAll('p')];
    const after = (prefix: string) => paragraphs.find((p) => (p.textContent ?? '').startsWith(prefix))!;
    const pasted = (word: string) => {
      const p = document.createElement('p');
      p.appendChild(document.createTextNode(`${word} `.repeat(Math.ceil(100_000 / (word.length + 1)))));
      return p;
    };
    after('Plus d').after(pasted('contexte'));
    after('1) Deux membres').after(pasted('précision'));
    const { analysis, flat } = readPage(document.body, { url: reference.url, today: FIXTURE_TODAY });
    expect(invariantViolations(analysis, flat.text)).toEqual([]);
    expect(analysis.items.map((i) => i.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    const question = analysis.regions.question!;
    expect(question.end - question.start).toBeGreaterThan(100_000);
    expect(analysis.items[0]!.answer!.length).toBeGreaterThan(100_000);
  });

  it('the invariant check itself catches a quoted text that is not the text at its span', () => {
    const { analysis, flat } = analyseMutated(fixtures.find((f) => f.name === '7-1649-fr-paragraphs')!, []);
    const item = analysis.items[0]!;
    const shifted = { ...analysis, items: [{ ...item, questionSpan: { start: item.questionSpan.start + 1, end: item.questionSpan.end } }] };
    expect(invariantViolations(shifted, flat.text)).toEqual(['items[0] (1).question: text differs from the text at its span']);
    const outside = { ...analysis, regions: { question: { start: 0, end: flat.text.length + 1 }, answer: null } };
    expect(invariantViolations(outside, flat.text)).toEqual([`regions.question: span 0..${flat.text.length + 1} outside 0..${flat.text.length}`]);
    const invalid = { ...analysis, timeliness: { ...analysis.timeliness, verdict: 'soon' } } as unknown as typeof analysis;
    expect(invariantViolations(invalid, flat.text).some((l) => l.startsWith('schema: /timeliness/verdict'))).toBe(true);
  });

  it('keeps the reference question read when only odd Unicode is sprinkled through its text', () => {
    // Invisible characters and bidi controls change no word a reader sees: the question stays a
    // question with its eight sub-questions.
    const reference = fixtures.find((f) => f.name === '7-1649-fr-paragraphs')!;
    const invisible = fc.array(fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'), { minLength: 1, maxLength: 3 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(fc.record({ op: fc.constant('inject' as const), at: index, offset: fc.nat({ max: 400 }), text: invisible }), { minLength: 1, maxLength: 10 }), (mutations) => {
        const { analysis, flat } = analyseMutated(reference, mutations);
        expect(invariantViolations(analysis, flat.text)).toEqual([]);
        expect(analysis.page.kind).toBe('written-question');
        expect(analysis.question.id).toBe('7-1649');
      }),
      { seed: SEED, numRuns: 40 },
    );
  });
});
