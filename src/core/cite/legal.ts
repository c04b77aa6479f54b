// The Belgian legal citation (see legal-templates.ts for the form and where it comes from).

import type { Language } from '../model';
import { LEGAL_TEMPLATES } from './legal-templates';
import { renderTemplate, type TemplateFields } from './render';

/** `fields` are the question's template fields (citationFields), session included; `withItem`
 * pinpoints the sub-question named by `fields.label`. */
export function legalCitation(fields: TemplateFields, language: Language, withItem = false): string {
  const templates = LEGAL_TEMPLATES[language];
  return renderTemplate(withItem ? templates.item : templates.question, fields);
}
