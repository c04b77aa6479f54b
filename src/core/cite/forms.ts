// The citation forms, by name only, so that a part which only lists or picks them (the panel's
// menu, the settings) does not carry the code of every form.

export const CITATION_FORMS = ['senate', 'markdown', 'deep-link', 'legal', 'bibtex', 'ris', 'csl-json'] as const;
export type CitationForm = (typeof CITATION_FORMS)[number];

/** The site's own wording (the form keeps its first name, 'senate', in stored settings) and its two renderings (Markdown link, deep link): wording.ts. */
export const WORDING_FORMS = ['senate', 'markdown', 'deep-link'] as const;
export type WordingForm = (typeof WORDING_FORMS)[number];

/** The legal style and the records for a reference manager: formal.ts, which the content script
 * loads on the first copy in one of them. */
export type FormalForm = Exclude<CitationForm, WordingForm>;

export function isWordingForm(form: CitationForm): form is WordingForm {
  return (WORDING_FORMS as readonly string[]).includes(form);
}

export interface Citation {
  text: string;
  html: string;
}
