// Every word in the reader's language (issue 11): the engine's English sentences that carry no code
// (warnings, why an interrogative got its verdict) are all worded by the panel, found by reading the
// engine's sources, so that a sentence added there fails here until the catalogs word it; French
// typography in every French string; the verdict's tooltip, the evidence quotes, "{status}" in a
// template, and the timeline strip of an old question.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import en from '../../_locales/en/messages.json';
import fr from '../../_locales/fr/messages.json';
import nl from '../../_locales/nl/messages.json';
import { PAGE_INCOMPLETE, type Item, type Language } from '../../src/core/model';
import { PAGE_STRINGS } from '../../src/options/strings';
import { translator, statusWords } from '../../src/panel/catalogs';
import { dayCount, quoteOnce, reasonEvidence, verdictText, verdictTitle } from '../../src/panel/format';
import { interrogativeReason, interrogativeTitle, reasonText, reasonTitle, warningsText, warningText } from '../../src/panel/reasons';
import { MIN_DOT_GAP, timelineShape } from '../../src/panel/timeline';
import { citeWithForm } from '../../src/ui/citation';
import { SENATE_CITATION } from '../../src/sites/senate-be/citation';
import { analyseFixture, fixtureCases } from '../helpers/fixtures';

const ROOT = resolve(import.meta.dirname, '../..');
const LANGUAGES: Language[] = ['en', 'fr', 'nl'];
type Messages = Record<string, { message: string }>;

// ---- the engine's sentences, read from its sources ----

/** A string a literal may stand for: a template's parts filled with samples, every branch of a
 * condition taken. */
function samples(node: ts.Expression, source: ts.SourceFile): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isParenthesizedExpression(node)) return samples(node.expression, source);
  if (ts.isConditionalExpression(node)) return [...samples(node.whenTrue, source), ...samples(node.whenFalse, source)];
  if (ts.isTemplateExpression(node)) {
    let out = [node.head.text];
    for (const span of node.templateSpans) {
      const values = sampleOf(span.expression, source);
      out = out.flatMap((prefix) => values.map((v) => prefix + v + span.literal.text));
    }
    return out;
  }
  return [];
}

