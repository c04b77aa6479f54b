// The pages related to a question, named from its Analysis alone: the same question put to other
// ministers ("Aussi posée à"), the page in the language it was asked in, the question it was
// resubmitted as, and the questions cited in its items. Each gets the address the site builds for
// it, so nothing depends on the page's markup.

import type { Analysis } from '../core/model';
import type { RelatedPageRef as RelatedPage, RelationKind } from '../panel/related-access';
import type { SiteDescriptor } from '../sites/site';

export type { RelatedPage };

export function relatedPages(analysis: Analysis, site: SiteDescriptor): RelatedPage[] {
  const here = analysis.question.id;
  const language: 'fr' | 'nl' = analysis.page.language === 'nl' ? 'nl' : 'fr';
  const out: RelatedPage[] = [];
  const add = (kind: RelationKind, questionId: string | null, lang: 'fr' | 'nl', citedBy?: string) => {
    if (!questionId || (questionId === here && kind !== 'original')) return;
    const known = out.find((p) => p.questionId === questionId && p.language === lang && (p.kind === kind || kind === 'cited'));
    if (known) {
      if (citedBy && !known.citedBy.includes(citedBy)) known.citedBy.push(citedBy);
      return;
    }
    const built = site.questionUrl(questionId, lang);
    // A page read over plain http (a mirror, a proxy) asks its related pages the same way.
    const url = built && analysis.page.url?.startsWith('http:') ? built.replace(/^https:/, 'http:') : built;
    if (url) out.push({ kind, questionId, language: lang, url, citedBy: citedBy ? [citedBy] : [] });
  };
  for (const id of analysis.question.alsoAskedTo) add('sibling', id, language);
  const original = analysis.question.originalLanguage;
  if (here && (original === 'fr' || original === 'nl') && original !== language) add('original', here, original);
  add('resubmitted', analysis.question.resubmittedAs, language);
  for (const item of analysis.items) {
    if (item.refersTo?.kind === 'question') add('cited', item.refersTo.questionId ?? null, language, item.label);
  }
  return out;
}
