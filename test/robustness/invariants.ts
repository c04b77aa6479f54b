// What must hold of any Analysis, whatever page it came from: valid against the published JSON
// Schema, every span inside the flat text, and every text the Analysis quotes equal to the text at
// its span (the spans are how the extension turns an item back into a DOM Range).

import Ajv2020 from 'ajv/dist/2020';
import schema from '../../schema/analysis.schema.json';
import type { Analysis, Span } from '../../src/core/model';

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/** Every broken invariant, as readable lines; empty when the Analysis is sound. */
export function invariantViolations(analysis: Analysis, text: string): string[] {
  const out: string[] = [];
  // Through JSON, as the command line prints it and the schema describes it.
  if (!validate(JSON.parse(JSON.stringify(analysis)))) {
    for (const e of validate.errors ?? []) out.push(`schema: ${e.instancePath} ${e.message}`);
  }
  const inBounds = (where: string, span: Span | null | undefined) => {
    if (!span) return;
    if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length)) {
      out.push(`${where}: span ${span.start}..${span.end} outside 0..${text.length}`);
    }
  };
  const quotes = (where: string, span: Span | null, quoted: string | null) => {
    inBounds(where, span);
    if ((span === null) !== (quoted === null)) out.push(`${where}: span and text disagree on being present`);
    else if (span && text.slice(span.start, span.end) !== quoted) out.push(`${where}: text differs from the text at its span`);
  };
  inBounds('regions.question', analysis.regions.question);
  inBounds('regions.answer', analysis.regions.answer);
  analysis.items.forEach((item, i) => {
    const at = `items[${i}] (${item.label})`;
    quotes(`${at}.question`, item.questionSpan, item.question);
    quotes(`${at}.answer`, item.answerSpan, item.answer);
    item.reasons.forEach((r, k) => {
      inBounds(`${at}.reasons[${k}]`, r.span);
      if (r.span && r.evidence !== undefined && text.slice(r.span.start, r.span.end) !== r.evidence) {
        out.push(`${at}.reasons[${k}]: evidence differs from the text at its span`);
      }
    });
    item.interrogatives.forEach((q, k) => quotes(`${at}.interrogatives[${k}]`, q.span, q.text));
  });
  analysis.extraAnswerParts.forEach((p, i) => quotes(`extraAnswerParts[${i}]`, p.span, p.text));
  return out;
}