/** What an expression inside a template gives, for the sentence's shape. */
function sampleOf(expression: ts.Expression, source: ts.SourceFile): string[] {
  const branches = samples(expression, source);
  if (branches.length) return branches;
  const text = expression.getText(source);
  if (/\.reason\b/.test(text)) return ['No answer part']; // an earlier sentence, its full stop cut
  if (/\.map\(/.test(text) && text.includes('"')) return ['"mot", "autre"']; // words the engine quotes
  if (/\.join\(/.test(text)) return ['mot, autre']; // words it lists bare
  if (/length\b/.test(text)) return ['2'];
  if (/\blang\b/.test(text)) return ['fr'];
  return ['7-1649'];
}

/** Every string literal passed to `warnings.push(…)` or given as `warnings: […]`, and every one
 * given as a `reason:` property, in the named files. */
function engineSentences(files: string[], kind: 'warnings' | 'reason'): string[] {
  const found: string[] = [];
  for (const file of files) {
    const path = join(ROOT, file);
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (kind === 'warnings') {
        if (ts.isCallExpression(node) && node.expression.getText(source) === 'warnings.push') {
          for (const arg of node.arguments) if (!ts.isSpreadElement(arg)) found.push(...samples(arg, source));
        }
        if (ts.isPropertyAssignment(node) && node.name.getText(source) === 'warnings' && ts.isArrayLiteralExpression(node.initializer)) {
          for (const el of node.initializer.elements) found.push(...samples(el, source));
        }
      } else if (ts.isPropertyAssignment(node) && node.name.getText(source) === 'reason') {
        found.push(...samples(node.initializer, source));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return [...new Set(found)];
}

const WARNING_SOURCES = ['src/sites/senate-be/metadata.ts', 'src/sites/senate-be/read.ts', 'src/core/pairing/index.ts', 'src/core/analyse.ts'];
const INTERROGATIVE_SOURCES = ['src/core/assess/evidence.ts', 'src/core/assess/index.ts'];

describe('the engine\'s sentences without a code, in the panel\'s words', () => {
  const warnings = engineSentences(WARNING_SOURCES, 'warnings');
  const reasons = engineSentences(INTERROGATIVE_SOURCES, 'reason');

  it('finds the sentences in the engine\'s sources', () => {
    expect(warnings.length).toBeGreaterThanOrEqual(18);
    expect(warnings).toContain('No chronology found.');
    expect(reasons.length).toBeGreaterThanOrEqual(15);
    expect(reasons).toContain('Never answered.');
  });

  it.each(LANGUAGES)('words every warning the engine writes, in %s', (language) => {
    const t = translator(language);
    for (const w of [...warnings, PAGE_INCOMPLETE]) {
      const text = warningText(w, t);
      expect(text, w).not.toBeNull();
      expect(text, w).not.toMatch(/\$\d/);
      if (language !== 'en') expect(text, w).not.toBe(warningText(w, translator('en')));
    }
  });

  it.each(LANGUAGES)('words every reason the engine gives an interrogative, in %s', (language) => {
    const t = translator(language);
    for (const r of reasons) {
      const text = interrogativeReason(r, t);
      expect(text, r).not.toBeNull();
      expect(text, r).not.toMatch(/\$\d|undefined/);
    }
  });

  it('words every interrogative of every fixture, and keeps its page-derived words', () => {
    const t = translator('fr');
    for (const name of fixtureCases()) {
      for (const item of analyseFixture(name).analysis.items) {
        for (const q of item.interrogatives) expect(interrogativeReason(q.reason, t), `${name} ${item.label}: ${q.reason}`).not.toBeNull();
      }
    }
    expect(interrogativeReason('The answer uses its words: "fédérale", "effectuées".', t)).toBe('La réponse reprend ses mots\u202f: «\u202ffédérale\u202f», «\u202feffectuées\u202f».');
    expect(interrogativeReason('None of its own words (veil, aven) appear in the answer; the part as a whole is judged to answer it.', translator('nl'))).toBe(
      'Geen van haar eigen woorden (“veil”, “aven”) komt in het antwoord voor. Het antwoorddeel als geheel wordt geacht erop te antwoorden.',
    );
  });

  it('shows a warning it does not know under a neutral heading, never as "unreadable"', () => {
    expect(warningsText(['No chronology found.'], translator('fr'))).toBe('Aucune chronologie n’a été trouvée.');
    expect(warningsText(['Something new happened.'], translator('fr'))).toBe('Remarque\u202f: Something new happened.');
    expect(warningsText(['Something new happened.'], translator('nl'))).toBe('Opmerking: Something new happened.');
    expect(warningsText(['No party given after the author.', PAGE_INCOMPLETE], translator('nl'))).toBe(
      'De pagina lijkt onvolledig: ze lijkt afgebroken, dus er wordt geen oordeel gegeven. Er staat geen partij na de auteur.',
    );
    expect(warningsText(['The question is not numbered: its 2 questioning paragraph(s) are numbered 1..2 here.'], translator('nl'))).toBe(
      'De vraag is niet genummerd: haar 2 vragende alinea’s worden hier genummerd van 1 tot 2.',
    );
    for (const language of ['fr', 'nl'] as const) expect(JSON.stringify(translator(language)('couldNotRead', 'x'))).not.toMatch(/Illisible|Niet gelezen/);
  });

  it('words each part declined by its refusal, so that two on one card differ', () => {
    // The refusal sentences of the engine (assess/index.ts REFUSAL_TEXT), as an aside writes them.
    const path = join(ROOT, 'src/core/assess/index.ts');
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const refusals: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && node.name.getText(source) === 'REFUSAL_TEXT' && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
        for (const p of node.initializer.properties) if (ts.isPropertyAssignment(p)) refusals.push(...samples(p.initializer, source));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(refusals.length).toBeGreaterThanOrEqual(7);
    const item = analyseFixture('7-1649-nl').analysis.items.find((i) => i.label === '3')!;
    for (const language of LANGUAGES) {
      const t = translator(language);
      const worded = refusals.map((r) => reasonText({ code: 'deflection-aside', text: `Part of it is declined: ${r.charAt(0).toLowerCase()}${r.slice(1)}` }, item, t));
      expect(new Set(worded).size, language).toBe(refusals.length);
      expect(worded).not.toContain(t('reasonDeflectionAside'));
    }
    const asides = item.reasons.filter((r) => r.code === 'deflection-aside').map((r) => reasonText(r, item, translator('fr')));
    expect(asides).toEqual([
      'Une partie en est déclinée\u202f: la réponse indique que la question est à l’étude ou prématurée, sans rien de concret.',
      'Une partie en est déclinée\u202f: la réponse retient l’information\u202f: enquête, secret, vie privée ou sécurité.',
    ]);
  });

  it('gives an interrogative the name of its verdict for a sentence it does not know, never English', () => {
    expect(interrogativeTitle({ reason: 'A brand new reason.', verdict: 'addressed' }, translator('fr'))).toBe('traitée');
  });
});

// ---- French typography ----

/** Each place a French string breaks the rule: a plain space, or none, before : ; ? ! (a narrow
 * no-break space U+202F is wanted), and the same inside « ». */
function typographyFaults(text: string): string[] {
  const faults: string[] = [];
  const re = /(^|[^\u202f])([:;?!»])|(«)([^\u202f]|$)/gu;
  for (const m of text.matchAll(re)) faults.push(JSON.stringify(text.slice(Math.max(0, m.index - 12), m.index + 4)));
  return faults;
}

describe('French typography', () => {
  it('finds the faults it is meant to find', () => {
    expect(typographyFaults('Indices: x')).toHaveLength(1);
    expect(typographyFaults('Indices : x')).toHaveLength(1);
    expect(typographyFaults('Indices\u202f: «\u202fx\u202f» ?')).toHaveLength(1);
    expect(typographyFaults('Indices\u202f: «\u202fx\u202f»\u202f!')).toEqual([]);
  });

  it('puts a narrow no-break space before : ; ? ! and inside « » in every French message', () => {
    const faults = [
      ...Object.entries(fr as Messages).flatMap(([k, v]) => typographyFaults(v.message).map((f) => `${k}: ${f}`)),
      ...Object.entries(PAGE_STRINGS.fr).flatMap(([k, v]) => typographyFaults(v).map((f) => `${k}: ${f}`)),
    ];
    expect(faults).toEqual([]);
  });

  it('keeps the narrow no-break space out of English and Dutch', () => {
    for (const catalog of [en, nl] as Messages[]) for (const [k, v] of Object.entries(catalog)) expect(v.message, k).not.toContain('\u202f');
    for (const strings of [PAGE_STRINGS.en, PAGE_STRINGS.nl]) for (const [k, v] of Object.entries(strings)) expect(v, k).not.toContain('\u202f');
  });
});

// ---- timeliness ----

describe('the timeliness verdict and its tooltip', () => {
  it('says "1 day", not "1 days"', () => {
    expect(dayCount(translator('fr'), 1)).toBe('1 jour');
    expect(dayCount(translator('nl'), 35)).toBe('35 dagen');
    expect(verdictText(translator('en'), { verdict: 'late', days: 1, answeredAfterDays: 36, unansweredAfterDays: null, reason: '' }).text).toBe('Answered 1 day late');
  });

  it('words the tooltip from the dates, in the panel\'s language', () => {
    const { analysis } = analyseFixture('7-1649-fr-paragraphs');
    expect(analysis.timeliness.reason).toMatch(/^Answered on time/);
    expect(verdictTitle(translator('fr'), analysis.timeliness, analysis.question, 'fr')).toBe(
      'Réponse reçue le 7 juillet 2022, dans le délai qui expirait le 7 juillet 2022. La réponse est arrivée 35 jours après la question.',
    );
    const closed = analyseFixture('unanswered-closed').analysis;
    const title = verdictTitle(translator('nl'), closed.timeliness, closed.question, 'nl');
    expect(title).toMatch(/^Op 12 januari 2012 gesloten zonder antwoord\. Er kwam geen antwoord in de 119 dagen na het indienen\./);
    expect(title).toContain('Ze werd heringediend als vraag 5-4712.');
  });

  it('has a tooltip for every verdict of every fixture, in every language, with no English left in French and Dutch', () => {
    for (const name of fixtureCases()) {
      const { analysis } = analyseFixture(name);
      for (const language of LANGUAGES) {
        const title = verdictTitle(translator(language), analysis.timeliness, analysis.question, language);
        expect(title, name).not.toMatch(/\$\d|undefined|null/);
        expect(title.length, name).toBeGreaterThan(10);
        if (language !== 'en') expect(title, name).not.toMatch(/\b(the|deadline|answer|days?)\b/i);
      }
    }
  });
});

// ---- evidence ----

describe('evidence quotes', () => {
  const item = (name: string, label: string): Item => analyseFixture(name).analysis.items.find((i) => i.label === label)!;

  it('quotes the words of an "evidence" reason one by one, leaving its sentences to the interrogatives below', () => {
    const it1 = item('7-1649-nl', '1');
    const reason = it1.reasons.find((r) => r.code === 'evidence')!;
    expect(reason.evidence).toContain(', De federale politie');
    expect(reasonEvidence(reason, it1)).toEqual(['federale']);
  });

  it('quotes a sentence once per card, and not a piece standing within one already quoted', () => {
    const once = quoteOnce();
    expect(once(['momenteel niet in staat is, gelet op de lopende onderzoeken'])).toEqual(['momenteel niet in staat is, gelet op de lopende onderzoeken']);
    expect(once(['lopende onderzoeken'])).toEqual([]);
    expect(once(['federale', 'Een zin.', 'Een zin.'])).toEqual(['federale', 'Een zin.']);
    expect(once(['federale', 'Een zin.'])).toEqual(['federale']);
  });

  it('splits a reason\'s sentences joined by the engine', () => {
    const it3 = item('7-1649-fr-paragraphs', '3');
    const reason = it3.reasons.find((r) => r.code === 'unaddressed-interrogatives')!;
    expect(reasonEvidence(reason, it3)).toEqual(it3.unaddressed);
    const title = reasonTitle(reason, it3, translator('fr'));
    expect(title.startsWith('2 interrogation(s) sur')).toBe(true);
    expect(title).toContain('Indices\u202f: «\u202fLes personnes concernées');
  });
});

// ---- {status} in a template ----

describe('"{status}" in the reader\'s templates', () => {
  it('says the status in the citation\'s language', () => {
    const { analysis } = analyseFixture('7-1649-fr-paragraphs');
    const item4 = analysis.items.find((i) => i.label === '4')!;
    const templates = [{ id: 'point', name: 'Point', template: '{id}/{label}: {status}' }];
    expect(citeWithForm(SENATE_CITATION, analysis, 'custom:point', templates, null, 'fr', item4).text).toBe('7-1649/4: éludé');
    expect(citeWithForm(SENATE_CITATION, analysis, 'custom:point', templates, null, 'nl', item4).text).toBe('7-1649/4: ontweken');
    expect(citeWithForm(SENATE_CITATION, analysis, 'custom:point', templates, null, 'en', item4).text).toBe('7-1649/4: deflected');
    expect(Object.keys(statusWords('fr')).sort()).toEqual(['answered', 'awaiting', 'deflected', 'missing', 'partial', 'referred', 'unanswered']);
  });
});

// ---- timeline ----

describe('the timeline strip of an old question', () => {
  it('keeps asked and deadline apart and both labelled, the deadline\'s label above the line', () => {
    // Asked in 2011, deadline 35 days later, still overdue in 2026.
    const shape = timelineShape({ askedOn: '2011-03-01', deadline: '2011-04-05', answeredOn: null }, '2026-11-28')!;
    expect(shape.points.map((p) => [p.kind, p.lane])).toEqual([['asked', 'below'], ['deadline', 'above'], ['today', 'below']]);
    expect(shape.points[1]!.position - shape.points[0]!.position).toBeGreaterThanOrEqual(MIN_DOT_GAP - 1e-9);
    expect(shape.lateFrom).toBe(shape.points[1]!.position);
  });

  it('keeps both dots of an answer on its deadline day, with no late part', () => {
    const shape = timelineShape({ askedOn: '2022-06-02', deadline: '2022-07-07', answeredOn: '2022-07-07' }, '2026-11-28')!;
    const [, deadline, answered] = shape.points;
    expect(answered!.position).toBe(1);
    expect(answered!.position - deadline!.position).toBeCloseTo(MIN_DOT_GAP, 9);
    expect(new Set(shape.points.slice(1).map((p) => p.lane)).size).toBe(2);
    expect(shape.lateFrom).toBeNull();
  });

  it('leaves well-spaced points where their dates put them, all below', () => {
    const shape = timelineShape({ askedOn: '2021-01-14', deadline: '2021-02-18', answeredOn: '2021-05-03' }, '2025-01-01')!;
    expect(shape.points.map((p) => p.lane)).toEqual(['below', 'below', 'below']);
    expect(shape.points[1]!.position).toBeCloseTo(35 / 109, 9);
  });
});
