import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import schema from '../../schema/analysis.schema.json';
import { analyseFixture, differences, expectedOf, fixtureCases } from '../helpers/fixtures';
import { PAGE_INCOMPLETE } from '../../src/core/model';

const cases = fixtureCases();
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

describe('the engine on every Senate fixture', () => {
  it('has fixtures to run on', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)('%s reads as expected, field by field', (name) => {
    const expected = expectedOf(name);
    const { analysis } = analyseFixture(name);
    expect(analysis.page.kind).toBe(expected.page.kind);
    // A page cut short (expected items: []) gets no verdict; every other question page has items.
    if (expected.page.kind === 'written-question' && expected.items?.length !== 0) expect(analysis.items.length).toBeGreaterThan(0);
    expect(differences(name)).toEqual([]);
  });

  it.each(cases)('%s gives an Analysis valid against the JSON Schema', (name) => {
    const { analysis } = analyseFixture(name);
    const valid = validate(JSON.parse(JSON.stringify(analysis)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each(cases)('%s: every span points at the text it names', (name) => {
    const { analysis, flat } = analyseFixture(name);
    for (const item of analysis.items) {
      expect(flat.text.slice(item.questionSpan.start, item.questionSpan.end)).toBe(item.question);
      if (item.answerSpan) expect(flat.text.slice(item.answerSpan.start, item.answerSpan.end)).toBe(item.answer);
      for (const reason of item.reasons) {
        if (reason.span && reason.evidence) expect(flat.text.slice(reason.span.start, reason.span.end)).toBe(reason.evidence);
      }
    }
  });
});

describe('the engine on a page cut short', () => {
  it('gives no verdict: no items, timeliness unknown, the page-incomplete warning', () => {
    const { analysis } = analyseFixture('truncated');
    expect(analysis.page.kind).toBe('written-question');
    expect(analysis.regions.question).not.toBeNull();
    expect(analysis.regions.answer).toBeNull();
    expect(analysis.items).toEqual([]);
    expect(analysis.timeliness.verdict).toBe('unknown');
    expect(analysis.warnings).toContain(PAGE_INCOMPLETE);
    expect(analysis.warnings.some((w) => /No sub-question/.test(w))).toBe(false);
  });

  it('reads the real Dutch print variant with its answer', () => {
    const { analysis } = analyseFixture('print-nl-5-1480');
    expect(analysis.warnings).not.toContain(PAGE_INCOMPLETE);
    expect(analysis.items.map((i) => i.label)).toEqual(['1', '2', '3']);
  });
});
