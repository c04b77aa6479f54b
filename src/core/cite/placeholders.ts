// The placeholders a custom citation template may use (filled by citationFields), with one line
// each for the options page, and the check that a template uses only them.

export interface TemplatePlaceholder {
  name: string;
  description: string;
}

export const TEMPLATE_PLACEHOLDERS: readonly TemplatePlaceholder[] = [
  { name: 'id', description: 'Question number with its legislature, e.g. 7-1649' },
  { name: 'legislature', description: 'Legislature alone, e.g. 7' },
  { name: 'number', description: 'Number within the legislature, e.g. 1649' },
  { name: 'author', description: 'Senator who asked, e.g. Els Ampe' },
  { name: 'party', description: 'Senator’s party, e.g. Open Vld' },
  { name: 'askedOn', description: 'Date asked, written out, e.g. 2 juin 2022' },
  { name: 'answeredOn', description: 'Date the answer was received, written out' },
  { name: 'askedOnIso', description: 'Date asked, as 2022-06-02' },
  { name: 'answeredOnIso', description: 'Date the answer was received, as 2022-07-07' },
  { name: 'session', description: 'Parliamentary session of the date asked, e.g. 2021-2022' },
  { name: 'addressee', description: 'Minister the question was put to' },
  { name: 'title', description: 'Subject title of the question' },
  { name: 'url', description: 'Address of the question page (of the sub-question when citing one)' },
  { name: 'label', description: 'Sub-question label, e.g. 4 (empty for the whole question)' },
  { name: 'status', description: 'Verdict on the sub-question: answered, partial, deflected, referred, missing' },
];

const KNOWN = new Set(TEMPLATE_PLACEHOLDERS.map((p) => p.name));

/** `unknown` lists the names in braces that are not placeholders, and any "{" left unclosed (as
 * written, so the options page can point at it). Brackets are optional segments, not checked. */
export function validateTemplate(template: string): { ok: boolean; unknown: string[] } {
  const unknown: string[] = [];
  for (let i = template.indexOf('{'); i !== -1; i = template.indexOf('{', i + 1)) {
    const close = template.indexOf('}', i + 1);
    const nextOpen = template.indexOf('{', i + 1);
    if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
      unknown.push(template.slice(i, nextOpen === -1 ? undefined : nextOpen).trimEnd());
      continue;
    }
    const name = template.slice(i + 1, close);
    if (!KNOWN.has(name) && !unknown.includes(name)) unknown.push(name);
    i = close;
  }
  return { ok: unknown.length === 0, unknown };
}
