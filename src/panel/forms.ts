// The citation forms a reader can pick, named in the panel's language: shared by the panel's menu
// and the options page, apart from the panel so the options page does not carry it.

import { CITATION_FORMS, type CitationForm } from '../core/cite/forms';
import { customFormId, type CustomTemplate, type FormId } from '../ui/settings';
import type { MessageKey, Translate } from './i18n';

const FORM_MESSAGE: Record<CitationForm, MessageKey> = {
  senate: 'formSenate',
  markdown: 'formMarkdown',
  'deep-link': 'formDeepLink',
  legal: 'formLegal',
  bibtex: 'formBibtex',
  ris: 'formRis',
  'csl-json': 'formCslJson',
};

/** core/cite's forms, each once it has a label (a form added there shows up once named here), then
 * the reader's own templates by their names. */
export function citationFormChoices(t: Translate, templates: readonly Pick<CustomTemplate, 'id' | 'name'>[]): { id: FormId; label: string }[] {
  const forms: { id: FormId; label: string }[] = [];
  for (const f of CITATION_FORMS) if (FORM_MESSAGE[f]) forms.push({ id: f, label: t(FORM_MESSAGE[f]) });
  for (const tpl of templates) forms.push({ id: customFormId(tpl), label: tpl.name });
  return forms;
}
