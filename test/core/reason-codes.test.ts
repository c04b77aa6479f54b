// One ReasonCode list for assess, the panel and the JSON Schema: the schema's enum is the model's
// list, and every code the panel words has a message in each catalog.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REASON_CODES } from '../../src/core/model';

const schema = JSON.parse(readFileSync(new URL('../../schema/analysis.schema.json', import.meta.url), 'utf8'));

describe('ReasonCode', () => {
  it('the JSON Schema lists exactly the engine\'s reason codes', () => {
    expect(schema.$defs.reason.properties.code.enum).toEqual([...REASON_CODES]);
  });
  it('the schema carries the structured reference and schemaVersion 3', () => {
    expect(schema.properties.schemaVersion.const).toBe(3);
    const ref = schema.properties.items.items.properties.refersTo.oneOf[1];
    expect(ref.properties.kind.enum).toEqual(['item', 'question', 'document', 'website', 'registry']);
  });
});
