import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import schema from '../../schema/analysis.schema.json';
import { analyseFixture, differences, expectedOf, fixtureCases } from '../helpers/fixtures';

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
    if (expected.page.kind === 'written-question') expect(analysis.items.length).toBeGreaterThan(0);
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
