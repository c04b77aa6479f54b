// The forms a reader uses less often: the Belgian legal style, and the records a reference manager
// imports (BibTeX, RIS, CSL-JSON). Their own module, so the content script loads them on the first
// copy in one of them rather than on every page.

import type { Analysis, Item, Language } from '../model';
import { toBibtex } from './bibtex';
import { toCslJson } from './csl-json';
import type { Citation, FormalForm } from './forms';
import { legalCitation } from './legal';
import { toRis } from './ris';
import type { CitationProfile } from './profile';
import { citationRecord } from './record';
import { citationFields, escapeHtml, link, textFragmentUrl } from './wording';

type RecordForm = Exclude<FormalForm, 'legal'>;

export function formalQuestion(profile: CitationProfile, analysis: Analysis, form: FormalForm, url: string | null, language: Language): Citation {
  if (form === 'legal') return link(legalCitation(profile, citationFields(profile, analysis, language, url), language), url, form);
  return recordCitation(profile, analysis, form, language, url);
}

export function formalItem(profile: CitationProfile, analysis: Analysis, item: Item, form: FormalForm, url: string | null, language: Language): Citation {
  const target = url ? textFragmentUrl(url, item.question) : null;
  if (form === 'legal') return link(legalCitation(profile, citationFields(profile, analysis, language, target, item), language, true), target, form);
  return recordCitation(profile, analysis, form, language, url, item, target);
}

function recordCitation(profile: CitationProfile, analysis: Analysis, form: RecordForm, language: Language, url: string | null, item?: Item, itemUrl?: string | null): Citation {
  const record = citationRecord(profile, analysis, language, url, item, itemUrl);
  const text = form === 'bibtex' ? toBibtex(record) : form === 'ris' ? toRis(record) : toCslJson(record);
  return { text, html: `<pre>${escapeHtml(text)}</pre>` };
}
