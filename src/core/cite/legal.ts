// The legal citation of the site's country, from its profile (the Senate's: sites/senate-be/citation).

import type { Language } from '../model';
import type { CitationProfile } from './profile';
import { renderTemplate, type TemplateFields } from './render';

/** `fields` are the question's template fields (citationFields), session included; `withItem`
 * pinpoints the sub-question named by `fields.label`. */
export function legalCitation(profile: CitationProfile, fields: TemplateFields, language: Language, withItem = false): string {
  const templates = profile.legal[language];
  return renderTemplate(withItem ? templates.item : templates.question, fields);
}
